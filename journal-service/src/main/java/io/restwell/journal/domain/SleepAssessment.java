package io.restwell.journal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Sleep-diary arithmetic: time in bed, total sleep, efficiency, and whether the night was poor.
 *
 * <p>Durations come from the two instants, not wall clocks, so a night across a DST change counts
 * the hours actually spent in bed. Time in bed runs from bedtime to wake time (the diary's "got up"
 * moment is not asked for, so the two are the same).
 */
public final class SleepAssessment {

    /** A night in bed longer than this is a typing error, not a night. */
    static final Duration LONGEST_NIGHT = Duration.ofHours(20);

    private final SleepThresholds thresholds;

    public SleepAssessment(SleepThresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The rules an entry breaks; empty when it describes a possible night. */
    public List<FieldProblem> problemsWith(SleepDiaryEntry entry) {
        List<FieldProblem> problems = new ArrayList<>();
        Duration inBed = Duration.between(entry.bedtime(), entry.wakeTime());
        if (inBed.isNegative() || inBed.isZero()) {
            problems.add(new FieldProblem("wakeTime", "must be after bedtime"));
            return problems;
        }
        if (inBed.compareTo(LONGEST_NIGHT) > 0) {
            problems.add(new FieldProblem("wakeTime", "must be within " + LONGEST_NIGHT.toHours() + " hours of bedtime"));
        }
        var bedDate = entry.bedtime().toLocalDate();
        if (!bedDate.equals(entry.night()) && !bedDate.equals(entry.night().plusDays(1))) {
            problems.add(new FieldProblem("night",
                    "must be the date the night began: the bedtime's date, or the day before for a bedtime after midnight"));
        }
        long minutesInBed = inBed.toMinutes();
        if (entry.sleepLatencyMinutes() + entry.wakeAfterSleepOnsetMinutes() > minutesInBed) {
            problems.add(new FieldProblem(entry.sleepLatencyMinutes() > minutesInBed ? "sleepLatencyMinutes"
                    : "wakeAfterSleepOnsetMinutes",
                    "time to fall asleep plus time awake after falling asleep cannot exceed the " + minutesInBed
                            + " minutes in bed"));
        }
        return problems;
    }

    /** Derives the metrics of a valid entry ({@link #problemsWith} is empty). */
    public SleepMetrics assess(SleepDiaryEntry entry) {
        int timeInBed = Math.toIntExact(Duration.between(entry.bedtime(), entry.wakeTime()).toMinutes());
        int totalSleep = Math.max(0, timeInBed - entry.sleepLatencyMinutes() - entry.wakeAfterSleepOnsetMinutes());
        BigDecimal efficiency = timeInBed == 0 ? BigDecimal.ZERO.setScale(1)
                : BigDecimal.valueOf(totalSleep * 100L).divide(BigDecimal.valueOf(timeInBed), 1, RoundingMode.HALF_UP);

        Set<PoorSleepReason> reasons = EnumSet.noneOf(PoorSleepReason.class);
        // Compare the exact ratio, not the rounded figure: 84.96 % is below 85 % even if shown as 85.0.
        if (BigDecimal.valueOf(totalSleep * 100L).compareTo(thresholds.efficiencyBelowPercent().multiply(BigDecimal.valueOf(timeInBed))) < 0) {
            reasons.add(PoorSleepReason.LOW_EFFICIENCY);
        }
        if (entry.sleepLatencyMinutes() > thresholds.latencyAboveMinutes()) {
            reasons.add(PoorSleepReason.LONG_LATENCY);
        }
        if (entry.wakeAfterSleepOnsetMinutes() > thresholds.wakeAfterOnsetAboveMinutes()) {
            reasons.add(PoorSleepReason.LONG_WAKE_AFTER_ONSET);
        }
        if (totalSleep < thresholds.totalSleepBelowMinutes()) {
            reasons.add(PoorSleepReason.SHORT_SLEEP);
        }
        // An unrated (imported) night is judged by what the device measured alone.
        if (entry.quality() != null && entry.quality() <= thresholds.qualityAtMost()) {
            reasons.add(PoorSleepReason.LOW_QUALITY);
        }
        return new SleepMetrics(timeInBed, totalSleep, efficiency, !reasons.isEmpty(), reasons);
    }
}
