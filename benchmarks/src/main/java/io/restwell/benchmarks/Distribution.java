package io.restwell.benchmarks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.HdrHistogram.Histogram;

/** A latency distribution as percentile → milliseconds (100 is the maximum), for the tables and the chart. */
public record Distribution(Map<Double, Double> millisByPercentile, long count) {

    /** The percentiles every benchmark reports; wrk's Lua {@code done()} and HdrHistogram give the same ones. */
    public static final List<Double> PERCENTILES = List.of(50.0, 75.0, 90.0, 95.0, 99.0, 99.9, 99.99, 100.0);

    /** From an HdrHistogram recorded in microseconds. */
    public static Distribution ofMicros(Histogram histogram) {
        Map<Double, Double> points = new LinkedHashMap<>();
        for (double percentile : PERCENTILES) {
            long micros = percentile >= 100 ? histogram.getMaxValue() : histogram.getValueAtPercentile(percentile);
            points.put(percentile, micros / 1000.0);
        }
        return new Distribution(points, histogram.getTotalCount());
    }

    public double at(double percentile) {
        return millisByPercentile.getOrDefault(percentile, Double.NaN);
    }

    public double p50() {
        return at(50);
    }

    public double p99() {
        return at(99);
    }

    /** Per percentile, the median over several runs (the rounds of one measurement). */
    public static Distribution median(List<Distribution> runs) {
        return combine(runs, values -> Stats.median(values));
    }

    private static Distribution combine(List<Distribution> runs, Function<double[], Double> how) {
        Map<Double, Double> points = new LinkedHashMap<>();
        for (double percentile : PERCENTILES) {
            points.put(percentile, how.apply(runs.stream().mapToDouble(run -> run.at(percentile)).toArray()));
        }
        return new Distribution(points, runs.stream().mapToLong(Distribution::count).sum());
    }
}
