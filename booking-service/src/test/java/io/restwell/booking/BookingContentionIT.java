package io.restwell.booking;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.local.DevTokens;
import io.restwell.local.infra.PlatformInfrastructure;
import io.restwell.local.testing.PackagedService;

/**
 * The no-double-booking guarantee under real contention: two packaged instances of booking-service
 * share one PostgreSQL database, and many people race for the same slot, or for overlapping slots of
 * different lengths, through both at once. Exactly one booking wins each contest; every loser gets a
 * clean 409 problem; nothing answers 5xx.
 */
class BookingContentionIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final String ADMIN = DevTokens.issue("it-admin", List.of("admin"));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final int RACERS = 40;

    private static PlatformInfrastructure.Database database;
    private static final List<PackagedService> instances = new ArrayList<>();
    private static final List<URI> bases = new ArrayList<>();
    private static UUID therapist;

    @BeforeAll
    static void startTwoInstances() throws Exception {
        PlatformInfrastructure infrastructure = PlatformInfrastructure.shared();
        database = infrastructure.database("booking_it");
        for (int i = 0; i < 2; i++) {
            // the local stack's runtime switch, checked on the packaged app by the first instance
            instances.add(PackagedService.start("booking-service", "booking-" + (i + 1), database,
                    infrastructure.kafkaBootstrapServers(), List.of("restwell.booking.demo-data=" + (i == 0))));
        }
        for (PackagedService instance : instances) {
            instance.awaitReady();
            bases.add(instance.base());
        }
        therapist = setUpTherapist();
    }

    @AfterAll
    static void stopInstances() {
        instances.forEach(PackagedService::close);
    }

    @Test
    void manyPeopleRacingForOneSlotThroughTwoInstancesGetExactlyOneBooking() throws Exception {
        OffsetDateTime ten = at(20, "10:00");
        List<Integer> statuses = race(i -> body("SWEDISH", ten, 60));
        assertOneWinner(statuses);
        assertEquals(1, activeBookingsStartingOn(ten.toLocalDate()));
    }

    @Test
    void overlappingSlotsOfDifferentLengthsEndInExactlyOneBooking() throws Exception {
        // every one of these overlaps every other one (all hold 10:30-10:40 with the 10-minute buffer)
        List<Map<String, Object>> contenders = List.of(
                body("SWEDISH", at(21, "10:00"), 60),
                body("DEEP_TISSUE", at(21, "09:30"), 90),
                body("SWEDISH", at(21, "10:30"), 30),
                body("DEEP_TISSUE", at(21, "09:30"), 60),
                body("SWEDISH", at(21, "10:00"), 30));
        List<Integer> statuses = race(i -> contenders.get(i % contenders.size()));
        assertOneWinner(statuses);
        assertEquals(1, activeBookingsStartingOn(at(21, "10:00").toLocalDate()));
    }

    @Test
    void separateContestsEachHaveTheirOwnSingleWinner() throws Exception {
        List<String> times = List.of("08:00", "11:00", "14:00", "17:00");
        List<Integer> statuses = race(i -> body("SWEDISH", at(22, times.get(i % times.size())), 60));
        assertEquals(times.size(), statuses.stream().filter(status -> status == 201).count(), statuses.toString());
        assertEquals(RACERS - times.size(), statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        assertEquals(times.size(), activeBookingsStartingOn(at(22, "08:00").toLocalDate()));
    }

    @Test
    void holdsAndBookingsRacingForOneSlotLeaveExactlyOneWinner() throws Exception {
        OffsetDateTime noon = at(23, "12:00");
        List<Integer> statuses = race(i -> body("SWEDISH", noon, 60),
                i -> i % 2 == 0 ? "/api/v1/bookings/holds" : "/api/v1/bookings");
        assertOneWinner(statuses);
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
             var statement = connection.prepareStatement("select count(*) from booking where therapist_id = ?"
                     + " and local_date = ? and status in ('HELD', 'BOOKED')")) {
            statement.setObject(1, therapist);
            statement.setObject(2, noon.toLocalDate());
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                assertEquals(1, count.getInt(1));
            }
        }
    }

    @Test
    void thePackagedAppLoadsTheDemoDataWhenSwitchedOn() throws Exception {
        HttpResponse<String> clinic = HTTP.send(HttpRequest.newBuilder(
                bases.get(0).resolve("/api/v1/clinics/c0000000-0000-4000-8000-000000000001")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, clinic.statusCode(), clinic.body());
        assertTrue(clinic.body().contains("Rückenwerk Mitte"), clinic.body());
        HttpResponse<String> slots = HTTP.send(HttpRequest.newBuilder(
                bases.get(1).resolve("/api/v1/availability?sessionType=DEEP_TISSUE&clinicId=c0000000-0000-4000-8000-000000000001")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, slots.statusCode(), slots.body());
        assertTrue(!slots.body().contains("\"total\":0"), slots.body());
    }

    // --- the race

    private interface BodyFactory {
        Map<String, Object> body(int racer);
    }

    /** RACERS people, each with their own token and key, released at once, alternating between the instances. */
    private static List<Integer> race(BodyFactory bodies) throws Exception {
        return race(bodies, racer -> "/api/v1/bookings");
    }

    private interface PathFactory {
        String path(int racer);
    }

    private static List<Integer> race(BodyFactory bodies, PathFactory paths) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < RACERS; i++) {
                URI base = bases.get(i % bases.size());
                String token = DevTokens.issue("racer-" + UUID.randomUUID(), List.of("user"));
                String json = JSON.writeValueAsString(bodies.body(i));
                String path = paths.path(i);
                futures.add(pool.submit(() -> {
                    go.await();
                    return HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                                    .header("Authorization", "Bearer " + token)
                                    .header("Idempotency-Key", UUID.randomUUID().toString())
                                    .header("Content-Type", "application/json")
                                    .timeout(Duration.ofSeconds(60))
                                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
                            HttpResponse.BodyHandlers.ofString());
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                HttpResponse<String> response = future.get();
                statuses.add(response.statusCode());
                assertTrue(response.statusCode() < 500, "a 5xx: " + response.body());
                if (response.statusCode() == 409) {
                    assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
                    assertTrue(response.body().contains("\"type\":\"https://restwell.dev/problems/conflict\""), response.body());
                }
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static void assertOneWinner(List<Integer> statuses) {
        Map<Integer, Long> counts = statuses.stream().collect(Collectors.groupingBy(status -> status, Collectors.counting()));
        assertEquals(Map.of(201, 1L, 409, (long) RACERS - 1), counts, "status counts");
    }

    // --- set-up and checks

    private static UUID setUpTherapist() throws Exception {
        String clinic = (String) send(bases.get(0), "POST", "/api/v1/clinics", Map.of("name", "Contention Clinic",
                "address", Map.of("street", "Raceweg 1", "postalCode", "10115", "city", "Berlin", "country", "DE"),
                "timeZone", BERLIN.getId())).get("id");
        String id = (String) send(bases.get(1), "POST", "/api/v1/clinics/" + clinic + "/therapists",
                Map.of("name", "Contested", "qualifications", List.of("SWEDISH", "DEEP_TISSUE"))).get("id");
        List<Map<String, String>> hours = Arrays.stream(DayOfWeek.values())
                .map(day -> Map.of("day", day.name(), "start", "08:00", "end", "20:00")).toList();
        send(bases.get(0), "PUT", "/api/v1/clinics/" + clinic + "/therapists/" + id + "/schedule",
                Map.of("bufferMinutes", 10, "weeklyHours", hours));
        return UUID.fromString(id);
    }

    private static Map<?, ?> send(URI base, String method, String path, Object body) throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(base.resolve(path))
                        .header("Authorization", "Bearer " + ADMIN)
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertTrue(response.statusCode() / 100 == 2, method + " " + path + ": " + response.body());
        return JSON.readValue(response.body(), Map.class);
    }

    private static Map<String, Object> body(String sessionType, OffsetDateTime start, int minutes) {
        return Map.of("therapistId", therapist.toString(), "sessionType", sessionType, "start", start.toString(),
                "durationMinutes", minutes);
    }

    private static OffsetDateTime at(int daysAhead, String time) {
        return LocalDate.now(BERLIN).plusDays(daysAhead).atTime(LocalTime.parse(time)).atZone(BERLIN).toOffsetDateTime();
    }

    /** Counted in PostgreSQL itself, which also confirms no two active bookings of the therapist overlap. */
    private static int activeBookingsStartingOn(LocalDate day) throws SQLException {
        try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password())) {
            try (ResultSet overlaps = connection.createStatement().executeQuery("""
                    select count(*) from booking a join booking b
                      on a.therapist_id = b.therapist_id and a.id < b.id
                     and tstzrange(a.start_at, a.blocked_until) && tstzrange(b.start_at, b.blocked_until)
                    where a.status in ('BOOKED', 'ARRIVED', 'COMPLETED', 'NO_SHOW')
                      and b.status in ('BOOKED', 'ARRIVED', 'COMPLETED', 'NO_SHOW')""")) {
                overlaps.next();
                assertEquals(0, overlaps.getInt(1), "overlapping active bookings");
            }
            var statement = connection.prepareStatement(
                    "select count(*) from booking where therapist_id = ? and local_date = ? and status = 'BOOKED'");
            statement.setObject(1, therapist);
            statement.setObject(2, day);
            try (ResultSet count = statement.executeQuery()) {
                count.next();
                return count.getInt(1);
            }
        }
    }
}
