package io.restwell.journal.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a range of a person's journal says: their nights, their pain, and how the two move together.
 *
 * <p>The pain–sleep loop pairs each day's worst pain with the night that begins that evening (night
 * date = day date): pain makes the night worse, and the bad night lowers tomorrow's pain threshold.
 */
public final class JournalSummary {

    /** A logged night, reduced to what the summary needs. */
    public record Night(LocalDate night, BigDecimal sleepEfficiency, int totalSleepMinutes, boolean poorSleep,
            Collection<PoorSleepReason> reasons) {
    }

    /** A pain rating on the person's local date. */
    public record Rating(LocalDate day, int intensity, PainLocation location) {
    }

    public record ReasonCount(PoorSleepReason reason, int nights) {
    }

    public record PainAtLocation(PainLocation location, int ratings, BigDecimal averageIntensity, int peakIntensity) {
    }

    /**
     * Average efficiency of nights after high-pain days vs after lower-pain days, and the correlation
     * between a day's peak pain and the next night's efficiency (null with fewer than 3 pairs).
     */
    public record PainSleepLoop(int highPainAtLeast, int nightsAfterHighPainDays, BigDecimal averageEfficiencyAfterHighPain,
            int nightsAfterLowerPainDays, BigDecimal averageEfficiencyAfterLowerPain, BigDecimal correlation) {
    }

    public record Result(LocalDate from, LocalDate to, int nightsLogged, BigDecimal averageEfficiency,
            Integer averageTotalSleepMinutes, int poorNights, List<ReasonCount> mostCommonReasons,
            List<PainAtLocation> painByLocation, PainSleepLoop painSleepLoop) {
    }

    private final int highPainAtLeast;

    public JournalSummary(int highPainAtLeast) {
        this.highPainAtLeast = highPainAtLeast;
    }

    public Result summarise(LocalDate from, LocalDate to, List<Night> nights, List<Rating> ratings) {
        Map<PoorSleepReason, Integer> reasonCounts = new EnumMap<>(PoorSleepReason.class);
        nights.forEach(night -> night.reasons().forEach(reason -> reasonCounts.merge(reason, 1, Integer::sum)));
        List<ReasonCount> reasons = reasonCounts.entrySet().stream()
                .map(entry -> new ReasonCount(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparingInt(ReasonCount::nights).reversed().thenComparing(ReasonCount::reason))
                .toList();
        return new Result(from, to, nights.size(),
                average(nights.stream().map(Night::sleepEfficiency).toList()),
                nights.isEmpty() ? null
                        : (int) Math.round(nights.stream().mapToInt(Night::totalSleepMinutes).average().orElse(0)),
                (int) nights.stream().filter(Night::poorSleep).count(),
                reasons, painByLocation(ratings), loop(nights, ratings));
    }

    private static List<PainAtLocation> painByLocation(List<Rating> ratings) {
        Map<PainLocation, List<Rating>> byLocation = ratings.stream()
                .collect(Collectors.groupingBy(Rating::location, () -> new EnumMap<>(PainLocation.class), Collectors.toList()));
        return byLocation.entrySet().stream()
                .map(entry -> new PainAtLocation(entry.getKey(), entry.getValue().size(),
                        average(entry.getValue().stream().map(rating -> BigDecimal.valueOf(rating.intensity())).toList()),
                        entry.getValue().stream().mapToInt(Rating::intensity).max().orElse(0)))
                .toList();
    }

    private PainSleepLoop loop(List<Night> nights, List<Rating> ratings) {
        Map<LocalDate, Integer> peakPainByDay = new TreeMap<>();
        ratings.forEach(rating -> peakPainByDay.merge(rating.day(), rating.intensity(), Math::max));
        List<BigDecimal> afterHigh = new ArrayList<>();
        List<BigDecimal> afterLower = new ArrayList<>();
        List<double[]> pairs = new ArrayList<>();
        for (Night night : nights) {
            Integer peak = peakPainByDay.get(night.night());
            if (peak == null) {
                continue;
            }
            (peak >= highPainAtLeast ? afterHigh : afterLower).add(night.sleepEfficiency());
            pairs.add(new double[] {peak, night.sleepEfficiency().doubleValue()});
        }
        return new PainSleepLoop(highPainAtLeast, afterHigh.size(), average(afterHigh), afterLower.size(),
                average(afterLower), correlation(pairs));
    }

    private static BigDecimal average(List<BigDecimal> values) {
        if (values.isEmpty()) {
            return null;
        }
        return values.stream().reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), 1, RoundingMode.HALF_UP);
    }

    /** Pearson's r, to two decimals; null when it means nothing (under 3 pairs, or no variation). */
    static BigDecimal correlation(List<double[]> pairs) {
        if (pairs.size() < 3) {
            return null;
        }
        double meanX = pairs.stream().mapToDouble(pair -> pair[0]).average().orElse(0);
        double meanY = pairs.stream().mapToDouble(pair -> pair[1]).average().orElse(0);
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (double[] pair : pairs) {
            covariance += (pair[0] - meanX) * (pair[1] - meanY);
            varianceX += (pair[0] - meanX) * (pair[0] - meanX);
            varianceY += (pair[1] - meanY) * (pair[1] - meanY);
        }
        if (varianceX == 0 || varianceY == 0) {
            return null;
        }
        return BigDecimal.valueOf(covariance / Math.sqrt(varianceX * varianceY)).setScale(2, RoundingMode.HALF_UP);
    }
}
