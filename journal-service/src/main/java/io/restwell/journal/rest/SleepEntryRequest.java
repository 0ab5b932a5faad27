package io.restwell.journal.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.journal.domain.EntryKind;

@Schema(name = "SleepEntryInput", description = "One night as the person remembers it.")
public record SleepEntryRequest(
        @NotNull @Schema(description = "The date the night began", example = "2026-11-20", required = true)
        LocalDate night,
        @NotNull @Schema(description = "When they went to bed, with their UTC offset", example = "2026-11-20T23:10:00+01:00", required = true)
        OffsetDateTime bedtime,
        @NotNull @Schema(description = "When they woke for the day", example = "2026-11-21T06:40:00+01:00", required = true)
        OffsetDateTime wakeTime,
        @NotNull @Min(0) @Max(1200) @Schema(description = "Minutes it took to fall asleep", example = "45", required = true)
        Integer sleepLatencyMinutes,
        @NotNull @Min(0) @Max(100) @Schema(description = "How many times they woke in the night", example = "3", required = true)
        Integer awakenings,
        @NotNull @Min(0) @Max(1200) @Schema(description = "Minutes awake after first falling asleep", example = "40", required = true)
        Integer wakeAfterSleepOnsetMinutes,
        @NotNull @Min(1) @Max(5) @Schema(description = "How good the night felt, 1 (very poor) to 5 (very good)", example = "2", required = true)
        Integer quality,
        @Size(max = 2000) @Schema(description = "Anything worth remembering", example = "Lower back ached whenever I turned over.")
        @Nullable String notes,
        @Schema(description = "NIGHT (the main sleep of the date; one per date) or NAP. Default NIGHT", example = "NIGHT")
        @Nullable EntryKind kind,
        @Size(min = 1, max = 255) @Pattern(regexp = "\\S(.*\\S)?", message = "must not start or end with white space")
        @Schema(description = "The device's own id of this entry (Health Connect's clientRecordId): sending the same id "
                + "again is a retry or a newer version of the same entry, never a second one", example = "phone-7f3a-2026-11-20")
        @Nullable String clientRecordId,
        @Min(0) @Schema(description = "The device's version of the entry (default 0): the same one again is a replay, a higher "
                + "one updates, a lower one is ignored (409). Only with clientRecordId", example = "1")
        @Nullable Long clientRecordVersion) {
}
