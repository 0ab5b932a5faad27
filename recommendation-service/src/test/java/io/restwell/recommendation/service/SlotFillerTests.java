package io.restwell.recommendation.service;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restwell.events.EventTypes;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.BookingStub;
import io.restwell.recommendation.PushEndpoint;
import io.restwell.recommendation.ConcurrentSuggestionChange;
import io.restwell.recommendation.JournalEventsFixture;

/** A suggestion gets real open slots from booking over HTTP, and gets them later if booking was down. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
@WithTestResource(BookingStub.class)
@WithTestResource(PushEndpoint.class) // not used here: the same resources as WebPushTests share one Quarkus start
class SlotFillerTests {

    @Inject
    ObjectMapper json;

    @Inject
    DataSource dataSource;

    @Inject
    JournalEventsFixture journal;

    @AfterEach
    void bookingIsBackUp() {
        BookingStub.control("/stub/up");
    }

    @Test
    void aSuggestionGetsThreeSlotsInThePersonsEvening() throws Exception {
        String user = "user-" + UUID.randomUUID();
        journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.pain(user, 7, "LOWER_BACK", "ACHING", true));
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), true)));
        awaitSlots(user, "FILLED", Duration.ofSeconds(20))
                .body("items[0].slots", hasSize(3))
                .body("items[0].slots.start", contains(endsWith("T18:00:00+01:00"), endsWith("T19:30:00+01:00"),
                        endsWith("T20:00:00+01:00")))
                .body("items[0].slots[0].sessionType", equalTo("DEEP_TISSUE"));
    }

    @Test
    void onlySlotsInTheirOwnTimesAndWellBeforeTheirBedtimeAreOffered() throws Exception {
        String user = "user-" + UUID.randomUUID();
        // Open from 19:00 to 23:00 in Berlin; the nights below go to bed at 23:00, so sessions must end by 21:00.
        given().auth().oauth2(DevTokens.issue(user, List.of("user"))).contentType("application/json")
                .body("""
                        {"timeZone": "Europe/Berlin", "suitableTimes": [{"days": ["MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY",
                         "FRIDAY", "SATURDAY", "SUNDAY"], "from": "19:00", "to": "23:00"}]}""")
                .put("/api/v1/me/preferences").then().statusCode(200);
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), true)));
        // booking offers 09:00, 12:00, 18:00, 19:30, 20:00 and 22:00 (+01:00, Berlin in winter).
        awaitSlots(user, "FILLED", Duration.ofSeconds(20))
                .body("items[0].slots.start", contains(endsWith("T19:30:00+01:00"), endsWith("T20:00:00+01:00")));
    }

    @Test
    void nothingInReachOfHomeIsSaidAndTheNearestOptionsAreOfferedApart() throws Exception {
        String user = "user-" + UUID.randomUUID();
        preferences(user, 15);
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), true)));
        // booking's only clinic is 20 km away: none within 15 km.
        awaitSlots(user, "FILLED", Duration.ofSeconds(20))
                .body("items[0].slots", hasSize(0))
                .body("items[0].slotsNote", org.hamcrest.Matchers.startsWith("No partner clinic within your travel radius"))
                .body("items[0].selfCare.size()", org.hamcrest.Matchers.greaterThan(0))
                .body("items[0].nearestOptions", hasSize(3))
                .body("items[0].nearestOptions.distanceKm", org.hamcrest.Matchers.everyItem(equalTo(20.0f)))
                .body("items[0].nearestOptions[0].explanation", org.hamcrest.Matchers.startsWith("20.0 km from home (beyond your 15 km), "));
    }

    @Test
    void slotsInReachOfHomeSayHowFarAndWhen() throws Exception {
        String user = "user-" + UUID.randomUUID();
        preferences(user, 25);
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), true)));
        awaitSlots(user, "FILLED", Duration.ofSeconds(20))
                .body("items[0].slots", hasSize(3))
                .body("items[0].slots.distanceKm", org.hamcrest.Matchers.everyItem(equalTo(20.0f)))
                .body("items[0].slots[0].explanation", org.hamcrest.Matchers.matchesPattern("20\\.0 km from home, [A-Z][a-z]+day 18:00.*"))
                .body("items[0].slotsNote", org.hamcrest.Matchers.nullValue())
                .body("items[0].nearestOptions", hasSize(0));
    }

    @Test
    void aPreferredLengthTheTypeIsNotOfferedInFallsBackToItsDefault() throws Exception {
        String user = "user-" + UUID.randomUUID();
        given().auth().oauth2(DevTokens.issue(user, List.of("user"))).contentType("application/json")
                .body("{\"preferredDurationsMinutes\": [45], \"timeZone\": \"Europe/Berlin\"}")
                .put("/api/v1/me/preferences").then().statusCode(200);
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), true)));
        awaitSlots(user, "FILLED", Duration.ofSeconds(20)).body("items[0].slots", hasSize(3));
    }

    private static void preferences(String user, int radiusKm) {
        given().auth().oauth2(DevTokens.issue(user, List.of("user"))).contentType("application/json")
                .body("""
                        {"home": {"latitude": 52.52, "longitude": 13.40}, "radiusKm": %d, "timeZone": "Europe/Berlin"}""".formatted(radiusKm))
                .put("/api/v1/me/preferences").then().statusCode(200);
    }

    @Test
    void whileBookingIsDownTheSuggestionWaitsAndGetsSlotsWhenItIsBack() throws Exception {
        BookingStub.control("/stub/down");
        String user = "user-" + UUID.randomUUID();
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), true)));
        Thread.sleep(2000);
        suggestionsOf(user).body("items", hasSize(1)).body("items[0].slotsStatus", equalTo("PENDING"))
                .body("items[0].slots", hasSize(0));
        BookingStub.control("/stub/up");
        awaitSlots(user, "FILLED", Duration.ofSeconds(30)).body("items[0].slots", hasSize(3));
    }

    /**
     * Storing the slots loses a race to another change of the suggestion that leaves it waiting for these very
     * slots (here a bare version bump): they are stored again at once from a fresh read. booking-service is down
     * again by then, so no later sweep could have fetched them.
     */
    @Test
    void slotsThatLoseARaceForTheSuggestionAreStoredAgainAtOnceNotLeftForTheNextSweep() throws Exception {
        BookingStub.control("/stub/down");
        String user = "user-" + UUID.randomUUID();
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), true)));
        suggestionsOf(user).body("items", hasSize(1)).body("items[0].slotsStatus", equalTo("PENDING"));
        try (ConcurrentSuggestionChange concurrent = ConcurrentSuggestionChange.begin(dataSource, user)) {
            BookingStub.control("/stub/up"); // the sweep fills it now, and its update waits for this transaction
            assertTrue(concurrent.awaitARacerWaiting(Duration.ofSeconds(60), () -> false), // it has its slots from booking-service
                    "the slot filler never reached the suggestion's row within 60 s");
            BookingStub.control("/stub/down");
            concurrent.commit(); // the filler's update now finds a newer version than it read
        }
        awaitSlots(user, "FILLED", Duration.ofSeconds(5)).body("items[0].slots", hasSize(3));
        given().auth().oauth2(DevTokens.issue(user, List.of("user"))).get("/api/v1/me/notifications").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].kind", equalTo("SUGGESTION_READY"));
    }

    private static org.hamcrest.Matcher<String> endsWith(String suffix) {
        return org.hamcrest.Matchers.endsWith(suffix);
    }

    private ValidatableResponse awaitSlots(String user, String status, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            String current = suggestionsOf(user).extract().path("items[0].slotsStatus");
            if (status.equals(current)) {
                break;
            }
            Thread.sleep(200);
        }
        return suggestionsOf(user).body("items[0].slotsStatus", equalTo(status));
    }

    private ValidatableResponse suggestionsOf(String user) {
        return given().auth().oauth2(DevTokens.issue(user, List.of("user"))).get("/api/v1/recommendations").then().statusCode(200);
    }
}
