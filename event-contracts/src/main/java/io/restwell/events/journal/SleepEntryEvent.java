package io.restwell.events.journal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code restwell.journal.sleep-entry.recorded.v1} and {@code ...updated.v1}: the whole entry
 * with its derived metrics and verdict, so consumers never call the journal back.
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
        int quality,
        int timeInBedMinutes,
        int totalSleepMinutes,
        BigDecimal sleepEfficiency,
        boolean poorSleep,
        List<String> poorSleepReasons) {
}
