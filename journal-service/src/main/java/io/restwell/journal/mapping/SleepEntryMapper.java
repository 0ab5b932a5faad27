package io.restwell.journal.mapping;

import java.util.List;

import io.restwell.events.journal.SleepEntryEvent;
import io.restwell.journal.SleepEntry;
import io.restwell.journal.domain.ClientRecord;
import io.restwell.journal.domain.FieldProblem;
import io.restwell.journal.domain.InvalidEntryException;
import io.restwell.journal.domain.SleepDiaryEntry;
import io.restwell.journal.domain.SleepSource;
import io.restwell.journal.domain.SleepWrite;
import io.restwell.journal.domain.StageMinutes;
import io.restwell.platform.defaults.http.EntityTags;
import io.restwell.journal.rest.SleepEntryRequest;
import io.restwell.journal.rest.SleepEntryResponse;
import io.restwell.journal.rest.SleepEntrySource;
import io.restwell.journal.rest.SleepEntryStages;

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
                entry.sleepLatencyMinutes, entry.awakenings, entry.wakeAfterSleepOnsetMinutes, quality(entry),
                entry.notes, entry.timeInBedMinutes, entry.totalSleepMinutes, entry.sleepEfficiency,
                entry.poorSleep, entry.reasons(), entry.kind, entry.version, entry.clientRecordId, entry.clientRecordVersion,
                source(entry.source()), stages(entry.stages()));
    }

    private static Integer quality(SleepEntry entry) {
        return entry.quality == null ? null : entry.quality.intValue();
    }

    private static SleepEntrySource source(SleepSource source) {
        return source == null ? null
                : new SleepEntrySource(source.platform(), source.app(), source.device(), source.recordId(), source.version());
    }

    private static SleepEntryStages stages(StageMinutes stages) {
        return stages == null ? null : new SleepEntryStages(stages.awake(), stages.light(), stages.deep(), stages.rem(),
                stages.outOfBed(), stages.asleepUnspecified());
    }

    public static SleepEntryEvent toEvent(SleepEntry entry) {
        return new SleepEntryEvent(entry.id.toString(), entry.userId, entry.night, entry.localBedtime(),
                entry.localWakeTime(), entry.sleepLatencyMinutes, entry.awakenings, entry.wakeAfterSleepOnsetMinutes,
                quality(entry), entry.timeInBedMinutes, entry.totalSleepMinutes, entry.sleepEfficiency,
                entry.poorSleep, entry.reasons().stream().map(Enum::name).toList());
    }
}
