package io.restwell.benchmarks;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.restwell.local.stack.LocalStack;

/** One run's context: the options, the platform, the report being written, the memory sampler. */
public final class Bench implements AutoCloseable {

    /** A benchmark that measures on a running platform and adds its section to the report. */
    public interface Benchmark {
        void run(Bench bench) throws Exception;
    }

    public final Args args;
    public final BenchmarkPlatform platform;
    public final Report report = new Report();
    public final RssSampler rss;
    private final LocalDateTime began = LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS);
    private final String loadAtStart = BenchmarkPlatform.load();

    private Bench(Args args, BenchmarkPlatform platform) {
        this.args = args;
        this.platform = platform;
        Map<String, Long> pids = new LinkedHashMap<>();
        for (LocalStack.ProcessRecord process : platform.stack().processes()) {
            pids.put(process.name(), process.pid());
        }
        this.rss = new RssSampler(pids);
    }

    public static Bench start(String[] argv) throws Exception {
        Args args = new Args(argv);
        return new Bench(args, BenchmarkPlatform.start(args));
    }

    /** {@code benchmarks/run NAME}: one benchmark on its own platform; its report goes to benchmarks/target/results/NAME. */
    public static void standalone(String[] argv, String name, Benchmark benchmark) throws Exception {
        try (Bench bench = start(argv)) {
            benchmark.run(bench);
            bench.write(bench.platform.root().resolve("benchmarks/target/results").resolve(name), name);
        }
    }

    /** Marks what runs now, for the memory peaks and the log. */
    public void phase(String name) {
        rss.phase(name);
        if (name != null) {
            System.out.printf("%n== %s (%s)%n", name, BenchmarkPlatform.load());
        }
    }

    public void write(Path dir, String title) throws Exception {
        report.write(dir, "Restwell benchmarks: " + title, List.of(
                "Run " + began + " to " + LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " on " + BenchmarkPlatform.machine()
                        + ". The whole platform (PostgreSQL, Kafka, four services) and the load generators share this machine.",
                "Machine load (uptime) at the start: " + loadAtStart + "; at the end: " + BenchmarkPlatform.load()
                        + ". The machine is shared with other engineers' builds: compare figures within this run only."));
    }

    @Override
    public void close() {
        rss.close();
        platform.close();
    }
}
