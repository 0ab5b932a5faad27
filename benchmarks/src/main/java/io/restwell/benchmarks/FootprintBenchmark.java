package io.restwell.benchmarks;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import io.restwell.local.stack.LocalStack;
import io.restwell.local.stack.ServiceJvm;

/**
 * Footprint: each service's start-up time to ready (in the cold start, all four launched together as
 * LocalStack does, and alone, one more instance launched while the stack idles), its resident memory idle
 * and its peak under load (VmRSS, sampled twice a second during every benchmark), and the whole stack's
 * cold start (PostgreSQL, Kafka and the four services until every health check is UP).
 *
 * <p>In the suite the load is the other benchmarks; {@code benchmarks/run Footprint [--footprint-seconds 20]}
 * on its own applies a mixed load through the gateway (wrk: availability searches and journal writes at once).
 */
public final class FootprintBenchmark {

    private static final List<String> SERVICES = List.of("booking-service", "journal-service", "recommendation-service",
            "api-gateway");

    private final Map<String, Long> idle;

    private FootprintBenchmark(Map<String, Long> idle) {
        this.idle = idle;
    }

    public static void main(String[] args) throws Exception {
        Bench.standalone(args, "Footprint", bench -> {
            FootprintBenchmark footprint = idle(bench);
            mixedLoad(bench, bench.args.integer("--footprint-seconds", 20));
            footprint.finish(bench);
        });
    }

    /** Resident memory after the start, once the platform has settled (before any load). */
    public static FootprintBenchmark idle(Bench bench) throws InterruptedException {
        bench.phase(null);
        Thread.sleep(bench.args.integer("--settle-seconds", 10) * 1000L);
        Map<String, Long> idle = new LinkedHashMap<>();
        for (LocalStack.ProcessRecord process : bench.platform.stack().processes()) {
            idle.put(process.name(), RssSampler.kilobytes(process.pid()));
        }
        System.out.println("Idle resident memory: " + idle);
        return new FootprintBenchmark(idle);
    }

    /** Starts each service alone once more, then writes the section. */
    public void finish(Bench bench) throws Exception {
        bench.phase(null);
        Map<String, Double> alone = new LinkedHashMap<>();
        for (String service : SERVICES) {
            Thread.sleep(3000); // let the machine settle
            try (ServiceInstance instance = bench.platform.startInstance(service,
                    service.equals("booking-service") ? Map.of("restwell.booking.demo-data", "false") : Map.of())) {
                alone.put(service, instance.startSeconds());
                System.out.printf("%s alone: healthy in %.1f s%n", service, instance.startSeconds());
            }
        }
        Map<String, Double> cold = bench.platform.startSeconds();
        Map<String, RssSampler.Peak> peaks = bench.rss.peaks();
        Report.Section section = bench.report.section("Footprint")
                .note(Stats.format("Whole stack cold start (PostgreSQL, Kafka, the four services launched together until every "
                        + "health check is UP): %.1f s. Start-up is launch → /q/health UP; \"alone\" is one more instance launched "
                        + "after the benchmarks while the stack idles. Services run with " + ServiceJvm.described() + ", as the "
                        + "local stack runs them. Resident memory is VmRSS: idle after the start, peak sampled twice a second during "
                        + "the load.", bench.platform.coldStartSeconds()))
                .row("part", "start-up in the cold start", "start-up alone", "RSS idle", "RSS peak under load", "peak during");
        for (String part : List.of("PostgreSQL", "Kafka")) {
            String process = part.toLowerCase();
            RssSampler.Peak peak = peaks.get(process);
            section.row(part, cold.containsKey(part) ? Stats.format("%.1f s", cold.get(part)) : "–", "–",
                    idle.containsKey(process) ? RssSampler.mib(idle.get(process)) : "(not measured)",
                    peak == null ? "(not measured)" : RssSampler.mib(peak.kilobytes()), peak == null ? "" : peak.phase());
        }
        for (String service : SERVICES) {
            RssSampler.Peak peak = peaks.get(service);
            section.row(service, cold.containsKey(service) ? Stats.format("%.1f s", cold.get(service)) : "–",
                    alone.containsKey(service) ? Stats.format("%.1f s", alone.get(service)) : "–",
                    RssSampler.mib(idle.getOrDefault(service, 0L)), peak == null ? "–" : RssSampler.mib(peak.kilobytes()),
                    peak == null ? "" : peak.phase());
        }
        RssSampler.Peak second = peaks.get("booking-service (2nd instance)");
        if (second != null) {
            section.row("booking-service (2nd instance)", "–", "–", "–", RssSampler.mib(second.kilobytes()), second.phase());
        }
        long idleServices = SERVICES.stream().mapToLong(service -> idle.getOrDefault(service, 0L)).sum();
        section.conclusion(Stats.format("The four services together: %s idle; Kafka %s idle.", RssSampler.mib(idleServices),
                RssSampler.mib(idle.getOrDefault("kafka", 0L))));
        section.end();
    }

    /** The stand-alone load: availability searches and journal writes through the gateway, at once. */
    private static void mixedLoad(Bench bench, int seconds) throws Exception {
        bench.phase("mixed load through the gateway");
        URI gateway = bench.platform.stack().gateway();
        LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        CompletableFuture<Wrk.Result> searches = CompletableFuture.supplyAsync(() -> {
            try {
                return Wrk.run(gateway.resolve("/api/v1/availability?sessionType=SWEDISH&from=" + from + "&to=" + from.plusDays(6)),
                        "", List.of(), 4, seconds);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        Wrk.Result writes = Wrk.run(gateway, JournalIngestBenchmark.script(2, LocalDate.of(2023, 1, 1), "bench-footprint-"), List.of(), 4, seconds);
        Wrk.Result searched = searches.join();
        System.out.printf("mixed load: %.0f searches/s (p50 %s, p99 %s, %d errors) and %.0f journal writes/s (p50 %s, p99 %s, "
                + "%d errors)%n", searched.requestsPerSecond(), Stats.ms(searched.latency().p50()), Stats.ms(searched.latency().p99()),
                searched.non2xx() + searched.socketErrors(), writes.requestsPerSecond(), Stats.ms(writes.latency().p50()),
                Stats.ms(writes.latency().p99()), writes.non2xx() + writes.socketErrors());
        bench.phase(null);
    }
}
