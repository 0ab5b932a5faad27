package io.restwell.journal.domain;

import java.util.UUID;

/** A client record version older than the stored one: ignored (409), the stored entry stays as it is. */
public class StaleRecordException extends JournalException {

    private final UUID existingEntryId;
    private final long storedVersion;

    public StaleRecordException(UUID existingEntryId, String clientRecordId, long incomingVersion, long storedVersion) {
        super("Client record " + clientRecordId + " is stored as entry " + existingEntryId + " at version " + storedVersion
                + "; version " + incomingVersion + " is older and was ignored.");
        this.existingEntryId = existingEntryId;
        this.storedVersion = storedVersion;
    }

    public UUID existingEntryId() {
        return existingEntryId;
    }

    public long storedVersion() {
        return storedVersion;
    }
}
