package io.restwell.journal.rest;

import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.platform.defaults.problem.Problem;

@Schema(name = "SleepEntryBatchItem", description = "The result of one item, at the item's index in the request.")
public record SleepEntryBatchItem(
        @Schema(description = "The item's position in the request, from 0", example = "0") int index,
        BatchItemStatus status,
        @Nullable @Schema(description = "The entry as stored now (CREATED, REPLAYED, UPDATED)") SleepEntryResponse entry,
        @Nullable @Schema(description = "Why the item was refused (CONFLICT, INVALID)") Problem problem,
        @Nullable @Schema(description = "The stored entry the item conflicts with (CONFLICT)") UUID existingEntryId) {
}
