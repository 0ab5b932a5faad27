package io.restwell.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restwell.events.EventTypes;
import io.restwell.events.journal.UserDataErasedEvent;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.JournalEventsFixture;
import io.restwell.recommendation.service.Reminders;

/** The person's report on a session (PUT /api/v1/me/sessions/{bookingId}/outcome), on bookings known from the real booking.events. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class SessionOutcomesTests {

    private static final String VALIDATION_FAILED = "https://restwell.dev/problems/validation-failed";
    private static final String MALFORMED = "https://restwell.dev/problems/malformed-request";

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Inject
    Reminders reminders;

    @Inject
    JournalEventsFixture events;

    @Test
    void aPersonReportsOnTheirOwnSessionOnlyAndReportingAgainReplaces() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String booking = booked(user, "BOOKED", OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(1));

        report(user, booking, Map.of("attended", true, "relief", 7)).statusCode(200)
                .body("bookingId", equalTo(booking))
                .body("sessionType", equalTo("DEEP_TISSUE"))
                .body("attended", equalTo(true))
                .body("relief", equalTo(7))
                .body("countsAsAttended", equalTo(true))
                .body("clinicMark", nullValue());
        given().auth().oauth2(token(user)).get(path(booking)).then().statusCode(200).body("relief", equalTo(7));

        report(user, booking, Map.of("attended", false)).statusCode(200)
                .body("attended", equalTo(false)).body("relief", nullValue()).body("countsAsAttended", equalTo(false));
        given().auth().oauth2(token(user)).get(path(booking)).then().statusCode(200)
                .body("attended", equalTo(false)).body("relief", nullValue());
        assertEquals(1L, count("select count(*) from session_outcome where booking_id = cast(:b as uuid)", booking), "replaced, not added");

        // another person's booking and an unknown one answer alike
        String stranger = "user-" + UUID.randomUUID();
        report(stranger, booking, Map.of("attended", true, "relief", 3)).statusCode(404)
                .contentType("application/problem+json").body("type", equalTo("https://restwell.dev/problems/not-found"));
        given().auth().oauth2(token(stranger)).get(path(booking)).then().statusCode(404);
        report(user, UUID.randomUUID().toString(), Map.of("attended", true, "relief", 3)).statusCode(404);
        given().body(Map.of("attended", true, "relief", 3)).contentType("application/json").put(path(booking)).then().statusCode(401);
        assertEquals(false, given().auth().oauth2(token(user)).get(path(booking)).then().extract().path("attended"),
                "the stranger changed nothing");
    }

    @Test
    void aSessionThatHasNotStartedOrWasCancelledCannotBeReportedOn() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String coming = booked(user, "BOOKED", OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(2));
        report(user, coming, Map.of("attended", true, "relief", 5)).statusCode(409)
                .contentType("application/problem+json").body("type", equalTo("https://restwell.dev/problems/conflict"))
                .body("detail", org.hamcrest.Matchers.containsString("not started"));
        String cancelled = booked(user, "BOOKED", OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(1));
        events.awaitProcessed(events.booking(user, cancelled, EventTypes.BOOKING_CANCELLED, "CANCELLED", "DEEP_TISSUE",
                OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(1)));
        report(user, cancelled, Map.of("attended", false)).statusCode(409).body("detail", org.hamcrest.Matchers.containsString("cancelled"));
        given().auth().oauth2(token(user)).get(path(coming)).then().statusCode(404);
    }

    @Test
    void theClinicsMarkWinsOverWhatThePersonSays() throws Exception {
        String user = "user-" + UUID.randomUUID();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(2);
        String completed = booked(user, "BOOKED", start);
        events.awaitProcessed(events.booking(user, completed, EventTypes.BOOKING_COMPLETED, "COMPLETED", "DEEP_TISSUE", start));
        report(user, completed, Map.of("attended", false)).statusCode(200)
                .body("attended", equalTo(false)).body("countsAsAttended", equalTo(true)).body("clinicMark", equalTo("COMPLETED"));

        String noShow = booked(user, "BOOKED", start.plusHours(3));
        events.awaitProcessed(events.booking(user, noShow, EventTypes.BOOKING_NO_SHOW, "NO_SHOW", "DEEP_TISSUE", start.plusHours(3)));
        report(user, noShow, Map.of("attended", true, "relief", 9)).statusCode(200)
                .body("attended", equalTo(true)).body("relief", equalTo(9))
                .body("countsAsAttended", equalTo(false)).body("clinicMark", equalTo("NO_SHOW"));

        // the insights count the completed one (its reported "no" recorded, not counted as relief) and not the no-show
        given().auth().oauth2(token(user)).get("/api/v1/recommendations/insights").then().statusCode(200)
                .body("sessionTypeEffects[0].sessionType", equalTo("DEEP_TISSUE"))
                .body("sessionTypeEffects[0].attendedSessions", equalTo(1))
                .body("sessionTypeEffects[0].reliefReports", equalTo(0))
                .body("sessionTypeEffects[0].meanRelief", nullValue());
    }

    @Test
    void aMalformedReportIsA400NamingTheField() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String booking = booked(user, "BOOKED", OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(1));
        Map<String, String[]> cases = new java.util.LinkedHashMap<>();
        cases.put("{}", new String[] {"attended", VALIDATION_FAILED});
        cases.put("{\"attended\": null, \"relief\": 4}", new String[] {"attended", VALIDATION_FAILED});
        cases.put("{\"attended\": true}", new String[] {"relief", VALIDATION_FAILED});
        cases.put("{\"attended\": true, \"relief\": 11}", new String[] {"relief", VALIDATION_FAILED});
        cases.put("{\"attended\": true, \"relief\": -1}", new String[] {"relief", VALIDATION_FAILED});
        cases.put("{\"attended\": false, \"relief\": 2}", new String[] {"relief", VALIDATION_FAILED});
        cases.put("{\"attended\": true, \"relief\": 3.5}", new String[] {"relief", MALFORMED});
        cases.put("{\"attended\": true, \"relief\": \"7\"}", new String[] {"relief", MALFORMED});
        cases.put("{\"attended\": true, \"relief\": 99999999999}", new String[] {"relief", MALFORMED});
        cases.put("{\"attended\": \"yes\", \"relief\": 7}", new String[] {"attended", MALFORMED});
        cases.put("{\"attended\": 1, \"relief\": 7}", new String[] {"attended", MALFORMED});
        cases.put("{\"attended\": \"true\", \"relief\": 7}", new String[] {"attended", MALFORMED});
        cases.forEach((body, expected) -> given().auth().oauth2(token(user)).contentType("application/json").body(body)
                .put(path(booking)).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(expected[1]))
                .body("errors[0].field", equalTo(expected[0])));
        given().auth().oauth2(token(user)).contentType("application/json").put(path(booking)).then().statusCode(400)
                .body("errors[0].field", equalTo("attended"));
        given().auth().oauth2(token(user)).get(path(booking)).then().statusCode(404);
    }

    @Test
    void theMorningCheckInLinksToTheReport() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String booking = booked(user, "BOOKED", OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(3).withNano(0));
        // its morning comes
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update notification_due set due_at = now() - interval '1 minute' where booking_id = cast(:b as uuid) and kind = 'MORNING_CHECK_IN'")
                .setParameter("b", booking).executeUpdate());
        reminders.sendDue();
        given().auth().oauth2(token(user)).get("/api/v1/me/notifications").then().statusCode(200)
                .body("items.find { it.kind == 'MORNING_CHECK_IN' }.action.method", equalTo("PUT"))
                .body("items.find { it.kind == 'MORNING_CHECK_IN' }.action.path", equalTo("/api/v1/me/sessions/" + booking + "/outcome"))
                .body("items.find { it.kind == 'MORNING_CHECK_IN' }.body", org.hamcrest.Matchers.containsString("from 0 to 10"))
                .body("items.find { it.kind == 'BOOKING_CONFIRMED' }.action", nullValue());
    }

    @Test
    void erasureRemovesReportsBookingsAndRoutineChecks() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String booking = booked(user, "BOOKED", OffsetDateTime.now(ZoneOffset.ofHours(1)).minusDays(1));
        report(user, booking, Map.of("attended", true, "relief", 6)).statusCode(200);
        String yesterday = java.time.LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        given().auth().oauth2(token(user)).contentType("application/json").body(Map.of("steps", List.of("HEAT")))
                .put("/api/v1/me/routine-checks/" + yesterday).then().statusCode(200);

        events.awaitProcessed(events.publish(user, EventTypes.USER_DATA_ERASED,
                events.write(new UserDataErasedEvent(user, OffsetDateTime.now(ZoneOffset.UTC)))));

        given().auth().oauth2(token(user)).get(path(booking)).then().statusCode(404);
        given().auth().oauth2(token(user)).get("/api/v1/me/routine-checks/" + yesterday).then().statusCode(404);
        report(user, booking, Map.of("attended", true, "relief", 6)).statusCode(404);
        for (String table : List.of("session_booking", "session_outcome", "routine_check")) {
            assertEquals(0L, count("select count(*) from " + table + " where user_id = :b", user), table);
        }
    }

    /** A booking of the person's, known from its created event (and a later status change, when not BOOKED). */
    private String booked(String user, String status, OffsetDateTime start) throws InterruptedException {
        String booking = UUID.randomUUID().toString();
        events.awaitProcessed(events.booking(user, booking, EventTypes.BOOKING_CREATED, status, "DEEP_TISSUE", start));
        return booking;
    }

    private static ValidatableResponse report(String user, String booking, Map<String, Object> body) {
        return given().auth().oauth2(token(user)).contentType("application/json").body(body).put(path(booking)).then();
    }

    private static String path(String booking) {
        return "/api/v1/me/sessions/" + booking + "/outcome";
    }

    private long count(String sql, String parameter) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql)
                .setParameter("b", parameter).getSingleResult()).longValue());
    }

    private static String token(String user) {
        return DevTokens.issue(user, List.of("user"));
    }
}
