package io.restwell.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.local.DevTokens;

/**
 * A clinic cancels, the person hears: the time from a clinic's cancellation through the partner API to
 * the {@code BOOKING_CANCELLED} event on the person's live stream (SSE), all through the gateway.
 *
 * <p>{@code benchmarks/run CancellationToStream [--streams 100] [--cancel-rate 5]}. {@code --streams} people
 * each book a session and hold their notification stream open through the gateway (the idle streams are
 * part of the load); then their clinics cancel one booking after another at {@code --cancel-rate} per
 * second, open-loop (each at its intended moment whether or not earlier ones are done). Latency runs from
 * the intended moment of the cancel request to the event's arrival on the stream: the partner call,
 * booking-service's outbox and relay, Kafka, recommendation-service's consumer, the NOTIFY and the stream's
 * read, and both gateway hops.
 */
public final class CancellationToStreamBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration GIVE_UP = Duration.ofSeconds(30);

    public static void main(String[] args) throws Exception {
        Bench.standalone(args, "CancellationToStream", CancellationToStreamBenchmark::run);
    }

    private record Person(String user, String token, String bookingId, String clinicId) {
    }

    public static void run(Bench bench) throws Exception {
        int streams = bench.args.integer("--streams", 100);
        double rate = bench.args.numbers("--cancel-rate", "5").get(0);
        URI gateway = bench.platform.stack().gateway();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();

        bench.phase("cancellation → stream: booking");
        List<Person> people = book(http, gateway, streams);
        Map<String, String> keys = new HashMap<>();
        String admin = DevTokens.issue("bench-ops-" + UUID.randomUUID(), List.of("admin"));
        for (Person person : people) {
            if (!keys.containsKey(person.clinicId())) {
                keys.put(person.clinicId(), send(http, gateway.resolve("/api/v1/admin/clinics/" + person.clinicId() + "/api-keys"),
                        "Authorization", "Bearer " + admin, "{\"label\":\"benchmark\"}").path("key").asText());
            }
        }

        bench.phase("cancellation → stream: streams open");
        Map<String, Long> arrived = new ConcurrentHashMap<>();
        CountDownLatch open = new CountDownLatch(people.size());
        List<Stream<String>> bodies = new ArrayList<>();
        ExecutorService readers = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "stream-reader");
            thread.setDaemon(true);
            return thread;
        });
        for (Person person : people) {
            http.sendAsync(HttpRequest.newBuilder(gateway.resolve("/api/v1/me/notifications/stream"))
                    .header("Authorization", "Bearer " + person.token()).header("Accept", "text/event-stream").build(),
                    HttpResponse.BodyHandlers.ofLines()).thenAcceptAsync(answer -> {
                        synchronized (bodies) {
                            bodies.add(answer.body());
                        }
                        java.util.concurrent.atomic.AtomicBoolean opened = new java.util.concurrent.atomic.AtomicBoolean();
                        answer.body().forEach(line -> {
                            if (line.startsWith(":") && opened.compareAndSet(false, true)) { // keep-alives come later
                                open.countDown();
                            } else if (line.startsWith("data:") && line.contains("\"BOOKING_CANCELLED\"")) {
                                arrived.putIfAbsent(person.bookingId(), System.nanoTime());
                            }
                        });
                    }, readers);
        }
        if (!open.await(60, TimeUnit.SECONDS)) {
            throw new IllegalStateException(open.getCount() + " streams did not open");
        }
        Thread.sleep(3000); // the bookings' own confirmations pass first

        bench.phase("cancellation → stream: cancelling");
        Histogram latency = new ConcurrentHistogram(3);
        AtomicInteger failures = new AtomicInteger();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        Map<String, Long> intended = new ConcurrentHashMap<>();
        long period = (long) (1e9 / rate);
        long start = System.nanoTime() + 200_000_000L;
        try {
            for (int i = 0; i < people.size(); i++) {
                Person person = people.get(i);
                long at = start + i * period;
                intended.put(person.bookingId(), at);
                timer.schedule(() -> http.sendAsync(HttpRequest.newBuilder(
                        gateway.resolve("/api/v1/partner/bookings/" + person.bookingId() + "/cancel"))
                        .header("X-Api-Key", keys.get(person.clinicId())).header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(10))
                        .POST(HttpRequest.BodyPublishers.ofString("{\"reason\":\"Your therapist is ill; we are sorry.\"}")).build(),
                        HttpResponse.BodyHandlers.discarding()).whenComplete((answer, error) -> {
                            if (error != null || answer.statusCode() != 200) {
                                failures.incrementAndGet();
                                intended.remove(person.bookingId());
                            }
                        }), at - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
            long deadline = start + people.size() * period + GIVE_UP.toNanos();
            while (System.nanoTime() < deadline && !arrived.keySet().containsAll(intended.keySet())) {
                Thread.sleep(100);
            }
        } finally {
            timer.shutdownNow();
            synchronized (bodies) {
                bodies.forEach(Stream::close);
            }
            readers.shutdownNow();
        }
        int missing = 0;
        for (var each : intended.entrySet()) {
            Long when = arrived.get(each.getKey());
            if (when == null) {
                missing++;
            } else {
                latency.recordValue(Math.max(0, (when - each.getValue()) / 1000));
            }
        }
        Distribution distribution = Distribution.ofMicros(latency);
        bench.report.section("Clinic cancellation → person's live stream")
                .note(Stats.format("%d people book a session and hold their notification stream (SSE) open through the gateway; "
                        + "their clinics cancel through the partner API at %s per second, open-loop. Latency from the intended "
                        + "moment of the cancel request to the BOOKING_CANCELLED event on the person's stream.", people.size(),
                        Stats.number(rate)))
                .row("open streams", "cancel rate", "cancellations", "p50", "p90", "p99", "max", "failed / never arrived")
                .row(String.valueOf(people.size()), Stats.format("%s/s", Stats.number(rate)), String.valueOf(distribution.count()),
                        Stats.ms(distribution.p50()), Stats.ms(distribution.at(90)), Stats.ms(distribution.p99()),
                        Stats.ms(distribution.at(100)), failures.get() + " / " + missing)
                .conclusion(distribution.p99() < 1000 && failures.get() == 0 && missing == 0
                        ? "p99 under one second, nothing lost." : "p99 at or over one second, or something failed or was lost.")
                .end();
        bench.report.distribution("Clinic cancellation → person's stream (HdrHistogram)",
                Stats.format("%d streams, %s per second", people.size(), Stats.number(rate)), distribution);
        bench.phase(null);
    }

    /** Each person books one open Swedish massage, days ahead, spread over the clinics' open slots. */
    private static List<Person> book(HttpClient http, URI gateway, int count) throws IOException, InterruptedException {
        List<Person> people = new ArrayList<>();
        for (int day = 3; people.size() < count && day < 120; day++) {
            JsonNode page = get(http, gateway.resolve("/api/v1/availability?sessionType=SWEDISH&size=100&from="
                    + LocalDate.now().plusDays(day) + "&to=" + LocalDate.now().plusDays(day)));
            bookSome(http, gateway, page.path("items"), people, count);
        }
        if (people.size() < count) {
            throw new IllegalStateException("only " + people.size() + " of " + count + " bookings could be made");
        }
        return people;
    }

    /** Books slots of one day, each overlapping slot of a therapist already taken skipped (availability lists every 30 min). */
    private static void bookSome(HttpClient http, URI gateway, JsonNode slots, List<Person> people, int count)
            throws IOException, InterruptedException {
        Map<String, List<JsonNode>> taken = new HashMap<>();
        for (JsonNode slot : slots) {
            if (people.size() == count) {
                return;
            }
            List<JsonNode> mine = taken.computeIfAbsent(slot.path("therapistId").asText(), therapist -> new ArrayList<>());
            if (mine.stream().anyMatch(other -> other.path("start").asText().compareTo(slot.path("end").asText()) < 0
                    && slot.path("start").asText().compareTo(other.path("end").asText()) < 0)) {
                continue;
            }
            String user = "bench-notify-" + UUID.randomUUID();
            String token = DevTokens.issue(user, List.of("user"));
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/bookings"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(Map.of("therapistId", slot.path("therapistId").asText(),
                            "sessionType", slot.path("sessionType").asText(), "start", slot.path("start").asText())))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() == 201) {
                JsonNode booking = JSON.readTree(answer.body());
                people.add(new Person(user, token, booking.path("id").asText(), booking.path("clinicId").asText()));
                mine.add(slot);
            }
        }
    }

    private static JsonNode get(HttpClient http, URI uri) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new IOException("GET " + uri + ": " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }

    private static JsonNode send(HttpClient http, URI uri, String header, String value, String body) throws IOException, InterruptedException {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(uri).header(header, value).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() / 100 != 2) {
            throw new IOException("POST " + uri + ": " + answer.statusCode() + " " + answer.body());
        }
        return JSON.readTree(answer.body());
    }
}
