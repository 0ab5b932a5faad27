package io.restwell.journal.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import io.restwell.journal.domain.EntryKind;
import io.restwell.journal.domain.PoorSleepReason;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "SleepEntry", description = "A logged night with the metrics Restwell derived from it.")
public record SleepEntryResponse(
        UUID id,
        @Schema(description = "The date the night began.") LocalDate night,
        OffsetDateTime bedtime,
        OffsetDateTime wakeTime,
        int sleepLatencyMinutes,
        int awakenings,
        int wakeAfterSleepOnsetMinutes,
        @Nullable @Schema(minimum = "1", maximum = "5", description = "How good the night felt; null for an imported night "
                + "the person has not rated") Integer quality,
        @Nullable String notes,
        int timeInBedMinutes,
        int totalSleepMinutes,
        @Schema(description = "Total sleep time as a percentage of time in bed.") BigDecimal sleepEfficiency,
        boolean poorSleep,
        List<PoorSleepReason> poorSleepReasons,
        @Schema(description = "NIGHT (the main sleep of its date) or NAP") EntryKind kind,
        @Schema(description = "Grows with every change; the ETag is this number in quotes, for If-Match", example = "0") long version,
        @Nullable @Schema(description = "The device's own id of the entry, when it sent one") String clientRecordId,
        @Nullable @Schema(description = "The device's version of the entry, when it sent a clientRecordId") Long clientRecordVersion,
        @Nullable @Schema(description = "Where an imported night was measured; null for one typed in") SleepEntrySource source,
        @Nullable @Schema(description = "Minutes per stage of an imported night; null for one typed in") SleepEntryStages stages) {
}
