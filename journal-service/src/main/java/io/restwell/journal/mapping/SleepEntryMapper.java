package io.restwell.journal.mapping;

import java.util.Arrays;
import java.util.List;

import io.restwell.events.journal.SleepEntryEvent;
import io.restwell.journal.SleepEntry;
import io.restwell.journal.domain.PoorSleepReason;
import io.restwell.journal.domain.SleepDiaryEntry;
import io.restwell.journal.domain.SleepMetrics;
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

    /** Copies what the person wrote and what Restwell derived onto the entity. */
    public static void apply(SleepEntryRequest request, SleepMetrics metrics, SleepEntry entry) {
        entry.night = request.night();
        entry.setBedtime(request.bedtime());
        entry.setWakeTime(request.wakeTime());
        entry.sleepLatencyMinutes = request.sleepLatencyMinutes();
        entry.awakenings = request.awakenings();
        entry.wakeAfterSleepOnsetMinutes = request.wakeAfterSleepOnsetMinutes();
        entry.quality = request.quality().shortValue();
        entry.notes = request.notes();
        entry.timeInBedMinutes = metrics.timeInBedMinutes();
        entry.totalSleepMinutes = metrics.totalSleepMinutes();
        entry.sleepEfficiency = metrics.sleepEfficiency();
        entry.poorSleep = metrics.poorSleep();
        entry.poorSleepReasons = String.join(",", metrics.poorSleepReasons().stream().map(Enum::name).toList());
    }

    public static SleepEntryResponse toResponse(SleepEntry entry) {
        return new SleepEntryResponse(entry.id, entry.night, entry.localBedtime(), entry.localWakeTime(),
                entry.sleepLatencyMinutes, entry.awakenings, entry.wakeAfterSleepOnsetMinutes, entry.quality,
                entry.notes, entry.timeInBedMinutes, entry.totalSleepMinutes, entry.sleepEfficiency,
                entry.poorSleep, reasons(entry));
    }

    public static SleepEntryEvent toEvent(SleepEntry entry) {
        return new SleepEntryEvent(entry.id.toString(), entry.userId, entry.night, entry.localBedtime(),
                entry.localWakeTime(), entry.sleepLatencyMinutes, entry.awakenings, entry.wakeAfterSleepOnsetMinutes,
                entry.quality, entry.timeInBedMinutes, entry.totalSleepMinutes, entry.sleepEfficiency,
                entry.poorSleep, reasons(entry).stream().map(Enum::name).toList());
    }

    public static List<PoorSleepReason> reasons(SleepEntry entry) {
        String stored = entry.poorSleepReasons;
        return stored == null || stored.isBlank() ? List.of()
                : Arrays.stream(stored.split(",")).map(PoorSleepReason::valueOf).toList();
    }
}
