package io.restwell.events.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code restwell.journal.sleep-entry.recorded.v1} and {@code ...updated.v1}: the whole entry
 * with its derived metrics and verdict, so consumers never call the journal back. A night imported from a
 * wearable is sent exactly like one typed in (its quality may be null).
 */
public record SleepEntryEvent(
        String entryId,
        String userId,
        LocalDate night,
        OffsetDateTime bedtime,
        OffsetDateTime wakeTime,
        int sleepLatencyMinutes,
        int awakenings,
        int wakeAfterSleepOnsetMinutes,
        /** 1–5, or null for a night imported from a wearable that the person has not rated. */
        Integer quality,
        int timeInBedMinutes,
        int totalSleepMinutes,
        BigDecimal sleepEfficiency,
        boolean poorSleep,
        List<String> poorSleepReasons) {
}
