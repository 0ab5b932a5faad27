package io.restwell.journal.rest;

import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SleepEntryChange", description = "A sleep entry created or changed (entry holds it as it is now), or deleted.")
public record SleepEntryChange(
        UUID id,
        @Schema(description = "True when the entry was deleted; then entry is absent") boolean deleted,
        @Nullable @Schema(description = "The entry's client record id, when its device sent one (also on a deletion)") String clientRecordId,
        @Nullable @Schema(description = "The entry as it is now; absent for a deletion") SleepEntryResponse entry) {
}
