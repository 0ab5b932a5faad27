package io.restwell.journal.domain;

/**
 * What a sleep entry is: the person's main sleep of a date (one per person per date; the summary, the
 * events and recommendation-service count it), or a nap (as many as they like; kept in the journal only).
 */
public enum EntryKind {
    NIGHT,
    NAP
}
