package io.restwell.journal.mapping;

import java.util.Arrays;
import java.util.List;

import io.restwell.journal.SleepEntry;
import io.restwell.journal.rest.SleepEntryResponse;

public final class SleepEntryMapper {

    private SleepEntryMapper() {
    }

    public static SleepEntryResponse toResponse(SleepEntry entry) {
        return new SleepEntryResponse(entry.id, entry.night, entry.bedtime, entry.wakeTime,
                entry.sleepLatencyMinutes, entry.awakenings, entry.wakeAfterSleepOnsetMinutes, entry.quality,
                entry.notes, entry.timeInBedMinutes, entry.totalSleepMinutes, entry.sleepEfficiency,
                entry.poorSleep, reasons(entry.poorSleepReasons));
    }

    private static List<String> reasons(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }
}
