package io.restwell.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.events.EventTypes;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.JournalEventsFixture;
import io.restwell.recommendation.domain.SuggestionRules;

/** Attended sessions (booking.events and the person's reports) against the journal: what worked, shown with its nights and preferred. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class InsightsTests {

    private static final LocalDate FIRST = LocalDate.now().minusDays(40);
    private static final LocalDate SECOND = LocalDate.now().minusDays(20);

    @Inject
    ObjectMapper json;

    @Inject
    JournalEventsFixture journal;

    @Test
    void attendedSessionsShowTheFiguresWithTheirNightsAndTheRulesPreferWhatMeasurablyHelped() throws Exception {
        String user = "user-" + UUID.randomUUID();
        // the first session the clinic marks COMPLETED; the second only the person confirms
        String first = session(user, FIRST);
        journal.awaitProcessed(journal.booking(user, first, EventTypes.BOOKING_COMPLETED, "COMPLETED", "SWEDISH", start(FIRST)));
        String second = session(user, SECOND);
        for (LocalDate session : List.of(FIRST, SECOND)) {
            // Nights and sessions come on two topics: wait for each, their order across topics is not given.
            for (int i = 0; i < 7; i++) {
                journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user,
                        UUID.randomUUID().toString(), session.minusDays(i + 1L), (78 + i % 3) + ".0", 40 + i % 3)));
                journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user,
                        UUID.randomUUID().toString(), session.plusDays(i), (88 + i % 3) + ".0", 20 + i % 3)));
            }
        }
        report(user, first, 6);
        report(user, second, 8);

        given().auth().oauth2(token(user)).get("/api/v1/recommendations/insights")
                .then().statusCode(200)
                .body("minimumNights", equalTo(5))
                .body("sessionTypes", hasSize(1))
                .body("sessionTypes[0].sessionType", equalTo("SWEDISH"))
                .body("sessionTypes[0].sessions", equalTo(2))
                .body("sessionTypes[0].averageEfficiencyChange", equalTo(10.0f))
                .body("sessionTypeEffects", hasSize(1))
                .body("sessionTypeEffects[0].sessionType", equalTo("SWEDISH"))
                .body("sessionTypeEffects[0].attendedSessions", equalTo(2))
                .body("sessionTypeEffects[0].reliefReports", equalTo(2))
                .body("sessionTypeEffects[0].meanRelief", equalTo(7.0f))
                .body("sessionTypeEffects[0].sleepEfficiency.status", equalTo("ESTIMATED"))
                .body("sessionTypeEffects[0].sleepEfficiency.nightsBefore", equalTo(14))
                .body("sessionTypeEffects[0].sleepEfficiency.nightsAfter", equalTo(14))
                .body("sessionTypeEffects[0].sleepEfficiency.change", equalTo(10.0f))
                // SciPy: Welch's 95 % interval of these nights is 9.328 to 10.672 (26 degrees of freedom)
                .body("sessionTypeEffects[0].sleepEfficiency.low", equalTo(9.3f))
                .body("sessionTypeEffects[0].sleepEfficiency.high", equalTo(10.7f))
                .body("sessionTypeEffects[0].sleepLatency.change", equalTo(-20.0f))
                .body("sessionTypeEffects[0].sleepLatency.high", lessThan(0f))
                .body("sessionTypeEffects[0].pain.status", equalTo("NOT_ENOUGH_NIGHTS"))
                .body("sessionTypeEffects[0].pain.nightsBefore", equalTo(0))
                .body("sessionTypeEffects[0].pain.change", nullValue());

        // Deep, chronic pain would mean deep tissue; Swedish has measurably helped this person, so it is preferred.
        journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.pain(user, 6, "LOWER_BACK", "ACHING", true));
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), true)));
        given().auth().oauth2(token(user)).get("/api/v1/recommendations")
                .then().statusCode(200)
                .body("items[0].sessionType", equalTo("SWEDISH"))
                .body("items[0].rule", equalTo("deep-chronic-pain+what-worked"))
                .body("items[0].ruleVersion", equalTo(SuggestionRules.VERSION))
                .body("items[0].explanation", containsString("Swedish massage has measurably helped your sleep: in the week after "
                        + "your 2 sessions your sleep efficiency averaged 88.9 %, against 78.9 % in the week before (10.0 points more; "
                        + "95 % interval 9.3 to 10.7 points; 14 nights after, 14 before). So we suggest a swedish massage again."));
    }

    @Test
    void belowTheMinimumOfNightsTheFiguresSayNotEnoughNightsAndTheRulesDoNotActOnThem() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String booking = session(user, SECOND);
        for (int i = 0; i < 3; i++) {
            journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user,
                    UUID.randomUUID().toString(), SECOND.minusDays(i + 1L), "70.0", 50)));
            journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user,
                    UUID.randomUUID().toString(), SECOND.plusDays(i), "95.0", 10)));
        }
        report(user, booking, 9);
        given().auth().oauth2(token(user)).get("/api/v1/recommendations/insights").then().statusCode(200)
                .body("sessionTypeEffects[0].attendedSessions", equalTo(1))
                .body("sessionTypeEffects[0].meanRelief", equalTo(9.0f))
                .body("sessionTypeEffects[0].sleepEfficiency.status", equalTo("NOT_ENOUGH_NIGHTS"))
                .body("sessionTypeEffects[0].sleepEfficiency.nightsBefore", equalTo(3))
                .body("sessionTypeEffects[0].sleepEfficiency.nightsAfter", equalTo(3))
                .body("sessionTypeEffects[0].sleepEfficiency.meanAfter", nullValue())
                .body("sessionTypeEffects[0].sleepEfficiency.change", nullValue())
                .body("routineSteps", hasSize(5));

        journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.pain(user, 6, "LOWER_BACK", "ACHING", true));
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), true)));
        given().auth().oauth2(token(user)).get("/api/v1/recommendations").then().statusCode(200)
                .body("items[0].sessionType", equalTo("DEEP_TISSUE"))
                .body("items[0].rule", equalTo("deep-chronic-pain"));
    }

    /** A Swedish session of the person's on that day at 18:00, known from its created event. */
    private String session(String user, LocalDate day) throws InterruptedException {
        String booking = UUID.randomUUID().toString();
        journal.awaitProcessed(journal.booking(user, booking, EventTypes.BOOKING_CREATED, "BOOKED", "SWEDISH", start(day)));
        return booking;
    }

    private static OffsetDateTime start(LocalDate day) {
        return day.atTime(18, 0).atOffset(ZoneOffset.ofHours(1));
    }

    private static void report(String user, String booking, int relief) {
        given().auth().oauth2(token(user)).contentType("application/json").body(Map.of("attended", true, "relief", relief))
                .put("/api/v1/me/sessions/" + booking + "/outcome").then().statusCode(200);
    }

    private static String token(String user) {
        return DevTokens.issue(user, List.of("user"));
    }
}
