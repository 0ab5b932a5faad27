package io.restwell.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.local.DevTokens;

/**
 * Booking contention across two instances: the platform's booking-service plus a second instance started
 * here on the same database and Kafka; {@code --racers} people, each with their own token and
 * idempotency key, race for {@code --slots} slots (two therapists, one more per eight slots past 16; non-overlapping
 * hours on one day), all
 * released at once, alternating between the instances. Repeated {@code --contention-rounds} times, each
 * round on a new day. Expected: bookings made = slots, every loser a 409, no 5xx.
 *
 * <p>{@code benchmarks/run BookingContention [--racers 200] [--slots 10] [--contention-rounds 3]}. A burst of
 * exactly N requests released together is not what a duration-based load tool does, so this is Java
 * (JDK HttpClient, async), latencies in an HdrHistogram; bookings made are counted by the answers and
 * checked against the clinic's booking list.
 */
public final class BookingContentionBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int SLOTS_PER_THERAPIST = 8;

    public static void main(String[] args) throws Exception {
        Bench.standalone(args, "BookingContention", BookingContentionBenchmark::run);
    }

    public static void run(Bench bench) throws Exception {
        int racers = bench.args.integer("--racers", 200);
        int slots = bench.args.integer("--slots", 10);
        int rounds = bench.args.integer("--contention-rounds", 3);
        bench.phase("booking contention: second instance starting");
        URI first = bench.platform.service("booking-service");
        ServiceInstance secondInstance = bench.platform.startInstance("booking-service", Map.of("restwell.booking.demo-data", "false"));
        try {
            bench.rss.add("booking-service (2nd instance)", secondInstance.pid());
            List<URI> instances = List.of(first, secondInstance.base());
            String admin = DevTokens.issue("bench-ops", List.of("admin"));
            String clinic = AvailabilityBenchmark.send(first, admin, "POST", "/api/v1/clinics", Map.of("name", "Race Clinic",
                    "address", Map.of("street", "Raceweg 1", "postalCode", "10115", "city", "Berlin", "country", "DE"),
                    "timeZone", BERLIN.getId())).get("id").asText();
            // 07:00–23:00, 60-minute slots two hours apart: eight a therapist a day, so more slots need more therapists
            int therapistCount = Math.max(2, (slots + SLOTS_PER_THERAPIST - 1) / SLOTS_PER_THERAPIST);
            List<String> therapists = new ArrayList<>();
            for (int t = 0; t < therapistCount; t++) {
                String id = AvailabilityBenchmark.send(instances.get(t % 2), admin, "POST", "/api/v1/clinics/" + clinic + "/therapists",
                        Map.of("name", "Contested " + (t + 1), "qualifications", List.of("SWEDISH"))).get("id").asText();
                List<Map<String, String>> hours = Arrays.stream(DayOfWeek.values())
                        .map(day -> Map.of("day", day.name(), "start", "07:00", "end", "23:00")).toList();
                AvailabilityBenchmark.send(instances.get(t % 2), admin, "PUT", "/api/v1/clinics/" + clinic + "/therapists/" + id + "/schedule",
                        Map.of("bufferMinutes", 10, "weeklyHours", hours));
                therapists.add(id);
            }
            bench.phase("booking contention");
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();
            Report.Section section = bench.report.section("Booking contention across two instances")
                    .note(Stats.format("Two booking-service instances on one database (the second started for this: %.1f s to healthy). "
                            + "Per round, %d people race for %d slots (%d therapists, 60-minute slots two hours apart), all released at "
                            + "once, alternating between the instances. Java (JDK HttpClient, async), HdrHistogram.",
                            secondInstance.startSeconds(), racers, slots, therapistCount))
                    .row("round", "racers", "slots", "bookings made (answers / clinic's list)", "409", "5xx", "other",
                            "time taken", "attempts/s", "p50 / p99 answer");
            Histogram all = new ConcurrentHistogram(3);
            for (int round = 1; round <= rounds; round++) {
                LocalDate day = LocalDate.now(BERLIN).plusDays(3 + round);
                List<String> bodies = new ArrayList<>();
                for (int s = 0; s < slots; s++) {
                    String start = day.atTime(LocalTime.of(7, 0).plusHours(2L * (s / therapistCount)))
                            .atZone(BERLIN).toOffsetDateTime().toString();
                    bodies.add(JSON.writeValueAsString(Map.of("therapistId", therapists.get(s % therapistCount), "sessionType", "SWEDISH",
                            "durationMinutes", 60, "start", start)));
                }
                List<HttpRequest> requests = new ArrayList<>();
                for (int i = 0; i < racers; i++) {
                    requests.add(HttpRequest.newBuilder(instances.get(i % 2).resolve("/api/v1/bookings"))
                            .header("Authorization", "Bearer " + DevTokens.issue("bench-racer-" + UUID.randomUUID(), List.of("user")))
                            .header("Idempotency-Key", UUID.randomUUID().toString()).header("Content-Type", "application/json")
                            .timeout(Duration.ofSeconds(60))
                            .POST(HttpRequest.BodyPublishers.ofString(bodies.get((i / 2) % slots))).build());
                }
                Histogram latency = new ConcurrentHistogram(3);
                Map<Integer, Integer> statuses = new TreeMap<>();
                long began = System.nanoTime();
                List<CompletableFuture<Integer>> answers = new ArrayList<>();
                for (HttpRequest request : requests) {
                    long sent = System.nanoTime();
                    answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.discarding()).handle((answer, error) -> {
                        latency.recordValue((System.nanoTime() - sent) / 1000);
                        return error != null ? -1 : answer.statusCode();
                    }));
                }
                for (CompletableFuture<Integer> answer : answers) {
                    statuses.merge(answer.join(), 1, Integer::sum);
                }
                double taken = (System.nanoTime() - began) / 1e6;
                all.add(latency);
                int made = statuses.getOrDefault(201, 0);
                int conflicts = statuses.getOrDefault(409, 0);
                int serverErrors = statuses.entrySet().stream().filter(e -> e.getKey() >= 500).mapToInt(Map.Entry::getValue).sum();
                int other = racers - made - conflicts - serverErrors;
                int listed = AvailabilityBenchmark.send(first, admin, "GET", "/api/v1/clinics/" + clinic + "/bookings?from=" + day
                        + "&to=" + day + "&status=BOOKED&size=100", null).path("total").asInt(-1);
                Distribution d = Distribution.ofMicros(latency);
                section.row(String.valueOf(round), String.valueOf(racers), String.valueOf(slots),
                        made + " / " + listed + (made == slots && listed == slots ? " ✓" : " ✗"), String.valueOf(conflicts),
                        serverErrors == 0 ? "0" : serverErrors + " " + serverErrorsByStatus(statuses),
                        other == 0 ? "0" : other + " " + statuses, Stats.ms(taken),
                        Stats.format("%.0f", racers / (taken / 1000)), Stats.ms(d.p50()) + " / " + Stats.ms(d.p99()));
            }
            section.end();
            bench.report.distribution("Booking contention, answer latency (HdrHistogram)",
                    Stats.format("%d racers × %d rounds, 2 instances", racers, rounds), Distribution.ofMicros(all));
        } finally {
            bench.rss.remove("booking-service (2nd instance)");
            secondInstance.close();
            bench.phase(null);
        }
    }

    /** The 5xx answers by status, e.g. {@code {500=12, 503=3}}: which failure it was. */
    private static Map<Integer, Integer> serverErrorsByStatus(Map<Integer, Integer> statuses) {
        return new TreeMap<>(statuses.entrySet().stream().filter(e -> e.getKey() >= 500)
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }
}
