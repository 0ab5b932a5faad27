package io.restwell.journal.rest;

/** What became of one item of a batch. */
public enum BatchItemStatus {
    /** A new entry. */
    CREATED,
    /** Its client record at that version was already stored: nothing changed. */
    REPLAYED,
    /** A newer version of a stored client record: the entry was replaced. */
    UPDATED,
    /** Refused by a conflict (409): a second main night for the date, or an older client record version. */
    CONFLICT,
    /** Refused as invalid (400 shape, 422 rule); the problem names the fields. */
    INVALID
}
