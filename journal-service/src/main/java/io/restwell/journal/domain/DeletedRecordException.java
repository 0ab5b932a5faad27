package io.restwell.journal.domain;

import java.util.UUID;

/**
 * A write of a client record that was deleted at this version or a newer one: a late retry of a create
 * that another device has since deleted. Answered 409; a higher version logs it again.
 */
public class DeletedRecordException extends JournalException {

    private final UUID deletedEntryId;

    public DeletedRecordException(UUID deletedEntryId, String clientRecordId, long deletedVersion) {
        super("Client record " + clientRecordId + " (entry " + deletedEntryId + ") was deleted at version " + deletedVersion
                + "; send a higher clientRecordVersion to log it again.");
        this.deletedEntryId = deletedEntryId;
    }

    public UUID deletedEntryId() {
        return deletedEntryId;
    }
}
