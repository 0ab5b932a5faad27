package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.booking.StoredBookings;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.events.EventTypes;
import io.restwell.local.testing.RestwellInfrastructure;

/**
 * One person against the inventory (OWASP API6) with the default limits: 6 open bookings and holds
 * overall, 1 per clinic per clinic-local day (domain/BookingLimits); and reschedules that stay in their
 * clinic. The races run real concurrent requests against the real PostgreSQL.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class BookingLimitsTests {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final String OPEN_LIMIT = "https://restwell.dev/problems/open-booking-limit";
    private static final String DAY_LIMIT = "https://restwell.dev/problems/clinic-day-booking-limit";

    @TestHTTPResource("/api/v1/bookings")
    URL bookings;

    @Inject
    EntityManager entityManager;

    @Test
    void onePersonCannotHoldMoreThanSixOpenBookingsAndHolds() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String userId = "hoarder-" + UUID.randomUUID();
        String token = Fixtures.userToken(userId);
        // what has taken place or was cancelled does not count
        StoredBookings.insert(userId, practice, OffsetDateTime.now().minusDays(3), BookingStatus.COMPLETED);
        StoredBookings.insert(userId, practice, OffsetDateTime.now().minusHours(3), BookingStatus.BOOKED);
        StoredBookings.insert(userId, practice, OffsetDateTime.now().plusDays(20), BookingStatus.CANCELLED);
        List<String> ids = new ArrayList<>();
        for (int day = 2; day <= 7; day++) {
            ids.add(Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(day, "10:00"), 60))
                    .then().statusCode(201).extract().path("id"));
        }

        refused(Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(8, "10:00"), 60)).then(),
                OPEN_LIMIT, 6, 6);
        refused(hold(token, practice, practice.at(9, "10:00")).then(), OPEN_LIMIT, 6, 6);
        given().auth().oauth2(token).get("/api/v1/bookings?status=BOOKED&from=" + practice.at(1, "00:00").toLocalDate())
                .then().statusCode(200).body("total", equalTo(6)); // nothing was added
        // someone else is not affected, and cancelling one makes room again
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(8, "10:00"), 60))
                .then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/bookings/" + ids.get(0) + "/cancel").then().statusCode(200);
        Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(9, "10:00"), 60))
                .then().statusCode(201);
    }

    @Test
    void onePersonBooksOneSlotPerClinicPerClinicLocalDay() {
        Practice practice = Fixtures.practice("America/New_York", 10, "SWEDISH");
        Practice other = Fixtures.practice("America/New_York", 10, "SWEDISH");
        String token = Fixtures.user();
        Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(3, "10:00"), 60))
                .then().statusCode(201);

        refused(Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(3, "15:00"), 60)).then(),
                DAY_LIMIT, 1, 1);
        refused(hold(token, practice, practice.at(3, "17:00")).then(), DAY_LIMIT, 1, 1);
        // another clinic that day, or this clinic the next day, is fine
        Fixtures.book(token, Fixtures.bookingBody(other.therapist(), "SWEDISH", other.at(3, "15:00"), 60)).then().statusCode(201);
        Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(4, "10:00"), 60)).then().statusCode(201);
    }

    @Test
    void aHoldBecomesItsBookingWithoutCountingAgainstItself() {
        Practice practice = Fixtures.practice("Europe/London", 10, "SWEDISH");
        String token = Fixtures.user();
        for (int day = 2; day <= 6; day++) {
            Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(day, "10:00"), 60))
                    .then().statusCode(201);
        }
        String holdId = hold(token, practice, practice.at(7, "10:00")).then().statusCode(201).extract().path("id");

        // six open (five bookings and the hold): booking the held slot converts it
        Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(7, "10:00"), 60))
                .then().statusCode(201).body("id", equalTo(holdId));
        refused(Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(8, "10:00"), 60)).then(),
                OPEN_LIMIT, 6, 6);
    }

    @Test
    void reschedulingCannotStackTwoBookingsOnOneClinicDay() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String token = Fixtures.user();
        Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(3, "10:00"), 60)).then().statusCode(201);
        String second = Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(4, "10:00"), 60))
                .then().statusCode(201).extract().path("id");

        refused(reschedule(token, second, Map.of("start", practice.at(3, "15:00").toString())), DAY_LIMIT, 1, 1);
        given().auth().oauth2(token).get("/api/v1/bookings/" + second).then().header("ETag", equalTo("\"0\""));
        // within its own day, or to a free day, it moves
        reschedule(token, second, Map.of("start", practice.at(4, "15:00").toString())).statusCode(200);
        reschedule(token, second, Map.of("start", practice.at(5, "15:00").toString())).statusCode(200);
    }

    @Test
    void aBookingCannotBeRescheduledOntoAnotherClinicsTherapist() {
        Practice first = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        Practice second = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        List<UUID> endpoints = List.of(endpoint(first.clinic()), endpoint(second.clinic()));
        String token = Fixtures.user();
        String id = Fixtures.book(token, Fixtures.bookingBody(first.therapist(), "SWEDISH", first.at(5, "10:00"), 60))
                .then().statusCode(201).extract().path("id");
        try {
            reschedule(token, id, Map.of("start", second.at(6, "11:00").toString(), "therapistId", second.therapist().toString()))
                    .statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                    .body("errors[0].field", equalTo("therapistId"));

            given().auth().oauth2(token).get("/api/v1/bookings/" + id).then().statusCode(200)
                    .header("ETag", equalTo("\"0\""))
                    .body("therapistId", equalTo(first.therapist().toString()))
                    .body("clinicId", equalTo(first.clinic().toString()));
            assertEquals(0L, count("select count(*) from outbox_event where subject = '" + id + "' and type = '"
                    + EventTypes.BOOKING_RESCHEDULED + "'"), "no event");
            assertEquals(0L, count("select count(*) from webhook_delivery where event_type = '" + EventTypes.BOOKING_RESCHEDULED
                    + "' and endpoint_id in ('" + endpoints.get(0) + "', '" + endpoints.get(1) + "')"), "no webhook");
            // the second clinic's slot is still free for someone else
            Fixtures.book(Fixtures.user(), Fixtures.bookingBody(second.therapist(), "SWEDISH", second.at(6, "11:00"), 60))
                    .then().statusCode(201);
        } finally {
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "update webhook_endpoint set enabled = false where id in (:ids)").setParameter("ids", endpoints).executeUpdate());
        }
    }

    @Test
    void concurrentRequestsOfOnePersonCannotBothPassTheOverallLimit() throws Exception {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String token = Fixtures.user();
        for (int day = 2; day <= 6; day++) {
            Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(day, "10:00"), 60))
                    .then().statusCode(201);
        }
        List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
        for (int day = 7; day <= 14; day++) { // eight free slots on eight days: only the limit stands between them
            Map<String, Object> body = Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(day, "10:00"), 60);
            attempts.add(() -> post(token, body));
        }
        List<HttpResponse<String>> answers = BookingConcurrencyTests.race(attempts);
        assertEquals(1, answers.stream().filter(answer -> answer.statusCode() == 201).count(), statuses(answers));
        assertEquals(7, answers.stream().filter(answer -> answer.statusCode() == 409
                && answer.body().contains(OPEN_LIMIT)).count(), statuses(answers));
    }

    @Test
    void concurrentRequestsOfOnePersonCannotBothTakeOneClinicDay() throws Exception {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String token = Fixtures.user();
        List<Callable<HttpResponse<String>>> attempts = new ArrayList<>();
        for (String time : List.of("08:00", "09:30", "11:00", "12:30", "14:00", "15:30", "17:00", "18:30")) {
            // slots that do not overlap: the exclusion constraint does not serialise them, only the person's lock does
            Map<String, Object> body = Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(4, time), 60);
            attempts.add(() -> post(token, body));
        }
        List<HttpResponse<String>> answers = BookingConcurrencyTests.race(attempts);
        assertEquals(1, answers.stream().filter(answer -> answer.statusCode() == 201).count(), statuses(answers));
        assertEquals(7, answers.stream().filter(answer -> answer.statusCode() == 409
                && answer.body().contains(DAY_LIMIT)).count(), statuses(answers));
    }

    // --- helpers

    private static void refused(ValidatableResponse answer, String type, int limit, int current) {
        answer.statusCode(409).contentType("application/problem+json")
                .body("type", equalTo(type))
                .body("limit", equalTo(limit))
                .body("current", equalTo(current));
    }

    private static io.restassured.response.Response hold(String token, Practice practice, OffsetDateTime start) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("therapistId", practice.therapist().toString(), "sessionType", "SWEDISH",
                        "start", start.toString(), "durationMinutes", 60))
                .when().post("/api/v1/bookings/holds");
    }

    private static ValidatableResponse reschedule(String token, String id, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/bookings/" + id + "/reschedule").then();
    }

    /** A webhook endpoint of the clinic for every event type, at a local port where nothing listens. */
    private static UUID endpoint(UUID clinicId) {
        return UUID.fromString(Fixtures.partner(Fixtures.apiKey(clinicId)).contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook")).when().post("/api/v1/partner/webhooks")
                .then().statusCode(201).extract().path("id"));
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() ->
                ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private HttpResponse<String> post(String token, Map<String, Object> body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(bookings.toString()))
                        .header("Authorization", "Bearer " + token)
                        .header("Idempotency-Key", UUID.randomUUID().toString())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)))
                        .timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String statuses(List<HttpResponse<String>> answers) {
        return answers.stream().map(answer -> answer.statusCode() + " " + answer.body()).toList().toString();
    }
}
