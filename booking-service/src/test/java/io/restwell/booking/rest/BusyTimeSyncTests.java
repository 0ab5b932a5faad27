package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.local.testing.RestwellInfrastructure;

/** A clinic's busy time from its own system, imported in bulk through the partner API. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class BusyTimeSyncTests {

    private static final String SYNC = "/api/v1/partner/busy-times/sync";

    @Inject
    SessionFactory sessionFactory;

    @Inject
    EntityManager entityManager;

    @Test
    void importedBusyTimeLeavesAvailabilityAtOnceAndNoBookingCanTakeIt() {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        String day = practice.at(9, "09:00").toLocalDate().toString();
        assertTrue(slotStarts(practice, day).contains("10:00"));

        Map<String, Object> phoneBooking = interval("pms-1", practice.therapist(), practice.at(9, "10:00"), practice.at(9, "11:00"));
        sync(key, List.of(phoneBooking)).then().statusCode(200)
                .body("results[0].externalId", equalTo("pms-1")).body("results[0].outcome", equalTo("CREATED"))
                .body("results[0].conflictingBookingIds.size()", equalTo(0)).body("conflicts", equalTo(0));
        List<String> starts = slotStarts(practice, day);
        assertFalse(starts.contains("10:00") || starts.contains("09:30") || starts.contains("10:30"), starts.toString());
        assertTrue(starts.contains("09:00") && starts.contains("11:00"), starts.toString());
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(9, "10:00"), 60))
                .then().statusCode(409).body("detail", containsString("busy"));

        // the same request again changes nothing; a moved interval frees its old time; a removal is idempotent
        sync(key, List.of(phoneBooking)).then().statusCode(200).body("results[0].outcome", equalTo("UNCHANGED"));
        sync(key, List.of(interval("pms-1", practice.therapist(), practice.at(9, "14:00"), practice.at(9, "15:00"))))
                .then().statusCode(200).body("results[0].outcome", equalTo("UPDATED"));
        starts = slotStarts(practice, day);
        assertTrue(starts.contains("10:00") && !starts.contains("14:00"), starts.toString());
        sync(key, List.of(Map.of("externalId", "pms-1", "deleted", true), Map.of("externalId", "never-sent", "deleted", true)))
                .then().statusCode(200).body("results.outcome", equalTo(List.of("DELETED", "ABSENT")));
        assertTrue(slotStarts(practice, day).contains("14:00"));
        assertEquals(0L, stored(practice.clinic()));
    }

    @Test
    void anIntervalOverARestwellBookingIsKeptAndReportedAsAConflict() {
        Practice practice = Fixtures.practice("Europe/London", 15, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        String booking = Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(8, "10:00"), 60))
                .then().statusCode(201).extract().path("id");
        // 11:05 is inside the booking's buffer (until 11:15): the therapist's time, so a conflict
        sync(key, List.of(interval("a", practice.therapist(), practice.at(8, "11:05"), practice.at(8, "12:00")),
                interval("b", practice.therapist(), practice.at(8, "13:00"), practice.at(8, "14:00"))))
                .then().statusCode(200)
                .body("results[0].outcome", equalTo("CREATED")).body("results[0].conflictingBookingIds", equalTo(List.of(booking)))
                .body("results[1].conflictingBookingIds.size()", equalTo(0)).body("conflicts", equalTo(1));
        assertEquals(2L, stored(practice.clinic()));
    }

    @Test
    void brokenItemsAreNamedAndNothingIsWritten() {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        Practice elsewhere = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        List<Map<String, Object>> items = List.of(
                interval("good", practice.therapist(), practice.at(5, "10:00"), practice.at(5, "11:00")),
                interval("backwards", practice.therapist(), practice.at(5, "10:00"), practice.at(5, "09:00")),
                interval("other-clinic", elsewhere.therapist(), practice.at(5, "10:00"), practice.at(5, "11:00")),
                interval("unknown", UUID.randomUUID(), practice.at(5, "10:00"), practice.at(5, "11:00")));
        sync(key, items).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", containsString("validation-failed"))
                .body("errors.field", equalTo(List.of("intervals[1].end", "intervals[2].therapistId", "intervals[3].therapistId")))
                .body("errors[1].message", equalTo("is not a therapist of this clinic"))
                .body("errors[2].message", equalTo("is not a therapist of this clinic"));
        assertEquals(0L, stored(practice.clinic()), "all or nothing: the good item is not written either");

        List<Map<String, Object>> tooMany = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            tooMany.add(Map.of("externalId", "x" + i, "deleted", true));
        }
        sync(key, tooMany).then().statusCode(422).body("errors[0].field", equalTo("intervals"))
                .body("errors[0].message", containsString("at most 500"));
        sync(key, List.of()).then().statusCode(422).body("errors[0].field", equalTo("intervals"));
        Fixtures.partner(key).contentType(ContentType.JSON).body("{\"intervals\": [{\"externalId\": \"a\", \"start\": \"tomorrow\"}]}")
                .when().post(SYNC).then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("intervals", items)).when().post(SYNC).then().statusCode(401);
    }

    @Test
    void fiveHundredIntervalsFitOneRequestAndTenThousandAnswerAProblem() {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            OffsetDateTime start = practice.at(20 + i / 10, "08:00").plusMinutes(60L * (i % 10));
            items.add(interval("pms-appointment-" + UUID.randomUUID(), practice.therapist(), start, start.plusMinutes(45)));
        }
        long started = System.nanoTime();
        sync(key, items).then().statusCode(200).body("results.size()", equalTo(500))
                .body("results.outcome", hasItems("CREATED")).body("conflicts", equalTo(0));
        System.out.printf("500-interval import: %d ms%n", (System.nanoTime() - started) / 1_000_000);
        assertEquals(500L, stored(practice.clinic()));

        List<Map<String, Object>> huge = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            huge.add(items.get(i % 500));
        }
        sync(key, huge).then().statusCode(413).contentType("application/problem+json")
                .body("type", containsString("payload-too-large"));
        assertEquals(500L, stored(practice.clinic()));
    }

    @Test
    void fiveHundredIntervalsAreWrittenInAFewBatchedStatementsNotOnePerInterval() {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        String booking = Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE",
                practice.at(20, "08:00"), 60)).then().statusCode(201).extract().path("id");
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            OffsetDateTime start = practice.at(20 + i / 10, "08:00").plusMinutes(60L * (i % 10));
            items.add(interval("batch-" + i + "-" + UUID.randomUUID(), practice.therapist(), start, start.plusMinutes(45)));
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();
        sync(key, items).then().statusCode(200).body("results.size()", equalTo(500)).body("conflicts", equalTo(1))
                .body("results[0].conflictingBookingIds", equalTo(List.of(booking)))
                .body("results[1].conflictingBookingIds", equalTo(List.of()));
        long inserted = statistics.getPrepareStatementCount();
        assertEquals(500L, stored(practice.clinic()));

        // the same ids again: half moved by a minute, half removed
        List<Map<String, Object>> changes = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            Map<String, Object> item = items.get(i);
            changes.add(i % 2 == 0 ? Map.of("externalId", item.get("externalId"), "deleted", true)
                    : interval((String) item.get("externalId"), practice.therapist(),
                            OffsetDateTime.parse((String) item.get("start")).plusMinutes(1),
                            OffsetDateTime.parse((String) item.get("end")).plusMinutes(1)));
        }
        statistics.clear();
        sync(key, changes).then().statusCode(200)
                .body("results.outcome", equalTo(java.util.stream.IntStream.range(0, 500)
                        .mapToObj(i -> i % 2 == 0 ? "DELETED" : "UPDATED").toList()));
        long changed = statistics.getPrepareStatementCount();
        assertEquals(250L, stored(practice.clinic()));
        // one statement per interval would be 500+ each time; batches of 100 make a handful (a little slack for
        // the platform's own background work, which shares the statistics)
        System.out.printf("500-interval import: %d statements; 250 updates and 250 deletions: %d statements%n", inserted, changed);
        assertTrue(inserted < 60, "statements for 500 new intervals: " + inserted);
        assertTrue(changed < 60, "statements for 250 updates and 250 deletions: " + changed);
    }

    @Test
    void aBookingAndAnImportRacingForOneSlotNeverBothPassUnreported() throws Exception {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        for (int round = 0; round < 8; round++) {
            OffsetDateTime start = practice.at(12, "08:00").plusHours(round);
            String externalId = "race-" + round;
            CountDownLatch go = new CountDownLatch(1);
            String user = Fixtures.user();
            CompletableFuture<Response> booking = CompletableFuture.supplyAsync(() -> {
                await(go);
                return Fixtures.book(user, Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", start, 60));
            });
            CompletableFuture<Response> sync = CompletableFuture.supplyAsync(() -> {
                await(go);
                return sync(key, List.of(interval(externalId, practice.therapist(), start, start.plusMinutes(60))));
            });
            go.countDown();
            Response booked = booking.get();
            Response synced = sync.get();
            assertEquals(200, synced.statusCode(), synced.asString());
            List<String> conflicts = synced.path("results[0].conflictingBookingIds");
            if (booked.statusCode() == 201) {
                assertEquals(List.of((String) booked.path("id")), conflicts, "a booking that won must be reported");
            } else {
                assertEquals(409, booked.statusCode(), booked.asString());
                assertEquals(List.of(), conflicts);
            }
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private long stored(UUID clinic) {
        return QuarkusTransaction.requiringNew().call(() -> (Long) entityManager
                .createQuery("select count(b) from BusyInterval b where b.clinicId = :clinic")
                .setParameter("clinic", clinic).getSingleResult());
    }

    private static Response sync(String key, List<Map<String, Object>> items) {
        return Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("intervals", items)).when().post(SYNC);
    }

    private static Map<String, Object> interval(String externalId, UUID therapist, OffsetDateTime start, OffsetDateTime end) {
        Map<String, Object> item = new HashMap<>();
        item.put("externalId", externalId);
        item.put("therapistId", therapist.toString());
        item.put("start", start.toString());
        item.put("end", end.toString());
        return item;
    }

    private static List<String> slotStarts(Practice practice, String day) {
        List<String> starts = given().queryParam("sessionType", "DEEP_TISSUE").queryParam("therapistId", practice.therapist())
                .queryParam("from", day).queryParam("to", day).queryParam("size", 100)
                .when().get("/api/v1/availability").then().statusCode(200).extract().path("items.start");
        return starts.stream().map(start -> start.substring(11, 16)).toList();
    }
}
