package io.restwell.journal.rest;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A device's queue of offline entries. Each item is checked on its own (no @Valid here): one bad item fails alone. */
@Schema(name = "SleepEntryBatchInput", description = "Up to 100 entries, written in order; each gets its own result.")
public record SleepEntryBatchRequest(
        @NotNull @Size(min = 1, max = 100) @Schema(required = true, minItems = 1, maxItems = 100)
        List<SleepEntryRequest> entries) {
}
