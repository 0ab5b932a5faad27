package io.restwell.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.local.DevTokens;

/**
 * Availability searches per second and their latency on realistic data: the demo data (3 clinics, 12
 * therapists) plus {@code --clinics} clinics in six time zones with {@code --therapists} therapists each
 * (weekly hours in two shapes, lunch breaks, buffers), and about four bookings per working day of every
 * new therapist over the next four weeks (thousands), all made through the admin and booking API, and five
 * short busy intervals per working day of every new therapist imported by their clinics through the partner
 * API ({@code POST /api/v1/partner/busy-times/sync}: one 500-interval request per clinic, each timed).
 *
 * <p>{@code benchmarks/run Availability [--availability-seconds 20] [--availability-connections 8] [--days 7]}:
 * wrk (a Lua script picks each request from 500 prepared searches: a session type, all clinics or one, a
 * {@code --days}-day range starting on one of the next three weeks' days) straight to booking-service, with
 * one connection (latency) and with {@code --availability-connections} (throughput at saturation).
 */
public final class AvailabilityBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final List<String> SESSION_TYPES = List.of("DEEP_TISSUE", "SWEDISH", "TRIGGER_POINT");
    private static final List<String[]> CITIES = List.of(
            new String[] { "Berlin", "DE", "Europe/Berlin", "10115" }, new String[] { "London", "GB", "Europe/London", "EC1A 1BB" },
            new String[] { "New York", "US", "America/New_York", "10001" }, new String[] { "Paris", "FR", "Europe/Paris", "75002" },
            new String[] { "Chicago", "US", "America/Chicago", "60601" }, new String[] { "Los Angeles", "US", "America/Los_Angeles", "90012" });
    private static final List<String> DEMO_CLINICS = List.of("c0000000-0000-4000-8000-000000000001",
            "c0000000-0000-4000-8000-000000000002", "c0000000-0000-4000-8000-000000000003");

    /** What the seeding made; {@code importMillis}: each clinic's 500-interval busy-time import, then one repeated. */
    record Seeded(List<String> clinics, int therapists, int bookings, int failedBookings, double seconds, int busyIntervals,
            List<Double> importMillis, double repeatMillis) {
    }

    public static void main(String[] args) throws Exception {
        Bench.standalone(args, "Availability", AvailabilityBenchmark::run);
    }

    public static void run(Bench bench) throws Exception {
        int seconds = bench.args.integer("--availability-seconds", 20);
        int connections = bench.args.integer("--availability-connections", 8);
        int days = bench.args.integer("--days", 7);
        URI booking = bench.platform.service("booking-service");
        bench.phase("availability: seeding");
        Seeded seeded = seed(booking, bench.args.integer("--clinics", 8), bench.args.integer("--therapists", 5));
        bench.phase("availability search");
        List<String> searches = searches(seeded.clinics, days, 500);
        double slotsPerSearch = sampleSlots(booking, searches.subList(0, 60));
        String script = """
                local searches = { %s }
                function request()
                  return wrk.format("GET", searches[math.random(#searches)])
                end
                """.formatted(String.join(",\n", searches.stream().map(Wrk::lua).toList()));
        Wrk.run(booking, script, List.of(), connections, 5); // warm-up

        List<Double> imports = new ArrayList<>(seeded.importMillis);
        imports.sort(Double::compare);
        bench.report.section("Busy-time import: 500 intervals per request")
                .note(Stats.format("Each of the %d new clinics imports its therapists' busy time (500 intervals of 20 min, no "
                        + "overlap with bookings) in one POST /api/v1/partner/busy-times/sync straight to booking-service, "
                        + "sequentially, timed from request to answer; then the first clinic sends its request again "
                        + "(every interval UNCHANGED).", imports.size()))
                .row("import", "min", "median", "max")
                .row("500 new intervals", Stats.format("%.0f ms", imports.get(0)),
                        Stats.format("%.0f ms", imports.get(imports.size() / 2)), Stats.format("%.0f ms", imports.get(imports.size() - 1)))
                .row("the same 500 again", Stats.format("%.0f ms", seeded.repeatMillis), "", "")
                .end();

        Report.Section section = bench.report.section("Availability search on realistic data")
                .note(Stats.format("Data: %d clinics in %d time zones, %d therapists with weekly hours, %d bookings over the next "
                        + "four weeks (%d refused while seeding) and %d imported busy intervals, seeded through the API in %.0f s. Searches: %d-day ranges, a random "
                        + "session type, all clinics or one; %.0f open slots per search on average (the first page of 20 is "
                        + "returned). wrk with a Lua script, %d s per load, straight to booking-service.",
                        seeded.clinics.size(), CITIES.size(), seeded.therapists, seeded.bookings, seeded.failedBookings,
                        seeded.busyIntervals, seeded.seconds, days, slotsPerSearch, seconds))
                .row("load", "searches/s", "p50", "p90", "p99", "max", "errors");
        for (int load : new int[] { 1, connections }) {
            Wrk.Result result = Wrk.run(booking, script, List.of(), load, seconds);
            Distribution latency = result.latency();
            section.row(load + " conn.", Stats.number(result.requestsPerSecond()), Stats.ms(latency.p50()), Stats.ms(latency.at(90)),
                    Stats.ms(latency.p99()), Stats.ms(latency.at(100)), String.valueOf(result.non2xx() + result.socketErrors()));
            bench.report.distribution("Availability search, realistic data (wrk)", load + " conn.", latency);
        }
        section.end();
        bench.phase(null);
    }

    /** Clinics, therapists, weekly hours and bookings, through the admin and booking API. */
    static Seeded seed(URI booking, int clinics, int therapistsPerClinic) throws Exception {
        long began = System.nanoTime();
        String admin = DevTokens.issue("bench-ops", List.of("admin"));
        List<String> clinicIds = new ArrayList<>(DEMO_CLINICS);
        record Therapist(String id, String clinic, ZoneId zone, boolean early, String sessionType) {
        }
        List<Therapist> therapists = new ArrayList<>();
        for (int c = 0; c < clinics; c++) {
            String[] city = CITIES.get(c % CITIES.size());
            String clinic = send(booking, admin, "POST", "/api/v1/clinics", Map.of("name", "Bench Clinic " + (c + 1),
                    "address", Map.of("street", (c + 1) + " Bench Street", "postalCode", city[3], "city", city[0], "country", city[1]),
                    "timeZone", city[2])).get("id").asText();
            clinicIds.add(clinic);
            if (!city[1].equals("DE") && !city[1].equals("FR")) { // GBP, USD: the clinic's own prices (the list is in EUR)
                NearMeBenchmark.priceLocally(booking, admin, clinic, city[1].equals("GB") ? 0.9 : 1.4);
            }
            for (int t = 0; t < therapistsPerClinic; t++) {
                int shape = (c * therapistsPerClinic + t) % 4;
                List<String> qualifications = switch (shape) {
                    case 0 -> List.of("DEEP_TISSUE", "SWEDISH");
                    case 1 -> List.of("SWEDISH", "TRIGGER_POINT");
                    case 2 -> List.of("DEEP_TISSUE", "TRIGGER_POINT");
                    default -> SESSION_TYPES;
                };
                String id = send(booking, admin, "POST", "/api/v1/clinics/" + clinic + "/therapists",
                        Map.of("name", "Therapist " + (c + 1) + "-" + (t + 1), "qualifications", qualifications)).get("id").asText();
                boolean early = t % 2 == 0;
                List<Map<String, String>> hours = new ArrayList<>();
                for (DayOfWeek day : DayOfWeek.values()) {
                    if (early && day.getValue() <= 5) { // Mon–Fri 08–12 and 13–17
                        hours.add(Map.of("day", day.name(), "start", "08:00", "end", "12:00"));
                        hours.add(Map.of("day", day.name(), "start", "13:00", "end", "17:00"));
                    } else if (!early && day.getValue() >= 2 && day.getValue() <= 6) { // Tue–Sat 11–20
                        hours.add(Map.of("day", day.name(), "start", "11:00", "end", "20:00"));
                    }
                }
                send(booking, admin, "PUT", "/api/v1/clinics/" + clinic + "/therapists/" + id + "/schedule",
                        Map.of("bufferMinutes", early ? 15 : 10, "weeklyHours", hours));
                therapists.add(new Therapist(id, clinic, ZoneId.of(city[2]), early, qualifications.get(0)));
            }
        }
        // about four bookings per working day and therapist, days 2 to 29, by 400 people
        List<Map<String, Object>> bookings = new ArrayList<>();
        for (Therapist therapist : therapists) {
            LocalDate today = LocalDate.now(therapist.zone);
            for (int day = 2; day <= 29; day++) {
                LocalDate date = today.plusDays(day);
                int weekday = date.getDayOfWeek().getValue();
                boolean works = therapist.early ? weekday <= 5 : weekday >= 2 && weekday <= 6;
                if (!works) {
                    continue;
                }
                List<String> times = therapist.early ? List.of("09:00", "10:30", "13:00", "15:00")
                        : List.of("11:00", "13:00", "15:30", "18:00");
                for (String time : times) {
                    bookings.add(Map.of("therapistId", therapist.id, "sessionType", therapist.sessionType, "durationMinutes", 60,
                            "start", date.atTime(LocalTime.parse(time)).atZone(therapist.zone).toOffsetDateTime().toString()));
                }
            }
        }
        int[] booked = bookAll(booking, bookings);
        // busy time from each new clinic's own system: five 20-minute intervals per working day, in the gaps
        // between the bookings above (no conflicts), 500 per clinic with five therapists
        Map<String, List<Map<String, Object>>> busy = new java.util.LinkedHashMap<>();
        for (Therapist therapist : therapists) {
            LocalDate today = LocalDate.now(therapist.zone);
            for (int day = 2; day <= 29; day++) {
                LocalDate date = today.plusDays(day);
                int weekday = date.getDayOfWeek().getValue();
                if (!(therapist.early ? weekday <= 5 : weekday >= 2 && weekday <= 6)) {
                    continue;
                }
                List<String> times = therapist.early ? List.of("08:00", "08:30", "11:45", "14:20", "16:20")
                        : List.of("12:15", "14:15", "14:50", "17:00", "19:15");
                for (String time : times) {
                    var start = date.atTime(LocalTime.parse(time)).atZone(therapist.zone).toOffsetDateTime();
                    busy.computeIfAbsent(therapist.clinic, id -> new ArrayList<>()).add(Map.of("externalId",
                            "bench-pms-" + UUID.randomUUID(), "therapistId", therapist.id, "start", start.toString(),
                            "end", start.plusMinutes(20).toString()));
                }
            }
        }
        List<Double> importMillis = new ArrayList<>();
        double repeatMillis = 0;
        int busyIntervals = 0;
        String firstBody = null;
        String firstKey = null;
        for (var clinic : busy.entrySet()) {
            String key = send(booking, admin, "POST", "/api/v1/admin/clinics/" + clinic.getKey() + "/api-keys",
                    Map.of("label", "bench busy-time import")).get("key").asText();
            for (int from = 0; from < clinic.getValue().size(); from += 500) {
                List<Map<String, Object>> batch = clinic.getValue().subList(from, Math.min(from + 500, clinic.getValue().size()));
                String body = JSON.writeValueAsString(Map.of("intervals", batch));
                double millis = importBusyTime(booking, key, body);
                busyIntervals += batch.size();
                if (batch.size() == 500) {
                    importMillis.add(millis);
                    if (firstBody == null) {
                        firstBody = body;
                        firstKey = key;
                    }
                }
            }
        }
        if (firstBody != null) {
            repeatMillis = importBusyTime(booking, firstKey, firstBody);
        }
        return new Seeded(clinicIds, 12 + therapists.size(), booked[0], booked[1], (System.nanoTime() - began) / 1e9,
                busyIntervals, importMillis, repeatMillis);
    }

    /** Makes the bookings, one person each, 8 at a time: {made, refused}. */
    static int[] bookAll(URI booking, List<Map<String, Object>> bookings) throws Exception {
        List<String> people = new ArrayList<>();
        // one person per booking: one person may hold only a few open bookings (booking-service's BookingLimits)
        for (int i = 0; i < bookings.size(); i++) {
            people.add(DevTokens.issue("bench-booker-" + UUID.randomUUID(), List.of("user")));
        }
        AtomicInteger made = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < bookings.size(); i++) {
                Map<String, Object> body = bookings.get(i);
                String person = people.get(i);
                done.add(pool.submit(() -> {
                    HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(booking.resolve("/api/v1/bookings"))
                            .header("Authorization", "Bearer " + person).header("Content-Type", "application/json")
                            .header("Idempotency-Key", UUID.randomUUID().toString()).timeout(Duration.ofSeconds(30))
                            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (answer.statusCode() == 201) {
                        made.incrementAndGet();
                    } else if (refused.incrementAndGet() <= 3) {
                        System.out.println("seeding: a booking was refused: " + answer.statusCode() + " " + answer.body());
                    }
                    return null;
                }));
            }
            for (Future<?> future : done) {
                future.get();
            }
        } finally {
            pool.shutdownNow();
        }
        return new int[] {made.get(), refused.get()};
    }

    /** One partner busy-time import, timed from request to answer, in milliseconds. */
    private static double importBusyTime(URI booking, String key, String body) throws IOException, InterruptedException {
        long began = System.nanoTime();
        HttpResponse<String> answer = HTTP.send(HttpRequest.newBuilder(booking.resolve("/api/v1/partner/busy-times/sync"))
                .header("X-Api-Key", key).header("Content-Type", "application/json").timeout(Duration.ofSeconds(60))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        double millis = (System.nanoTime() - began) / 1e6;
        if (answer.statusCode() != 200) {
            throw new IOException("busy-time import failed: " + answer.statusCode() + " " + answer.body());
        }
        return millis;
    }

    private static List<String> searches(List<String> clinics, int days, int count) {
        Random random = new Random(42);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        List<String> searches = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            LocalDate from = today.plusDays(1 + random.nextInt(21));
            boolean all = random.nextInt(4) == 0;
            searches.add("/api/v1/availability?sessionType=" + SESSION_TYPES.get(random.nextInt(SESSION_TYPES.size()))
                    + "&from=" + from + "&to=" + from.plusDays(days - 1)
                    + (all ? "" : "&clinicId=" + clinics.get(random.nextInt(clinics.size()))));
        }
        return searches;
    }

    private static double sampleSlots(URI booking, List<String> searches) throws IOException, InterruptedException {
        long total = 0;
        for (String search : searches) {
            HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(booking.resolve(search)).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (page.statusCode() != 200) {
                throw new IOException("search failed: " + page.statusCode() + " " + page.body());
            }
            total += JSON.readTree(page.body()).path("total").asLong();
        }
        return total / (double) searches.size();
    }

    /** An admin call; {@code body} null for none. */
    static JsonNode send(URI base, String token, String method, String path, Object body) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(method + " " + path + ": " + response.statusCode() + " " + response.body());
        }
        return response.body().isEmpty() ? JSON.createObjectNode() : JSON.readTree(response.body());
    }
}
