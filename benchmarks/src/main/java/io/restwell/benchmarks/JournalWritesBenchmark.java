package io.restwell.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.restwell.events.Topics;
import io.restwell.local.DevTokens;

/**
 * Journal writes per second with the transactional outbox on, and the lag from commit to Kafka.
 *
 * <p>{@code benchmarks/run JournalWrites [--workers 8] [--seconds 30]}: concurrent workers post sleep
 * entries straight to journal-service for a warm-up and then a measured period, while a consumer
 * reads {@code journal.events} and measures, per event, receive time minus its {@code ce_time}.
 */
public final class JournalWritesBenchmark {

    public static void main(String[] args) throws Exception {
        int workers = option(args, "--workers", 8);
        int seconds = option(args, "--seconds", 30);
        try (BenchmarkPlatform platform = BenchmarkPlatform.start(args)) {
            URI journal = platform.stack().services().get("journal-service");
            List<String> tokens = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                tokens.add(DevTokens.issue("bench-" + UUID.randomUUID(), List.of("user")));
            }
            System.out.printf("Warm-up 10 s, then %d s measured, %d workers, machine: %s%n", seconds, workers,
                    BenchmarkPlatform.machine());
            run(journal, tokens, workers, Duration.ofSeconds(10), null, null);

            ConcurrentLinkedQueue<Double> lags = new ConcurrentLinkedQueue<>();
            AtomicBoolean consuming = new AtomicBoolean(true);
            Thread consumer = new Thread(() -> consume(platform.stack().kafkaBootstrapServers(), lags, consuming));
            consumer.start();
            Thread.sleep(3000); // let the consumer join before measuring
            ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
            AtomicLong failures = new AtomicLong();
            long written = run(journal, tokens, workers, Duration.ofSeconds(seconds), latencies, failures);
            Thread.sleep(3000); // the last events reach the consumer
            consuming.set(false);
            consumer.join();

            Percentiles latency = new Percentiles(latencies.stream().mapToDouble(Double::doubleValue).toArray());
            Percentiles lag = new Percentiles(lags.stream().mapToDouble(Double::doubleValue).toArray());
            System.out.println();
            System.out.printf("journal writes: %.0f per second (%d in %d s, %d failed)%n", written / (double) seconds,
                    written, seconds, failures.get());
            System.out.printf("write latency:  p50 %.1f ms, p99 %.1f ms%n", latency.at(50), latency.at(99));
            System.out.printf("commit → Kafka: p50 %.1f ms, p99 %.1f ms (%d events)%n", lag.at(50), lag.at(99), lag.count());
        }
    }

    private static long run(URI journal, List<String> tokens, int workers, Duration duration,
            ConcurrentLinkedQueue<Double> latencies, AtomicLong failures) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong written = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            int worker = w;
            pool.submit(() -> {
                int n = 0;
                while (System.nanoTime() < end) {
                    String token = tokens.get((worker * 31 + n) % tokens.size());
                    LocalDate night = LocalDate.of(2026, 1, 1).plusDays(n++ % 300);
                    HttpRequest request = HttpRequest.newBuilder(journal.resolve("/api/v1/journal/sleep-entries"))
                            .header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(body(night))).build();
                    long started = System.nanoTime();
                    try {
                        int status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
                        if (status == 201) {
                            written.incrementAndGet();
                            if (latencies != null) {
                                latencies.add((System.nanoTime() - started) / 1e6);
                            }
                        } else if (failures != null) {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        if (failures != null) {
                            failures.incrementAndGet();
                        }
                    }
                }
                return null;
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, java.util.concurrent.TimeUnit.SECONDS);
        return written.get();
    }

    private static String body(LocalDate night) {
        return """
                {"night":"%s","bedtime":"%sT23:00:00+01:00","wakeTime":"%sT07:00:00+01:00",
                 "sleepLatencyMinutes":35,"awakenings":2,"wakeAfterSleepOnsetMinutes":40,"quality":2}"""
                .formatted(night, night, night.plusDays(1));
    }

    private static void consume(String bootstrap, ConcurrentLinkedQueue<Double> lags, AtomicBoolean consuming) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(Collections.singletonList(Topics.JOURNAL_EVENTS));
            while (consuming.get()) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(100))) {
                    var time = record.headers().lastHeader("ce_time");
                    if (time != null) {
                        OffsetDateTime created = OffsetDateTime.parse(new String(time.value(), StandardCharsets.UTF_8));
                        lags.add((System.currentTimeMillis() - created.toInstant().toEpochMilli()) * 1.0);
                    }
                }
            }
        }
    }

    public static int option(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
