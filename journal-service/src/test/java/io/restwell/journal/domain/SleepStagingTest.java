package io.restwell.journal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Latency, wake after onset and awakenings from stages, and the problems that make a session impossible. */
class SleepStagingTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private static final SleepSource WATCH = new SleepSource(SourcePlatform.HEALTH_CONNECT, "com.example.watch", null, "r-1", 0);

    /** A session from {@code start} with stages laid end to end: stage, minutes, stage, minutes, ... */
    private static SleepSession session(String start, Boolean main, Object... stagesAndMinutes) {
        OffsetDateTime at = OffsetDateTime.parse(start);
        List<StageSpan> spans = new ArrayList<>();
        Instant cursor = at.toInstant();
        for (int i = 0; i < stagesAndMinutes.length; i += 2) {
            Instant end = cursor.plusSeconds(60L * (Integer) stagesAndMinutes[i + 1]);
            spans.add(new StageSpan((SleepStage) stagesAndMinutes[i], cursor, end, "stages[" + i / 2 + "]"));
            cursor = end;
        }
        return new SleepSession(at, OffsetDateTime.ofInstant(cursor, at.getOffset()), spans, main, WATCH, "records[0]");
    }

    @Test
    void latencyIsTheTimeBeforeTheFirstSleepAndEverythingAwakeAfterItIsWakeAfterOnset() {
        SleepWrite write = SleepStaging.toWrite(session("2026-11-20T23:00:00+01:00", null,
                SleepStage.AWAKE, 40, SleepStage.LIGHT, 120, SleepStage.OUT_OF_BED, 5, SleepStage.DEEP, 60,
                SleepStage.AWAKE, 20, SleepStage.REM, 200, SleepStage.AWAKE, 15));
        assertEquals(40, write.diary().sleepLatencyMinutes());
        assertEquals(2, write.diary().awakenings());
        assertEquals(40, write.diary().wakeAfterSleepOnsetMinutes()); // 5 out of bed + 20 awake + 15 before getting up
        assertEquals(new StageMinutes(75, 120, 60, 200, 5, 0), write.stages());
        SleepMetrics metrics = new SleepAssessment(SleepThresholds.DEFAULTS).assess(write.diary());
        assertEquals(380, metrics.totalSleepMinutes());
        assertEquals(java.util.Set.of(PoorSleepReason.LONG_LATENCY, PoorSleepReason.LONG_WAKE_AFTER_ONSET,
                PoorSleepReason.LOW_EFFICIENCY), metrics.poorSleepReasons());
    }

    @Test
    void timeNoStageCoversCountsAsAwakeAndBreaksUnderAMinuteAreNoAwakening() {
        OffsetDateTime start = OffsetDateTime.parse("2026-11-21T00:30:00+01:00");
        Instant s = start.toInstant();
        List<StageSpan> spans = List.of(
                new StageSpan(SleepStage.ASLEEP, s.plusSeconds(600), s.plusSeconds(3600), "a"),
                new StageSpan(SleepStage.ASLEEP, s.plusSeconds(3630), s.plusSeconds(7200), "b"), // 30 s break
                new StageSpan(SleepStage.ASLEEP, s.plusSeconds(9000), s.plusSeconds(25200), "c")); // 30 min gap
        SleepWrite write = SleepStaging.toWrite(new SleepSession(start, start.plusHours(7), spans, null, WATCH, "records[0]"));
        assertEquals(10, write.diary().sleepLatencyMinutes());
        assertEquals(1, write.diary().awakenings());
        assertEquals(420 - 10 - 380, write.diary().wakeAfterSleepOnsetMinutes());
        // a night begun after midnight belongs to the evening before
        assertEquals(LocalDate.parse("2026-11-20"), write.diary().night());
        assertEquals(EntryKind.NIGHT, write.kind());
    }

    @Test
    void aShortSessionIsANapUnlessTheSourceSaysItIsTheMainSleep() {
        assertEquals(EntryKind.NAP, SleepStaging.toWrite(session("2026-11-21T14:00:00+01:00", null, SleepStage.LIGHT, 90)).kind());
        assertEquals(LocalDate.parse("2026-11-21"),
                SleepStaging.toWrite(session("2026-11-21T10:00:00+01:00", null, SleepStage.LIGHT, 90)).diary().night());
        assertEquals(EntryKind.NIGHT, SleepStaging.toWrite(session("2026-11-21T14:00:00+01:00", true, SleepStage.LIGHT, 90)).kind());
        assertEquals(EntryKind.NAP, SleepStaging.toWrite(session("2026-11-20T23:00:00+01:00", false, SleepStage.LIGHT, 400)).kind());
    }

    @Test
    void overlappingSessionsStagesOutsideTheTimeInBedAndFutureNightsAreNamed() {
        SleepSession first = session("2026-11-20T23:00:00+01:00", null, SleepStage.LIGHT, 480);
        SleepSession second = new SleepSession(first.start().plusHours(7), first.end().plusHours(7),
                List.of(new StageSpan(SleepStage.DEEP, first.start().plusHours(7).toInstant(), first.end().plusHours(7).toInstant(),
                        "records[1].stages[0]")), null, WATCH, "records[1]");
        List<FieldProblem> overlap = SleepStaging.problemsWith(List.of(second, first), NOW);
        assertEquals(1, overlap.size());
        assertEquals("records[1]", overlap.get(0).field());
        assertTrue(overlap.get(0).message().startsWith("overlaps the session records[0]"), overlap.get(0).message());

        OffsetDateTime bed = OffsetDateTime.parse("2026-11-20T23:00:00+01:00");
        SleepSession longStages = new SleepSession(bed, bed.plusHours(7), List.of(
                new StageSpan(SleepStage.LIGHT, bed.toInstant(), bed.plusHours(4).toInstant(), "records[0].stages[0]"),
                new StageSpan(SleepStage.DEEP, bed.plusHours(3).toInstant(), bed.plusHours(8).toInstant(), "records[0].stages[1]")),
                null, WATCH, "records[0]");
        List<FieldProblem> problems = SleepStaging.problemsWith(List.of(longStages), NOW);
        assertEquals(List.of("records[0].stages[1]", "records[0].stages[1]"), problems.stream().map(FieldProblem::field).toList());
        assertTrue(problems.get(0).message().contains("cannot be longer than the time in bed"), problems.get(0).message());
        assertTrue(problems.get(1).message().contains("overlaps the stage records[0].stages[0]"), problems.get(1).message());

        SleepSession tonight = session("2026-12-01T23:00:00+01:00", null, SleepStage.LIGHT, 480);
        List<FieldProblem> future = SleepStaging.problemsWith(List.of(tonight), NOW);
        assertEquals("records[0]", future.get(0).field());
        assertTrue(future.get(0).message().startsWith("ends in the future"), future.get(0).message());

        SleepSession awakeAllNight = session("2026-11-20T23:00:00+01:00", null, SleepStage.AWAKE, 480);
        assertEquals(List.of(new FieldProblem("records[0]", "has no sleep stage: nothing to derive the night from")),
                SleepStaging.problemsWith(List.of(awakeAllNight), NOW));
    }

    @Test
    void anUnratedNightIsJudgedByWhatWasMeasuredAlone() {
        SleepDiaryEntry unrated = new SleepDiaryEntry(LocalDate.parse("2026-11-20"), OffsetDateTime.parse("2026-11-20T23:00:00+01:00"),
                OffsetDateTime.parse("2026-11-21T07:00:00+01:00"), 10, 1, 10, null);
        assertEquals(false, new SleepAssessment(SleepThresholds.DEFAULTS).assess(unrated).poorSleep());
    }
}
