package io.restwell.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

import io.restwell.events.Topics;
import io.restwell.local.stack.LocalStack;

/**
 * The capacity plan's check by experiment (docs/capacity.md): does a second instance add what the first does?
 * Two of recommendation-service's consumers, then two booking-services, each against one, on this machine.
 *
 * <p>{@code benchmarks/run ScaleOut [--scale-people 20] [--scale-nights 365] [--search-seconds 15] [--scale-warm-up-seconds 30]}.
 * Every instance is warmed before it is measured (a fifth of a round's backlog consumed; searches for
 * {@code --scale-warm-up-seconds}), so a fresh instance's JIT is not counted as its work's cost. On two cores a
 * second instance takes its CPU from the first, so wall-clock throughput cannot double; what must hold for the
 * plan's arithmetic (instances = load / per-instance figure) is that the work per CPU-second stays the same, i.e. the
 * instances share nothing that serialises them. Measured per round: the work done, its wall time, and the CPU time
 * ({@link ProcessHandle.Info#totalCpuDuration}) of every instance of the service.
 * <ul>
 * <li>Consumer: a backlog of journal events written in batches (faster than one consumer takes them), timed from the
 * first write until the consumer group's committed offsets reach the end of {@code journal.events} (Kafka's own
 * bookkeeping, whatever the number of members).</li>
 * <li>booking-service: 7-day availability searches with wrk, 8 connections on one instance, then 4 on each of two.</li>
 * </ul>
 */
public final class ScaleOutBenchmark {

    private static final String CONSUMER_GROUP = "recommendation-service";

    public static void main(String[] args) throws Exception {
        Bench.standalone(args, "ScaleOut", ScaleOutBenchmark::run);
    }

    public static void run(Bench bench) throws Exception {
        int people = bench.args.integer("--scale-people", 20);
        int nights = bench.args.integer("--scale-nights", 365);
        int searchSeconds = bench.args.integer("--search-seconds", 15);
        int warmUpSeconds = bench.args.integer("--scale-warm-up-seconds", 30);
        BenchmarkPlatform platform = bench.platform;
        URI journal = platform.service("journal-service");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
        Properties admin = new Properties();
        admin.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, platform.stack().kafkaBootstrapServers());

        Report.Section section = bench.report.section("Scale-out: a second instance against one")
                .note(Stats.format("Every instance warmed first (a fifth of a round's backlog; %d s of searches). Consumer rounds: %d people × %d nights written to journal-service in batches of 100 (8 in "
                        + "flight), a fifth of them poor nights (each a suggestion with a booking search), timed from the first write "
                        + "until the consumer group's committed offsets reach the end of journal.events. Search rounds: wrk, %d s of "
                        + "7-day availability searches straight to booking-service, 8 connections on one instance, 4 on each of two. "
                        + "CPU: every instance's process CPU time over the round. Both rounds share this machine's 2 cores with "
                        + "PostgreSQL, Kafka and the other services.", warmUpSeconds, people, nights, searchSeconds))
                .row("what", "instances", "work", "wall time", "per second", "CPU seconds (per instance)", "work per CPU-second");
        try (Admin kafka = Admin.create(admin)) {
            List<Long> consumers = new ArrayList<>(List.of(pidOf(platform, "recommendation-service")));
            warmConsumers(platform, kafka, http, journal, Math.max(1, people / 5), nights);
            consumerRound(bench, section, kafka, http, journal, people, nights, consumers);
            try (ServiceInstance second = platform.startInstance("recommendation-service", Map.of())) {
                consumers.add(second.pid());
                warmConsumers(platform, kafka, http, journal, Math.max(1, people / 5), nights);
                consumerRound(bench, section, kafka, http, journal, people, nights, consumers);
            }

            URI booking = platform.service("booking-service");
            long bookingPid = pidOf(platform, "booking-service");
            Wrk.run(booking.resolve(searchPath()), "", List.of(), 8, warmUpSeconds);
            searchRound(bench, section, List.of(booking), List.of(bookingPid), 8, searchSeconds);
            try (ServiceInstance second = platform.startInstance("booking-service", Map.of("restwell.booking.demo-data", "false"))) {
                Wrk.run(second.base().resolve(searchPath()), "", List.of(), 8, warmUpSeconds);
                searchRound(bench, section, List.of(booking, second.base()), List.of(bookingPid, second.pid()), 4, searchSeconds);
            }
        }
        section.end();
    }

    /** A smaller backlog through every consumer, then nothing left: their JIT and pools warm, the group settled. */
    private static void warmConsumers(BenchmarkPlatform platform, Admin kafka, HttpClient http, URI journal, int people, int nights)
            throws Exception {
        JournalSyncBenchmark.ingest(http, journal, people, nights, 100, 8, true);
        awaitConsumed(kafka, Duration.ofMinutes(10));
        platform.awaitSettled(Duration.ofMinutes(5));
    }

    private static void consumerRound(Bench bench, Report.Section section, Admin kafka, HttpClient http, URI journal, int people,
            int nights, List<Long> consumers) throws Exception {
        bench.phase("scale-out: " + consumers.size() + " consumer(s)");
        List<Duration> cpuBefore = cpu(consumers);
        long began = System.nanoTime();
        JournalSyncBenchmark.ingest(http, journal, people, nights, 100, 8, true);
        awaitConsumed(kafka, Duration.ofMinutes(10));
        double seconds = (System.nanoTime() - began) / 1e9;
        List<Double> cpuSeconds = since(cpuBefore, cpu(consumers));
        int events = people * nights;
        section.row("recommendation-service consuming journal events", "" + consumers.size(), events + " events",
                Stats.format("%.1f s", seconds), Stats.number(events / seconds) + " events/s", described(cpuSeconds),
                Stats.number(events / sum(cpuSeconds)));
        bench.phase(null);
    }

    private static void searchRound(Bench bench, Report.Section section, List<URI> instances, List<Long> pids, int connectionsEach,
            int seconds) throws Exception {
        bench.phase("scale-out: " + instances.size() + " booking-service instance(s)");
        List<Duration> cpuBefore = cpu(pids);
        List<CompletableFuture<Wrk.Result>> runs = new ArrayList<>();
        for (URI instance : instances) {
            runs.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return Wrk.run(instance.resolve(searchPath()), "", List.of(), connectionsEach, seconds);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        long requests = 0;
        long errors = 0;
        for (CompletableFuture<Wrk.Result> run : runs) {
            Wrk.Result result = run.join();
            requests += result.requests();
            errors += result.non2xx() + result.socketErrors();
        }
        List<Double> cpuSeconds = since(cpuBefore, cpu(pids));
        section.row("booking-service answering availability searches", "" + instances.size(),
                requests + " searches" + (errors > 0 ? " (" + errors + " errors)" : ""), seconds + " s",
                Stats.number((double) requests / seconds) + " searches/s", described(cpuSeconds),
                Stats.number(requests / sum(cpuSeconds)));
        bench.phase(null);
    }

    private static String searchPath() {
        LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        return "/api/v1/availability?sessionType=SWEDISH&from=" + from + "&to=" + from.plusDays(6);
    }

    /** Until the consumer group has committed every record of journal.events: lag 0 by Kafka's own accounts. */
    private static void awaitConsumed(Admin kafka, Duration limit) throws Exception {
        long deadline = System.nanoTime() + limit.toNanos();
        while (System.nanoTime() < deadline) {
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(CONSUMER_GROUP)
                    .partitionsToOffsetAndMetadata().get(10, TimeUnit.SECONDS);
            Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
            kafka.describeTopics(List.of(Topics.JOURNAL_EVENTS)).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(Topics.JOURNAL_EVENTS).partitions()
                    .forEach(partition -> latest.put(new TopicPartition(Topics.JOURNAL_EVENTS, partition.partition()), OffsetSpec.latest()));
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = kafka.listOffsets(latest).all().get(10, TimeUnit.SECONDS);
            long lag = 0;
            for (var end : ends.entrySet()) {
                OffsetAndMetadata at = committed.get(end.getKey());
                lag += end.getValue().offset() - (at == null ? 0 : at.offset());
            }
            if (lag == 0) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("journal.events not consumed within " + limit);
    }

    private static long pidOf(BenchmarkPlatform platform, String service) {
        return platform.stack().processes().stream().filter(process -> process.name().equals(service))
                .mapToLong(LocalStack.ProcessRecord::pid).findFirst()
                .orElseThrow(() -> new IllegalStateException(service + " is not running"));
    }

    private static List<Duration> cpu(List<Long> pids) {
        return pids.stream().map(pid -> ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("no CPU time for pid " + pid))).toList();
    }

    private static List<Double> since(List<Duration> before, List<Duration> after) {
        List<Double> seconds = new ArrayList<>();
        for (int i = 0; i < before.size(); i++) {
            seconds.add(after.get(i).minus(before.get(i)).toMillis() / 1000.0);
        }
        return seconds;
    }

    private static double sum(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).sum();
    }

    private static String described(List<Double> cpuSeconds) {
        return Stats.format("%.1f s", sum(cpuSeconds)) + (cpuSeconds.size() > 1
                ? " (" + String.join(" + ", cpuSeconds.stream().map(s -> Stats.format("%.1f", s)).toList()) + ")" : "");
    }
}
