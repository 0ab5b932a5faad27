package io.restwell.benchmarks;

import java.nio.file.Path;

/**
 * The whole benchmark suite on one platform start: {@code benchmarks/run all [options]} (see
 * docs/benchmarks.md). The cold start and idle memory first, then gateway overhead, journal ingest, journal sync,
 * availability on realistic data, the product path at steady rates, booking contention across two
 * instances, and last each service started alone. Writes {@code results.md}, {@code latency.svg} and
 * {@code index.html} to {@code --out} (default {@code docs/benchmarks}).
 */
public final class SuiteBenchmark {

    public static void main(String[] args) throws Exception {
        try (Bench bench = Bench.start(args)) {
            FootprintBenchmark footprint = FootprintBenchmark.idle(bench);
            GatewayOverheadBenchmark.run(bench);
            JournalIngestBenchmark.run(bench);
            JournalSyncBenchmark.run(bench);
            AvailabilityBenchmark.run(bench);
            PoorNightToSuggestionBenchmark.run(bench);
            BookingContentionBenchmark.run(bench);
            footprint.finish(bench);
            bench.write(Path.of(bench.args.text("--out", bench.platform.root().resolve("docs/benchmarks").toString())),
                    "the suite");
        }
    }
}
