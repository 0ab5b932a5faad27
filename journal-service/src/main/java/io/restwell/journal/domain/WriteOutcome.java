package io.restwell.journal.domain;

/** What a write did: a new entry, nothing (a retry of one already stored), or a change of a stored one. */
public enum WriteOutcome {
    CREATED,
    REPLAYED,
    UPDATED
}
