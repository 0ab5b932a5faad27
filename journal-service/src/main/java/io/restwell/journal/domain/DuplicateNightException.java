package io.restwell.journal.domain;

import java.time.LocalDate;
import java.util.UUID;

/** A second main night for a date the person already logged: answered 409 naming the entry that has it. */
public class DuplicateNightException extends JournalException {

    private final UUID existingEntryId;

    public DuplicateNightException(LocalDate night, UUID existingEntryId) {
        super("The night of " + night + " is already logged as entry " + existingEntryId
                + "; change that entry, or log this one as a NAP.");
        this.existingEntryId = existingEntryId;
    }

    public UUID existingEntryId() {
        return existingEntryId;
    }
}
