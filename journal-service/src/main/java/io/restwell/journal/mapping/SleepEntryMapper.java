package io.restwell.journal.mapping;

import java.util.List;

import io.restwell.events.journal.SleepEntryEvent;
import io.restwell.journal.SleepEntry;
import io.restwell.journal.domain.ClientRecord;
import io.restwell.journal.domain.FieldProblem;
import io.restwell.journal.domain.InvalidEntryException;
import io.restwell.journal.domain.SleepDiaryEntry;
import io.restwell.journal.domain.SleepWrite;
import io.restwell.platform.defaults.http.EntityTags;
import io.restwell.journal.rest.SleepEntryRequest;
import io.restwell.journal.rest.SleepEntryResponse;

public final class SleepEntryMapper {

    private SleepEntryMapper() {
    }

    /** The write a request asks for; a client record only with a clientRecordId (version 0 when left out). */
    public static SleepWrite toWrite(SleepEntryRequest request) {
        if (request.clientRecordId() == null && request.clientRecordVersion() != null) {
            throw new InvalidEntryException(List.of(new FieldProblem("clientRecordVersion", "needs a clientRecordId")));
        }
        ClientRecord record = request.clientRecordId() == null ? null
                : new ClientRecord(request.clientRecordId(), request.clientRecordVersion() == null ? 0 : request.clientRecordVersion());
        return new SleepWrite(toDiaryEntry(request), request.notes(), request.kind(), record);
    }

    /** The entity tag of the entry's current state: its version. */
    public static String etag(SleepEntry entry) {
        return EntityTags.of(entry.version);
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
                entry.poorSleep, entry.reasons(), entry.kind, entry.version, entry.clientRecordId, entry.clientRecordVersion);
    }

    public static SleepEntryEvent toEvent(SleepEntry entry) {
        return new SleepEntryEvent(entry.id.toString(), entry.userId, entry.night, entry.localBedtime(),
                entry.localWakeTime(), entry.sleepLatencyMinutes, entry.awakenings, entry.wakeAfterSleepOnsetMinutes,
                entry.quality, entry.timeInBedMinutes, entry.totalSleepMinutes, entry.sleepEfficiency,
                entry.poorSleep, entry.reasons().stream().map(Enum::name).toList());
    }
}
