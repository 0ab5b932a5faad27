package io.restwell.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Availability searches per second and their latency, on the local seed data (3 clinics in three
 * time zones, 12 therapists, weekly hours).
 *
 * <p>{@code benchmarks/run Availability [--workers 8] [--seconds 30] [--days 7]}: concurrent workers
 * send {@code GET /api/v1/availability} straight to booking-service for a warm-up and then a measured
 * period. The searches mix the three session types, all clinics or one, and a {@code --days}-day
 * range starting on a random day of the next two weeks; each computes every open slot of the range
 * and returns the first page of 20.
 */
public final class AvailabilityBenchmark {

    private static final List<String> SESSION_TYPES = List.of("DEEP_TISSUE", "SWEDISH", "TRIGGER_POINT");
    private static final List<String> CLINICS = List.of("",
            "c0000000-0000-4000-8000-000000000001", "c0000000-0000-4000-8000-000000000002",
            "c0000000-0000-4000-8000-000000000003");

    public static void main(String[] args) throws Exception {
        int workers = option(args, "--workers", 8);
        int seconds = option(args, "--seconds", 30);
        int days = option(args, "--days", 7);
        try (BenchmarkPlatform platform = BenchmarkPlatform.start(args)) {
            URI booking = platform.stack().services().get("booking-service");
            System.out.printf("Warm-up 10 s, then %d s measured, %d workers, %d-day searches, machine: %s%n",
                    seconds, workers, days, BenchmarkPlatform.machine());
            run(booking, workers, days, Duration.ofSeconds(10), new ConcurrentLinkedQueue<>(), new AtomicLong(), new AtomicLong());

            ConcurrentLinkedQueue<Double> latencies = new ConcurrentLinkedQueue<>();
            AtomicLong failures = new AtomicLong();
            AtomicLong slots = new AtomicLong();
            long done = run(booking, workers, days, Duration.ofSeconds(seconds), latencies, failures, slots);

            Percentiles latency = new Percentiles(latencies.stream().mapToDouble(Double::doubleValue).toArray());
            System.out.println();
            System.out.printf("availability searches: %.0f per second (%d in %d s, %d failed)%n",
                    done / (double) seconds, done, seconds, failures.get());
            System.out.printf("latency: p50 %.1f ms, p90 %.1f ms, p99 %.1f ms, max %.1f ms%n",
                    latency.at(50), latency.at(90), latency.at(99), latency.at(100));
            System.out.printf("open slots per search (total over all pages): %.0f on average%n",
                    done == 0 ? 0.0 : slots.get() / (double) done);
        }
    }

    private static long run(URI booking, int workers, int days, Duration duration, ConcurrentLinkedQueue<Double> latencies,
            AtomicLong failures, AtomicLong slots) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicLong done = new AtomicLong();
        long end = System.nanoTime() + duration.toNanos();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        for (int w = 0; w < workers; w++) {
            pool.execute(() -> {
                ThreadLocalRandom random = ThreadLocalRandom.current();
                while (System.nanoTime() < end) {
                    LocalDate from = today.plusDays(1 + random.nextInt(14));
                    String clinic = CLINICS.get(random.nextInt(CLINICS.size()));
                    String query = "sessionType=" + SESSION_TYPES.get(random.nextInt(SESSION_TYPES.size()))
                            + "&from=" + from + "&to=" + from.plusDays(days - 1)
                            + (clinic.isEmpty() ? "" : "&clinicId=" + clinic);
                    HttpRequest request = HttpRequest.newBuilder(booking.resolve("/api/v1/availability?" + query))
                            .timeout(Duration.ofSeconds(30)).build();
                    long started = System.nanoTime();
                    try {
                        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                        double millis = (System.nanoTime() - started) / 1e6;
                        if (response.statusCode() == 200) {
                            latencies.add(millis);
                            done.incrementAndGet();
                            slots.addAndGet(total(response.body()));
                        } else {
                            failures.incrementAndGet();
                        }
                    } catch (Exception e) {
                        failures.incrementAndGet();
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(duration.toSeconds() + 60, TimeUnit.SECONDS);
        return done.get();
    }

    /** The page's "total" without a JSON library: the last field of the page. */
    private static long total(String page) {
        int at = page.lastIndexOf("\"total\":");
        if (at < 0) {
            return 0;
        }
        int start = at + "\"total\":".length();
        int stop = start;
        while (stop < page.length() && Character.isDigit(page.charAt(stop))) {
            stop++;
        }
        return stop > start ? Long.parseLong(page.substring(start, stop)) : 0;
    }

    private static int option(String[] args, String name, int fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }
}
