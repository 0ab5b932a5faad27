package io.restwell.journal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class SleepAssessmentTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private final SleepAssessment assessment = new SleepAssessment(SleepThresholds.DEFAULTS);

    /** A good night: 23:00 → 07:00, 10 min to fall asleep, 10 min awake, quality 4. */
    private static SleepDiaryEntry night(int latency, int waso, int quality) {
        return new SleepDiaryEntry(LocalDate.of(2026, 11, 20), at("2026-11-20T23:00"), at("2026-11-21T07:00"),
                latency, 1, waso, quality);
    }

    private static OffsetDateTime at(String local) {
        return LocalDateTime.parse(local).atZone(BERLIN).toOffsetDateTime();
    }

    @Test
    void derivesTheSleepDiaryMeasuresAcrossMidnight() {
        SleepMetrics metrics = assessment.assess(night(10, 10, 4));
        assertEquals(480, metrics.timeInBedMinutes());
        assertEquals(460, metrics.totalSleepMinutes());
        assertEquals(new BigDecimal("95.8"), metrics.sleepEfficiency());
        assertFalse(metrics.poorSleep());
        assertEquals(Set.of(), metrics.poorSleepReasons());
    }

    @Test
    void latencyAndWakeAfterOnsetTurnPoorOnlyPastThirtyMinutes() {
        assertFalse(assessment.assess(night(30, 30, 4)).poorSleepReasons().contains(PoorSleepReason.LONG_LATENCY));
        assertFalse(assessment.assess(night(30, 30, 4)).poorSleepReasons().contains(PoorSleepReason.LONG_WAKE_AFTER_ONSET));
        assertEquals(Set.of(PoorSleepReason.LONG_LATENCY), assessment.assess(night(31, 0, 4)).poorSleepReasons());
        assertEquals(Set.of(PoorSleepReason.LONG_WAKE_AFTER_ONSET), assessment.assess(night(0, 31, 4)).poorSleepReasons());
    }

    @Test
    void qualityOfTwoOrLessIsPoor() {
        assertFalse(assessment.assess(night(10, 10, 3)).poorSleep());
        assertEquals(Set.of(PoorSleepReason.LOW_QUALITY), assessment.assess(night(10, 10, 2)).poorSleepReasons());
        assertTrue(assessment.assess(night(10, 10, 1)).poorSleep());
    }

    @Test
    void efficiencyBelowEightyFivePercentIsPoorEvenWhenItRoundsToEightyFive() {
        // 408 of 480 minutes is exactly 85.0 %: not poor.
        SleepMetrics exactly = assessment.assess(night(30, 42, 4));
        assertEquals(new BigDecimal("85.0"), exactly.sleepEfficiency());
        assertFalse(exactly.poorSleepReasons().contains(PoorSleepReason.LOW_EFFICIENCY));
        // 407.8 would need fractional minutes; use 10 h in bed: 509 of 600 = 84.83 %.
        SleepDiaryEntry tenHours = new SleepDiaryEntry(LocalDate.of(2026, 11, 20), at("2026-11-20T21:00"),
                at("2026-11-21T07:00"), 30, 2, 61, 4);
        SleepMetrics below = assessment.assess(tenHours);
        assertEquals(new BigDecimal("84.8"), below.sleepEfficiency());
        assertTrue(below.poorSleepReasons().contains(PoorSleepReason.LOW_EFFICIENCY));
    }

    @Test
    void lessThanSixHoursOfSleepIsShort() {
        SleepDiaryEntry sixHours = new SleepDiaryEntry(LocalDate.of(2026, 11, 20), at("2026-11-21T00:00"),
                at("2026-11-21T06:10"), 5, 0, 5, 4);
        assertEquals(360, assessment.assess(sixHours).totalSleepMinutes());
        assertFalse(assessment.assess(sixHours).poorSleepReasons().contains(PoorSleepReason.SHORT_SLEEP));
        SleepDiaryEntry justShort = new SleepDiaryEntry(LocalDate.of(2026, 11, 20), at("2026-11-21T00:00"),
                at("2026-11-21T06:09"), 5, 0, 5, 4);
        assertTrue(assessment.assess(justShort).poorSleepReasons().contains(PoorSleepReason.SHORT_SLEEP));
    }

    @Test
    void aNightWhenClocksSpringForwardIsAnHourShorterThanTheWallClockSays() {
        // Berlin, 29 March 2026: 02:00 becomes 03:00.
        SleepDiaryEntry entry = new SleepDiaryEntry(LocalDate.of(2026, 3, 28), at("2026-03-28T23:00"),
                at("2026-03-29T07:00"), 10, 0, 10, 4);
        assertEquals(420, assessment.assess(entry).timeInBedMinutes());
    }

    @Test
    void aNightWhenClocksFallBackIsAnHourLonger() {
        // Berlin, 25 October 2026: 03:00 becomes 02:00.
        SleepDiaryEntry entry = new SleepDiaryEntry(LocalDate.of(2026, 10, 24), at("2026-10-24T23:00"),
                at("2026-10-25T07:00"), 10, 0, 10, 4);
        assertEquals(540, assessment.assess(entry).timeInBedMinutes());
    }

    @Test
    void aBedtimeAfterMidnightBelongsToTheNightBefore() {
        SleepDiaryEntry afterMidnight = new SleepDiaryEntry(LocalDate.of(2026, 11, 20), at("2026-11-21T00:40"),
                at("2026-11-21T07:00"), 10, 0, 10, 4);
        assertEquals(List.of(), assessment.problemsWith(afterMidnight));
        SleepDiaryEntry wrongNight = new SleepDiaryEntry(LocalDate.of(2026, 11, 18), at("2026-11-20T23:00"),
                at("2026-11-21T07:00"), 10, 0, 10, 4);
        assertEquals("night", assessment.problemsWith(wrongNight).get(0).field());
    }

    @Test
    void aNapCountsLikeAnyOtherSleepPeriod() {
        SleepDiaryEntry nap = new SleepDiaryEntry(LocalDate.of(2026, 11, 21), at("2026-11-21T14:00"),
                at("2026-11-21T14:40"), 5, 0, 0, 4);
        SleepMetrics metrics = assessment.assess(nap);
        assertEquals(40, metrics.timeInBedMinutes());
        assertTrue(metrics.poorSleepReasons().contains(PoorSleepReason.SHORT_SLEEP));
    }

    @Test
    void refusesImpossibleNights() {
        SleepDiaryEntry wakeBeforeBed = new SleepDiaryEntry(LocalDate.of(2026, 11, 20), at("2026-11-21T07:00"),
                at("2026-11-20T23:00"), 10, 0, 10, 4);
        assertEquals(List.of(new FieldProblem("wakeTime", "must be after bedtime")), assessment.problemsWith(wakeBeforeBed));

        SleepDiaryEntry latencyLongerThanNight = new SleepDiaryEntry(LocalDate.of(2026, 11, 20), at("2026-11-20T23:00"),
                at("2026-11-21T01:00"), 150, 0, 0, 4);
        assertEquals("sleepLatencyMinutes", assessment.problemsWith(latencyLongerThanNight).get(0).field());

        SleepDiaryEntry tooMuchAwake = new SleepDiaryEntry(LocalDate.of(2026, 11, 20), at("2026-11-20T23:00"),
                at("2026-11-21T01:00"), 60, 2, 61, 4);
        assertEquals("wakeAfterSleepOnsetMinutes", assessment.problemsWith(tooMuchAwake).get(0).field());

        SleepDiaryEntry threeDays = new SleepDiaryEntry(LocalDate.of(2026, 11, 20), at("2026-11-20T23:00"),
                at("2026-11-23T07:00"), 10, 0, 10, 4);
        assertEquals("wakeTime", assessment.problemsWith(threeDays).get(0).field());
    }

    @Test
    void thresholdsAreConfigurable() {
        SleepAssessment strict = new SleepAssessment(new SleepThresholds(new BigDecimal("90"), 15, 15, 420, 3));
        assertEquals(Set.of(PoorSleepReason.LOW_QUALITY), strict.assess(night(10, 10, 3)).poorSleepReasons());
        assertEquals(Set.of(PoorSleepReason.LONG_LATENCY, PoorSleepReason.LONG_WAKE_AFTER_ONSET,
                PoorSleepReason.LOW_EFFICIENCY), strict.assess(night(20, 30, 4)).poorSleepReasons());
    }
}
