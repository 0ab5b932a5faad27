package io.restwell.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import io.restwell.local.DevTokens;

/**
 * The product path, through the gateway only: a poor night posted → the suggestion readable, and
 * → its open slots attached. {@code benchmarks/run PoorNightToSuggestion [--rate 5] [--seconds 30]}:
 * a new person posts a poor night at a steady rate; each then polls its suggestions every 100 ms
 * (figures are accurate to that; faster polling would itself load the 2-core machine).
 */
public final class PoorNightToSuggestionBenchmark {

    public static void main(String[] args) throws Exception {
        int rate = JournalWritesBenchmark.option(args, "--rate", 5);
        int seconds = JournalWritesBenchmark.option(args, "--seconds", 30);
        try (BenchmarkPlatform platform = BenchmarkPlatform.start(args)) {
            URI gateway = platform.stack().gateway();
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            System.out.printf("%d poor nights per second for %d s, through the gateway; machine: %s%n", rate, seconds,
                    BenchmarkPlatform.machine());
            ConcurrentLinkedQueue<Double> toSuggestion = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<Double> toSlots = new ConcurrentLinkedQueue<>();
            AtomicInteger failures = new AtomicInteger();
            ScheduledExecutorService clients = Executors.newScheduledThreadPool(32);
            long period = 1_000_000_000L / rate;
            int total = rate * seconds;
            for (int i = 0; i < total; i++) {
                clients.schedule(() -> onePerson(http, gateway, toSuggestion, toSlots, failures), i * period, TimeUnit.NANOSECONDS);
            }
            clients.shutdown();
            clients.awaitTermination(seconds + 120L, TimeUnit.SECONDS);

            Percentiles suggestion = new Percentiles(toSuggestion.stream().mapToDouble(Double::doubleValue).toArray());
            Percentiles slots = new Percentiles(toSlots.stream().mapToDouble(Double::doubleValue).toArray());
            System.out.println();
            System.out.printf("poor night → suggestion readable: p50 %.0f ms, p99 %.0f ms (%d of %d)%n",
                    suggestion.at(50), suggestion.at(99), suggestion.count(), total);
            System.out.printf("poor night → slots attached:      p50 %.0f ms, p99 %.0f ms (%d of %d), %d failed%n",
                    slots.at(50), slots.at(99), slots.count(), total, failures.get());
        }
    }

    private static void onePerson(HttpClient http, URI gateway, ConcurrentLinkedQueue<Double> toSuggestion,
            ConcurrentLinkedQueue<Double> toSlots, AtomicInteger failures) {
        String token = DevTokens.issue("bench-" + UUID.randomUUID(), List.of("user"));
        LocalDate night = LocalDate.now().minusDays(1);
        String body = """
                {"night":"%s","bedtime":"%sT23:00:00+01:00","wakeTime":"%sT07:00:00+01:00","sleepLatencyMinutes":50,
                 "awakenings":3,"wakeAfterSleepOnsetMinutes":45,"quality":2}""".formatted(night, night, night.plusDays(1));
        try {
            HttpResponse<String> posted = http.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/journal/sleep-entries"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (posted.statusCode() != 201) {
                failures.incrementAndGet();
                return;
            }
            long started = System.nanoTime();
            boolean seen = false;
            long deadline = started + TimeUnit.SECONDS.toNanos(30);
            while (System.nanoTime() < deadline) {
                String list = http.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/recommendations"))
                        .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString()).body();
                if (!seen && list.contains("\"status\":\"SUGGESTED\"")) {
                    seen = true;
                    toSuggestion.add((System.nanoTime() - started) / 1e6);
                }
                if (list.contains("\"slotsStatus\":\"FILLED\"")) {
                    toSlots.add((System.nanoTime() - started) / 1e6);
                    return;
                }
                Thread.sleep(100);
            }
            failures.incrementAndGet();
        } catch (Exception e) {
            failures.incrementAndGet();
        }
    }
}
