package io.restwell.journal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class JournalSummaryTest {

    private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
    private final JournalSummary summary = new JournalSummary(6);

    private static JournalSummary.Night night(int day, String efficiency, int sleep, PoorSleepReason... reasons) {
        return new JournalSummary.Night(NOV_1.plusDays(day - 1L), new BigDecimal(efficiency), sleep, reasons.length > 0,
                Set.of(reasons));
    }

    private static JournalSummary.Rating pain(int day, int intensity, PainLocation location) {
        return new JournalSummary.Rating(NOV_1.plusDays(day - 1L), intensity, location);
    }

    @Test
    void summarisesNightsAndTheirMostCommonReasons() {
        JournalSummary.Result result = summary.summarise(NOV_1, NOV_1.plusDays(6), List.of(
                night(1, "90.0", 430),
                night(2, "80.0", 380, PoorSleepReason.LOW_EFFICIENCY, PoorSleepReason.LONG_LATENCY),
                night(3, "70.0", 330, PoorSleepReason.LOW_EFFICIENCY, PoorSleepReason.SHORT_SLEEP)), List.of());
        assertEquals(3, result.nightsLogged());
        assertEquals(new BigDecimal("80.0"), result.averageEfficiency());
        assertEquals(380, result.averageTotalSleepMinutes());
        assertEquals(2, result.poorNights());
        assertEquals(List.of(new JournalSummary.ReasonCount(PoorSleepReason.LOW_EFFICIENCY, 2),
                new JournalSummary.ReasonCount(PoorSleepReason.LONG_LATENCY, 1),
                new JournalSummary.ReasonCount(PoorSleepReason.SHORT_SLEEP, 1)), result.mostCommonReasons());
    }

    @Test
    void averagesAndPeaksPainByLocation() {
        JournalSummary.Result result = summary.summarise(NOV_1, NOV_1, List.of(), List.of(
                pain(1, 6, PainLocation.LOWER_BACK), pain(2, 3, PainLocation.LOWER_BACK),
                pain(2, 8, PainLocation.LOWER_BACK), pain(1, 2, PainLocation.NECK)));
        assertEquals(List.of(
                new JournalSummary.PainAtLocation(PainLocation.LOWER_BACK, 3, new BigDecimal("5.7"), 8),
                new JournalSummary.PainAtLocation(PainLocation.NECK, 1, new BigDecimal("2.0"), 2)), result.painByLocation());
    }

    @Test
    void comparesNightsAfterHighPainDaysWithNightsAfterLowerPainDays() {
        JournalSummary.Result result = summary.summarise(NOV_1, NOV_1.plusDays(4), List.of(
                night(1, "70.0", 330), night(2, "76.0", 360), night(3, "92.0", 440), night(4, "88.0", 420),
                night(5, "85.0", 400)), List.of(
                pain(1, 8, PainLocation.LOWER_BACK), pain(1, 2, PainLocation.NECK), // day 1 peaks at 8
                pain(2, 6, PainLocation.LOWER_BACK),
                pain(3, 2, PainLocation.LOWER_BACK),
                pain(4, 3, PainLocation.HIPS)));
        JournalSummary.PainSleepLoop loop = result.painSleepLoop();
        assertEquals(2, loop.nightsAfterHighPainDays());
        assertEquals(new BigDecimal("73.0"), loop.averageEfficiencyAfterHighPain());
        assertEquals(2, loop.nightsAfterLowerPainDays());
        assertEquals(new BigDecimal("90.0"), loop.averageEfficiencyAfterLowerPain());
        assertEquals(-1, loop.correlation().signum(), "more pain, worse nights");
    }

    @Test
    void saysNothingWhereTheDataCannotSayIt() {
        JournalSummary.Result empty = summary.summarise(NOV_1, NOV_1, List.of(), List.of());
        assertNull(empty.averageEfficiency());
        assertNull(empty.averageTotalSleepMinutes());
        assertNull(empty.painSleepLoop().averageEfficiencyAfterHighPain());
        assertNull(empty.painSleepLoop().correlation());
        assertNull(JournalSummary.correlation(List.of(new double[] {5, 80}, new double[] {5, 90}, new double[] {5, 70})));
    }

    @Test
    void correlationIsPearsons() {
        assertEquals(new BigDecimal("1.00"), JournalSummary.correlation(List.of(
                new double[] {1, 10}, new double[] {2, 20}, new double[] {3, 30})));
        assertEquals(new BigDecimal("-1.00"), JournalSummary.correlation(List.of(
                new double[] {1, 30}, new double[] {2, 20}, new double[] {3, 10})));
    }
}
