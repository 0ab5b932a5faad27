package io.restwell.journal.domain;

import java.time.Duration;

/** A sync token older than the tombstone retention (410): the device must sync in full again. */
public class SyncTokenExpiredException extends JournalException {

    public SyncTokenExpiredException(Duration retention) {
        super("This sync token is older than " + retention.toDays() + " days, and deletions older than that are forgotten: "
                + "sync in full (GET /api/v1/journal/changes without since) and replace what the device holds.");
    }
}
