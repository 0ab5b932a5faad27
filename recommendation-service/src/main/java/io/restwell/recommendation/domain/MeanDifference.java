package io.restwell.recommendation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How far one group of nights differs from another (the nights after a session against those before it, the
 * nights after a routine step against those without it): both means, how many nights each rests on, and a 95 %
 * confidence interval of the difference by Welch's t (no equal variances assumed). Below the minimum number of
 * nights on either side there is no figure at all, only {@link Status#NOT_ENOUGH_NIGHTS}: a mean of two nights
 * tells a person nothing. Nights are treated as independent, which consecutive nights are not quite, so the
 * interval is an honest approximation, not a trial's result.
 */
public final class MeanDifference {

    /** The interval's confidence. */
    public static final double CONFIDENCE = 0.95;
    /** A variance needs two values on each side: no minimum below this makes sense. */
    public static final int SMALLEST_MINIMUM = 2;

    public enum Status {
        /** Both sides have enough nights: the figures and the interval are there. */
        ESTIMATED,
        /** A side has fewer nights than the minimum: counts only, no figures. */
        NOT_ENOUGH_NIGHTS
    }

    /**
     * The comparison of {@code compared} with {@code baseline}. The counts are always there; the means, the
     * change ({@code compared − baseline}) and the interval's ends are null unless {@link Status#ESTIMATED},
     * rounded to one decimal.
     */
    public record Estimate(Status status, int baselineNights, int comparedNights, BigDecimal baselineMean,
            BigDecimal comparedMean, BigDecimal change, BigDecimal low, BigDecimal high) {

        /** The whole interval, as shown, lies above zero: a clear rise. */
        public boolean clearlyAboveZero() {
            return status == Status.ESTIMATED && low.signum() > 0;
        }

        /** The whole interval, as shown, lies below zero: a clear fall. */
        public boolean clearlyBelowZero() {
            return status == Status.ESTIMATED && high.signum() < 0;
        }
    }

    private MeanDifference() {
    }

    /**
     * @param baseline the nights compared against (before a session, without a step)
     * @param compared the nights in question (after a session, with a step)
     * @param minimum  the fewest nights each side needs for a figure (at least {@link #SMALLEST_MINIMUM})
     */
    public static Estimate of(List<? extends Number> baseline, List<? extends Number> compared, int minimum) {
        if (minimum < SMALLEST_MINIMUM) {
            throw new IllegalArgumentException("the minimum must be at least " + SMALLEST_MINIMUM + ": " + minimum);
        }
        int n1 = baseline.size();
        int n2 = compared.size();
        if (n1 < minimum || n2 < minimum) {
            return new Estimate(Status.NOT_ENOUGH_NIGHTS, n1, n2, null, null, null, null, null);
        }
        double m1 = mean(baseline);
        double m2 = mean(compared);
        double s1 = variance(baseline, m1) / n1;
        double s2 = variance(compared, m2) / n2;
        double difference = m2 - m1;
        double half = 0;
        if (s1 + s2 > 0) {
            // Welch–Satterthwaite degrees of freedom
            double df = (s1 + s2) * (s1 + s2) / (s1 * s1 / (n1 - 1) + s2 * s2 / (n2 - 1));
            half = tQuantile(1 - (1 - CONFIDENCE) / 2, df) * Math.sqrt(s1 + s2);
        }
        return new Estimate(Status.ESTIMATED, n1, n2, round(m1), round(m2), round(difference), round(difference - half),
                round(difference + half));
    }

    /** The mean of the values, one decimal; null without any. For figures that need no interval (reported relief). */
    public static BigDecimal roundedMean(List<? extends Number> values) {
        return values.isEmpty() ? null : round(mean(values));
    }

    private static double mean(List<? extends Number> values) {
        return values.stream().mapToDouble(Number::doubleValue).average().orElseThrow();
    }

    /** The sample variance (n − 1). */
    private static double variance(List<? extends Number> values, double mean) {
        return values.stream().mapToDouble(value -> (value.doubleValue() - mean) * (value.doubleValue() - mean)).sum()
                / (values.size() - 1);
    }

    private static BigDecimal round(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
        return rounded.signum() == 0 ? rounded.abs() : rounded; // never "-0.0"
    }

    /** The p-quantile (p above 0.5) of Student's t with {@code df} degrees of freedom (any positive real). */
    static double tQuantile(double p, double df) {
        double tail = 1 - p;
        double low = 0;
        double high = 1;
        while (upperTail(high, df) > tail) {
            high *= 2;
        }
        for (int i = 0; i < 200 && high - low > 1e-12 * high; i++) {
            double middle = (low + high) / 2;
            if (upperTail(middle, df) > tail) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** P(T > t) for t ≥ 0: half the regularized incomplete beta I_{df/(df+t²)}(df/2, 1/2). */
    static double upperTail(double t, double df) {
        return 0.5 * regularizedBeta(df / (df + t * t), df / 2, 0.5);
    }

    /** I_x(a, b), by its continued fraction (Numerical Recipes, "betai"). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0) {
            return 0;
        }
        if (x >= 1) {
            return 1;
        }
        double front = Math.exp(logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log(1 - x));
        return x < (a + 1) / (a + b + 2)
                ? front * continuedFraction(x, a, b) / a
                : 1 - front * continuedFraction(1 - x, b, a) / b;
    }

    /** The continued fraction of the incomplete beta function, by the modified Lentz method. */
    private static double continuedFraction(double x, double a, double b) {
        double tiny = 1e-300;
        double c = 1;
        double d = 1 - (a + b) * x / (a + 1);
        d = 1 / (Math.abs(d) < tiny ? tiny : d);
        double h = d;
        for (int m = 1; m <= 10_000; m++) {
            double even = m * (b - m) * x / ((a - 1 + 2 * m) * (a + 2 * m));
            d = 1 + even * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + even / c;
            c = Math.abs(c) < tiny ? tiny : c;
            h *= d * c;
            double odd = -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 1 + 2 * m));
            d = 1 + odd * d;
            d = 1 / (Math.abs(d) < tiny ? tiny : d);
            c = 1 + odd / c;
            c = Math.abs(c) < tiny ? tiny : c;
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-15) {
                break;
            }
        }
        return h;
    }

    private static final double[] LANCZOS = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7};

    /** ln Γ(x) for x > 0 (Lanczos, g = 7). */
    static double logGamma(double x) {
        if (x < 0.5) {
            return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = LANCZOS[0];
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
