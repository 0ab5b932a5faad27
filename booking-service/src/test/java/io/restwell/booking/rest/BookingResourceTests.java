package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.booking.StoredBookings;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class BookingResourceTests {

    @Test
    void aPersonBooksAnOpenSlotAndSeesItWhileTheSlotLeavesAvailability() {
        Practice practice = Fixtures.practice("Europe/Berlin", 15, "DEEP_TISSUE");
        String token = Fixtures.user();
        OffsetDateTime start = practice.at(10, "10:00");
        String id = given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(withNotes(Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", start, null), "Lower back, left side"))
                .when().post("/api/v1/bookings")
                .then().statusCode(201)
                .header("Location", containsString("/api/v1/bookings/"))
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("BOOKED"))
                .body("clinicId", equalTo(practice.clinic().toString()))
                .body("sessionType", equalTo("DEEP_TISSUE"))
                .body("durationMinutes", equalTo(60))
                .body("start", equalTo(iso(start)))
                .body("end", equalTo(iso(start.plusMinutes(60))))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("price.amount", equalTo("85.00"))
                .body("notes", equalTo("Lower back, left side"))
                .extract().path("id");

        given().auth().oauth2(token).when().get("/api/v1/bookings/" + id)
                .then().statusCode(200).header("ETag", equalTo("\"0\"")).body("status", equalTo("BOOKED"));
        given().auth().oauth2(token).header("If-None-Match", "\"0\"").when().get("/api/v1/bookings/" + id)
                .then().statusCode(304);
        given().auth().oauth2(token).when().get("/api/v1/bookings")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(id));

        // 10:00-11:00 plus 15 minutes buffer: 09:30 (would end 10:30), 10:00, 10:30 and 11:00 are gone
        List<String> starts = given().queryParam("sessionType", "DEEP_TISSUE").queryParam("therapistId", practice.therapist())
                .queryParam("from", start.toLocalDate().toString()).queryParam("to", start.toLocalDate().toString())
                .queryParam("size", 100)
                .when().get("/api/v1/availability").then().statusCode(200).extract().path("items.start");
        assertEquals(List.of("08:00", "08:30", "11:30"), starts.stream().map(s -> s.substring(11, 16))
                .filter(s -> s.compareTo("12:00") < 0).toList());
    }

    @Test
    void aRetryWithTheSameKeyReturnsTheSameBookingAndAnotherBodyIsRefused() {
        Practice practice = Fixtures.practice("Europe/London", 10, "SWEDISH");
        String token = Fixtures.user();
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(11, "09:00"), 30);
        String first = given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/bookings")
                .then().statusCode(200)
                .header("Idempotent-Replayed", "true")
                .body("id", equalTo(first));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(11, "15:00"), 30))
                .when().post("/api/v1/bookings")
                .then().statusCode(422).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Idempotency-Key"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/bookings")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                .body("errors[0].field", equalTo("Idempotency-Key"));
        // keys belong to their person: someone else's identical key is a new request (here: a taken slot)
        given().auth().oauth2(Fixtures.user()).contentType(ContentType.JSON).header("Idempotency-Key", key).body(body)
                .when().post("/api/v1/bookings").then().statusCode(409);
        given().auth().oauth2(token).when().get("/api/v1/bookings").then().body("total", equalTo(1));
    }

    @Test
    void aTakenSlotOrAnOverlappingOneOrOneInsideTheBufferIsAConflict() {
        Practice practice = Fixtures.practice("Europe/Berlin", 15, "DEEP_TISSUE", "SWEDISH");
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(12, "10:00"), 60))
                .then().statusCode(201);
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(12, "10:00"), 60))
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/conflict"))
                .body("detail", containsString("no longer free"));
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(12, "09:00"), 90))
                .then().statusCode(409);
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(12, "11:00"), 30))
                .then().statusCode(409); // inside the first booking's 15-minute buffer
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(12, "09:00"), 30))
                .then().statusCode(201); // 09:00-09:30 plus buffer ends 09:45, before 10:00
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(12, "11:30"), 30))
                .then().statusCode(201);
    }

    @Test
    void anotherPersonsBookingIsNotFoundExactlyLikeAMissingOne() {
        Practice practice = Fixtures.practice("America/New_York", 10, "TRIGGER_POINT");
        String alice = Fixtures.user();
        String bob = Fixtures.user();
        String id = Fixtures.book(alice, Fixtures.bookingBody(practice.therapist(), "TRIGGER_POINT", practice.at(10, "14:00"), null))
                .then().statusCode(201).extract().path("id");
        String missing = UUID.randomUUID().toString();
        for (String target : List.of(id, missing)) {
            given().auth().oauth2(bob).when().get("/api/v1/bookings/" + target)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://restwell.dev/problems/not-found"))
                    .body("detail", equalTo("No booking " + target + " for you."));
            given().auth().oauth2(bob).contentType(ContentType.JSON).body(Map.of("reason", "mine now"))
                    .when().post("/api/v1/bookings/" + target + "/cancel").then().statusCode(404);
            given().auth().oauth2(bob).contentType(ContentType.JSON).body(Map.of("start", practice.at(10, "16:00").toString()))
                    .when().post("/api/v1/bookings/" + target + "/reschedule").then().statusCode(404);
        }
        given().auth().oauth2(bob).when().get("/api/v1/bookings").then().body("total", equalTo(0));
        given().auth().oauth2(alice).when().get("/api/v1/bookings/" + id).then().statusCode(200).body("status", equalTo("BOOKED"));
        given().when().get("/api/v1/bookings/" + id).then().statusCode(401);
    }

    @Test
    void cancellingEarlyIsFreeAndFreesTheSlot() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String token = Fixtures.user();
        Map<String, Object> body = Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "17:00"), 60);
        String id = Fixtures.book(token, body).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"7\"").body(Map.of("reason", "Back is better"))
                .when().post("/api/v1/bookings/" + id + "/cancel")
                .then().statusCode(412).body("type", equalTo("https://restwell.dev/problems/precondition-failed"));
        // A tag that is not one answers like in every service: 400 validation-failed naming the header.
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "7").body(Map.of("reason", "Back is better"))
                .when().post("/api/v1/bookings/" + id + "/cancel")
                .then().statusCode(400).body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                .body("errors[0].field", equalTo("If-Match"));
        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("reason", "Back is better"))
                .when().post("/api/v1/bookings/" + id + "/cancel")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("status", equalTo("CANCELLED"))
                .body("cancellationReason", equalTo("Back is better"))
                .body("cancelledAt", not(nullValue()));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .when().post("/api/v1/bookings/" + id + "/cancel")
                .then().statusCode(409).body("detail", containsString("CANCELLED"));
        Fixtures.book(Fixtures.user(), body).then().statusCode(201); // the time is free again
    }

    @Test
    void cancellingLessThanADayAheadIsALateCancellationAndAfterTheStartImpossible() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String userId = "late-" + UUID.randomUUID();
        OffsetDateTime soon = OffsetDateTime.now().plusHours(3).truncatedTo(ChronoUnit.MINUTES);
        UUID late = StoredBookings.insert(userId, practice, soon, BookingStatus.BOOKED);
        UUID started = StoredBookings.insert(userId, practice, soon.minusHours(4), BookingStatus.BOOKED);
        given().auth().oauth2(Fixtures.userToken(userId)).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/bookings/" + late + "/cancel")
                .then().statusCode(200).body("status", equalTo("LATE_CANCELLED"));
        given().auth().oauth2(Fixtures.userToken(userId))
                .when().post("/api/v1/bookings/" + started + "/cancel")
                .then().statusCode(409).body("detail", containsString("started"));
    }

    @Test
    void reschedulingMovesTheBookingAndFreesTheOldTimeAtOnce() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE");
        String token = Fixtures.user();
        Map<String, Object> original = Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(10, "09:00"), 60);
        String id = Fixtures.book(token, original).then().statusCode(201).extract().path("id");
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(10, "15:00"), 60))
                .then().statusCode(201);

        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("start", practice.at(10, "15:00").toString()))
                .when().post("/api/v1/bookings/" + id + "/reschedule")
                .then().statusCode(409);
        given().auth().oauth2(token).when().get("/api/v1/bookings/" + id)
                .then().body("start", equalTo(iso(practice.at(10, "09:00")))).header("ETag", equalTo("\"0\""));

        given().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("start", practice.at(10, "09:30").toString(), "durationMinutes", 90))
                .when().post("/api/v1/bookings/" + id + "/reschedule")
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("start", equalTo(iso(practice.at(10, "09:30"))))
                .body("end", equalTo(iso(practice.at(10, "11:00"))))
                .body("price.amount", equalTo("115.00"));
        // overlapping its own old time is fine; the old 09:00 start is free for a short session now
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(10, "08:00"), 60))
                .then().statusCode(201);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("start", practice.at(10, "09:10").toString()))
                .when().post("/api/v1/bookings/" + id + "/reschedule")
                .then().statusCode(422).body("errors[0].field", equalTo("start"));
    }

    @Test
    void aBookingCloseToItsStartCanOnlyBeCancelled() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String userId = "soon-" + UUID.randomUUID();
        UUID soon = StoredBookings.insert(userId, practice, OffsetDateTime.now().plusHours(5), BookingStatus.BOOKED);
        given().auth().oauth2(Fixtures.userToken(userId)).contentType(ContentType.JSON)
                .body(Map.of("start", practice.at(10, "10:00").toString()))
                .when().post("/api/v1/bookings/" + soon + "/reschedule")
                .then().statusCode(409).body("detail", containsString("24 h"));
    }

    @Test
    void theClinicMarksArrivalsCompletionsAndNoShows() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String userId = "visit-" + UUID.randomUUID();
        UUID past = StoredBookings.insert(userId, practice, OffsetDateTime.now().minusHours(2), BookingStatus.BOOKED);
        UUID missed = StoredBookings.insert(userId, practice, OffsetDateTime.now().minusHours(5), BookingStatus.BOOKED);
        UUID future = StoredBookings.insert(userId, practice, OffsetDateTime.now().plusDays(3), BookingStatus.BOOKED);
        String base = "/api/v1/clinics/" + practice.clinic() + "/bookings/";

        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("status", "ARRIVED"))
                .when().post(base + past + "/status").then().statusCode(200).body("status", equalTo("ARRIVED"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("status", "COMPLETED"))
                .when().post(base + past + "/status").then().statusCode(200).body("status", equalTo("COMPLETED"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("status", "NO_SHOW"))
                .when().post(base + past + "/status").then().statusCode(409);
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("status", "NO_SHOW"))
                .when().post(base + missed + "/status").then().statusCode(200).body("status", equalTo("NO_SHOW"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("status", "COMPLETED"))
                .when().post(base + future + "/status").then().statusCode(409);
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("status", "CANCELLED"))
                .when().post(base + future + "/status").then().statusCode(422);
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("status", "SLEEPING"))
                .when().post(base + future + "/status").then().statusCode(400).body("errors[0].field", equalTo("status"));
        given().auth().oauth2(Fixtures.userToken(userId)).contentType(ContentType.JSON).body(Map.of("status", "COMPLETED"))
                .when().post(base + future + "/status").then().statusCode(403);
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("status", "ARRIVED"))
                .when().post("/api/v1/clinics/" + UUID.randomUUID() + "/bookings/" + future + "/status").then().statusCode(404);
        given().auth().oauth2(Fixtures.ADMIN).queryParam("status", "NO_SHOW").when().get("/api/v1/clinics/" + practice.clinic() + "/bookings")
                .then().statusCode(200).body("items.id", equalTo(List.of(missed.toString())));
    }

    @Test
    void requestsThatAreNotAnOpenSlotAreExplained() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String token = Fixtures.user();
        Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "10:10"), 60))
                .then().statusCode(422).body("errors[0].field", equalTo("start"));
        Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "19:30"), 60))
                .then().statusCode(422).body("errors[0].field", equalTo("start"));
        Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", OffsetDateTime.now().minusDays(1), 60))
                .then().statusCode(422).body("errors[0].field", equalTo("start"));
        Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(10, "10:00"), 60))
                .then().statusCode(422).body("errors[0].field", equalTo("sessionType"));
        Fixtures.book(token, Fixtures.bookingBody(UUID.randomUUID(), "SWEDISH", practice.at(10, "10:00"), 60))
                .then().statusCode(422).body("errors[0].field", equalTo("therapistId"));
        Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "10:00"), 45))
                .then().statusCode(422).body("errors[0].field", equalTo("durationMinutes"));
        Fixtures.book(token, withNotes(Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "10:00"), 60), "x".repeat(2001)))
                .then().statusCode(400).body("errors[0].field", equalTo("notes"));
        Map<String, Object> noOffset = Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "10:00"), 60);
        noOffset.put("start", "2030-01-01T10:00:00");
        Fixtures.book(token, noOffset)
                .then().statusCode(400).body("type", equalTo("https://restwell.dev/problems/malformed-request"))
                .body("errors[0].field", equalTo("start"));
        given().auth().oauth2(token).when().get("/api/v1/bookings").then().body("total", equalTo(0));
    }

    @Test
    void listsAreFilteredByDateAndStatusAndPaged() {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "SWEDISH");
        String token = Fixtures.user();
        for (int day = 10; day <= 13; day++) {
            Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(day, "12:00"), 30))
                    .then().statusCode(201);
        }
        String from = practice.at(11, "00:00").toLocalDate().toString();
        String to = practice.at(12, "00:00").toLocalDate().toString();
        given().auth().oauth2(token).queryParam("from", from).queryParam("to", to).when().get("/api/v1/bookings")
                .then().statusCode(200).body("total", equalTo(2))
                .body("items.start", equalTo(List.of(iso(practice.at(11, "12:00")), iso(practice.at(12, "12:00")))));
        given().auth().oauth2(token).queryParam("size", 3).queryParam("page", 1).when().get("/api/v1/bookings")
                .then().body("total", equalTo(4)).body("items.start", equalTo(List.of(iso(practice.at(13, "12:00")))));
        given().auth().oauth2(token).queryParam("status", "cancelled").when().get("/api/v1/bookings")
                .then().body("total", equalTo(0));
        given().auth().oauth2(token).queryParam("status", "BOOKED").when().get("/api/v1/bookings")
                .then().body("items.status", hasItem("BOOKED"));
    }

    @Test
    void postgresItselfRefusesOverlappingBookingsOfOneTherapist() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        OffsetDateTime start = OffsetDateTime.now().plusDays(20).truncatedTo(ChronoUnit.HOURS);
        StoredBookings.insert("db-" + UUID.randomUUID(), practice, start, BookingStatus.BOOKED);
        PersistenceException refused = assertThrows(PersistenceException.class,
                () -> StoredBookings.insert("db-" + UUID.randomUUID(), practice, start.plusMinutes(30), BookingStatus.BOOKED));
        assertEquals("23P01", io.restwell.platform.defaults.problem.ProblemMappers.sqlState(refused).orElseThrow());
        // cancelled bookings do not hold their time
        StoredBookings.insert("db-" + UUID.randomUUID(), practice, start.plusDays(1), BookingStatus.CANCELLED);
        StoredBookings.insert("db-" + UUID.randomUUID(), practice, start.plusDays(1), BookingStatus.BOOKED);
    }

    // --- helpers

    private static Map<String, Object> withNotes(Map<String, Object> body, String notes) {
        body.put("notes", notes);
        return body;
    }

    static String iso(OffsetDateTime time) {
        return time.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
