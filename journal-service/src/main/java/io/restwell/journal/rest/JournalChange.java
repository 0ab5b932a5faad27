package io.restwell.journal.rest;

import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.journal.domain.EntryType;

@Schema(name = "JournalChange", description = "A sleep or pain entry created or changed (entry or painEntry holds it as it is "
        + "now), or deleted.")
public record JournalChange(
        UUID id,
        @Schema(description = "SLEEP (a night or a nap) or PAIN (a pain rating)") EntryType type,
        @Schema(description = "True when the entry was deleted; then entry and painEntry are absent") boolean deleted,
        @Nullable @Schema(description = "The sleep entry's client record id, when its device sent one (also on a deletion)") String clientRecordId,
        @Nullable @Schema(description = "The sleep entry as it is now (type SLEEP); absent for a deletion") SleepEntryResponse entry,
        @Nullable @Schema(description = "The pain entry as it is now (type PAIN); absent for a deletion") PainEntryResponse painEntry) {
}
