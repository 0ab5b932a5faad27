package io.restwell.journal.domain;

/** Which of the journal's entries a change in the feed is about. */
public enum EntryType {
    SLEEP,
    PAIN
}
