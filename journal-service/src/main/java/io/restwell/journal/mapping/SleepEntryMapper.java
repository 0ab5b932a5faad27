package io.restwell.journal.mapping;

import io.restwell.events.journal.SleepEntryEvent;
import io.restwell.journal.SleepEntry;
import io.restwell.journal.domain.SleepDiaryEntry;
import io.restwell.journal.rest.SleepEntryRequest;
import io.restwell.journal.rest.SleepEntryResponse;

public final class SleepEntryMapper {

    private SleepEntryMapper() {
    }

    public static SleepDiaryEntry toDiaryEntry(SleepEntryRequest request) {
        return new SleepDiaryEntry(request.night(), request.bedtime(), request.wakeTime(),
                request.sleepLatencyMinutes(), request.awakenings(), request.wakeAfterSleepOnsetMinutes(),
                request.quality());
    }

    public static SleepEntryResponse toResponse(SleepEntry entry) {
        return new SleepEntryResponse(entry.id, entry.night, entry.localBedtime(), entry.localWakeTime(),
                entry.sleepLatencyMinutes, entry.awakenings, entry.wakeAfterSleepOnsetMinutes, entry.quality,
                entry.notes, entry.timeInBedMinutes, entry.totalSleepMinutes, entry.sleepEfficiency,
                entry.poorSleep, entry.reasons());
    }

    public static SleepEntryEvent toEvent(SleepEntry entry) {
        return new SleepEntryEvent(entry.id.toString(), entry.userId, entry.night, entry.localBedtime(),
                entry.localWakeTime(), entry.sleepLatencyMinutes, entry.awakenings, entry.wakeAfterSleepOnsetMinutes,
                entry.quality, entry.timeInBedMinutes, entry.totalSleepMinutes, entry.sleepEfficiency,
                entry.poorSleep, entry.reasons().stream().map(Enum::name).toList());
    }
}
