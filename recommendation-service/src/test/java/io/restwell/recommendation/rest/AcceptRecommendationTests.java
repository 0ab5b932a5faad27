package io.restwell.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restwell.events.EventTypes;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.BookingStub;
import io.restwell.recommendation.ConcurrentSuggestionChange;
import io.restwell.recommendation.PushEndpoint;
import io.restwell.recommendation.JournalEventsFixture;

/** Accepting a suggested slot books it in booking-service, once, however often it is retried. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
@WithTestResource(BookingStub.class)
@WithTestResource(PushEndpoint.class) // not used here: the same resources as WebPushTests share one Quarkus start
class AcceptRecommendationTests {

    /** On the management interface (the path is under its root, /q): the public port does not serve it. */
    @TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Inject
    DataSource dataSource;

    @Inject
    JournalEventsFixture journal;

    @AfterEach
    void bookingIsBackUp() {
        BookingStub.control("/stub/up");
    }

    @Test
    void acceptingBooksTheSlotOnceEvenWhenRetried() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Map<String, Object> suggestion = suggestionWithSlots(user);
        Map<String, Object> slot = firstSlot(suggestion);
        int bookingsBefore = bookingsMade();
        String bookingId = accept(user, suggestion, slot).then().statusCode(200)
                .body("status", equalTo("ACCEPTED"))
                .body("bookingId", notNullValue())
                .extract().path("bookingId");
        accept(user, suggestion, slot).then().statusCode(200).body("bookingId", equalTo(bookingId));
        assertEquals(bookingsBefore + 1, bookingsMade());
    }

    @Test
    void acceptingWithShareBriefSharesTheTherapistBriefWithTheSlotsClinicForThatBookingOnly() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Map<String, Object> suggestion = suggestionWithSlots(user);
        Map<String, Object> slot = firstSlot(suggestion);
        String bookingId = given().auth().oauth2(token(user)).contentType("application/json")
                .body(Map.of("therapistId", slot.get("therapistId"), "start", slot.get("start"), "shareBrief", true))
                .post("/api/v1/recommendations/" + suggestion.get("id") + "/accept")
                .then().statusCode(200).body("status", equalTo("ACCEPTED")).extract().path("bookingId");
        given().auth().oauth2(token(user)).get("/api/v1/me/bookings/" + bookingId + "/brief").then().statusCode(200)
                .body("status", equalTo("SHARED"))
                .body("clinicId", equalTo(slot.get("clinicId")))
                .body("bookingId", equalTo(bookingId));

        String other = "user-" + UUID.randomUUID();
        Map<String, Object> another = suggestionWithSlots(other);
        accept(other, another, firstSlot(another)).then().statusCode(200);
        long consents = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from brief_consent where user_id = :u").setParameter("u", other)
                .getSingleResult()).longValue());
        assertEquals(0L, consents, "not shared unless asked");
    }

    @Test
    void theRequestIdGoesOnToBookingAndBackToTheCaller() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Map<String, Object> suggestion = suggestionWithSlots(user);
        Map<String, Object> slot = firstSlot(suggestion);
        String requestId = "accept-" + UUID.randomUUID();
        given().auth().oauth2(token(user)).contentType("application/json").header("X-Request-Id", requestId)
                .body(Map.of("therapistId", slot.get("therapistId"), "start", slot.get("start")))
                .post("/api/v1/recommendations/" + suggestion.get("id") + "/accept")
                .then().statusCode(200).header("X-Request-Id", equalTo(requestId));
        assertEquals(requestId, RestAssured.given().baseUri(BookingStub.url()).get("/stub/last-request-id").asString());
        // without one, booking still gets the id this service made and answered with
        String other = "user-" + UUID.randomUUID();
        Map<String, Object> another = suggestionWithSlots(other);
        String made = accept(other, another, firstSlot(another)).then().statusCode(200).extract().header("X-Request-Id");
        assertEquals(36, made.length(), made);
        assertEquals(made, RestAssured.given().baseUri(BookingStub.url()).get("/stub/last-request-id").asString());
    }

    @Test
    void theCallsToBookingShowInTheMetricsTheAlertsRead() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Map<String, Object> suggestion = suggestionWithSlots(user);
        accept(user, suggestion, firstSlot(suggestion)).then().statusCode(200);
        String metrics = given().get(this.metrics).then().statusCode(200).extract().asString();
        for (String name : List.of("ft_circuitbreaker_state_current{", "state=\"open\"", "http_client_requests_seconds_count{",
                "http_server_requests_seconds_bucket{", "restwell_outbox_pending_events ", "restwell_outbox_oldest_pending_age_seconds ",
                "restwell_outbox_published_total ", "restwell_outbox_publish_failures_total ", "agroal_awaiting_count{",
                "kafka_consumer_fetch_manager_records_lag")) {
            org.junit.jupiter.api.Assertions.assertTrue(metrics.contains(name), "no " + name + " in\n" + metrics);
        }
    }

    @Test
    void aSlotTheSuggestionDoesNotOfferIsRefused() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Map<String, Object> suggestion = suggestionWithSlots(user);
        given().auth().oauth2(token(user)).contentType("application/json")
                .body(Map.of("therapistId", UUID.randomUUID().toString(), "start", firstSlot(suggestion).get("start")))
                .post("/api/v1/recommendations/" + suggestion.get("id") + "/accept")
                .then().statusCode(422).body("errors[0].field", equalTo("therapistId"));
    }

    @Test
    void aSlotTakenMeanwhileAnswersConflictWithFreshSlots() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Map<String, Object> suggestion = suggestionWithSlots(user);
        BookingStub.control("/stub/conflict");
        accept(user, suggestion, firstSlot(suggestion)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/slot-taken"))
                .body("slots", hasSize(3));
        given().auth().oauth2(token(user)).get("/api/v1/recommendations/" + suggestion.get("id"))
                .then().body("status", equalTo("SUGGESTED"));
    }

    @Test
    void aPersonAtTheirBookingLimitIsToldWhichLimitNotThatTheSlotWasTaken() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Map<String, Object> suggestion = suggestionWithSlots(user);
        BookingStub.control("/stub/limit");
        accept(user, suggestion, firstSlot(suggestion)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/clinic-day-booking-limit"))
                .body("limit", equalTo(1))
                .body("current", equalTo(1))
                .body("detail", containsString("at this clinic"))
                .body("slots", nullValue());
        given().auth().oauth2(token(user)).get("/api/v1/recommendations/" + suggestion.get("id"))
                .then().body("status", equalTo("SUGGESTED"));
    }

    @Test
    void whileBookingIsDownNothingIsBookedAndTheAnswerSaysRetry() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Map<String, Object> suggestion = suggestionWithSlots(user);
        BookingStub.control("/stub/down");
        accept(user, suggestion, firstSlot(suggestion)).then().statusCode(503)
                .header("Retry-After", "30")
                .body("type", equalTo("https://restwell.dev/problems/booking-unavailable"));
        given().auth().oauth2(token(user)).get("/api/v1/recommendations/" + suggestion.get("id"))
                .then().body("status", equalTo("SUGGESTED"));
    }

    /**
     * The person's accept or dismiss loses the race for the suggestion to another change committed first (a poor
     * night refreshing it): 409 "reload and retry", never a 500, and the suggestion is as the winner left it.
     */
    @Test
    void anAcceptOrDismissThatLosesARaceForTheSuggestionAnswersConflict() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Map<String, Object> suggestion = suggestionWithSlots(user);
        Map<String, Object> slot = firstSlot(suggestion);
        losingTheRace(user, () -> accept(user, suggestion, slot)).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/conflict"))
                .body("detail", containsString("reload and retry"));
        losingTheRace(user, () -> given().auth().oauth2(token(user)).contentType("application/json").body(Map.of())
                .post("/api/v1/recommendations/" + suggestion.get("id") + "/dismiss")).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/conflict"));
        given().auth().oauth2(token(user)).get("/api/v1/recommendations/" + suggestion.get("id"))
                .then().body("status", equalTo("SUGGESTED"));
    }

    /** Sends {@code request} while another transaction changes the suggestion, and commits that change once the request waits for it. */
    private io.restassured.response.Response losingTheRace(String user, Supplier<io.restassured.response.Response> request)
            throws Exception {
        try (ConcurrentSuggestionChange concurrent = ConcurrentSuggestionChange.begin(dataSource, user)) {
            CompletableFuture<io.restassured.response.Response> answer = CompletableFuture.supplyAsync(request);
            org.junit.jupiter.api.Assertions.assertTrue(concurrent.awaitARacerWaiting(Duration.ofSeconds(30), answer::isDone),
                    "the request never waited for the suggestion's row");
            concurrent.commit();
            return answer.get(30, TimeUnit.SECONDS);
        }
    }

    private Map<String, Object> suggestionWithSlots(String user) throws Exception {
        journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.pain(user, 7, "LOWER_BACK", "ACHING", true));
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), true)));
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            Map<String, Object> suggestion = given().auth().oauth2(token(user)).get("/api/v1/recommendations")
                    .then().statusCode(200).extract().path("items[0]");
            if ("FILLED".equals(suggestion.get("slotsStatus"))) {
                return suggestion;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no slots for " + user);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> firstSlot(Map<String, Object> suggestion) {
        return ((List<Map<String, Object>>) suggestion.get("slots")).get(0);
    }

    private static io.restassured.response.Response accept(String user, Map<String, Object> suggestion, Map<String, Object> slot) {
        return given().auth().oauth2(token(user)).contentType("application/json")
                .body(Map.of("therapistId", slot.get("therapistId"), "start", slot.get("start")))
                .post("/api/v1/recommendations/" + suggestion.get("id") + "/accept");
    }

    private static String token(String user) {
        return DevTokens.issue(user, List.of("user"));
    }

    private static int bookingsMade() {
        return Integer.parseInt(RestAssured.given().baseUri(BookingStub.url()).get("/stub/bookings").asString());
    }

}
