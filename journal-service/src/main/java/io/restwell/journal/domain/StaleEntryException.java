package io.restwell.journal.domain;

/** An If-Match that names a version the entry no longer has: someone changed it since (412). */
public class StaleEntryException extends JournalException {

    public StaleEntryException(long currentVersion) {
        super("The entry changed since you read it (it is now at ETag \"" + currentVersion + "\"); read it again and retry.");
    }
}
