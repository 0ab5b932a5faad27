package io.restwell.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
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

/** Routine checks (PUT/GET /api/v1/me/routine-checks/{night}) and what each step did for the nights after, from the real journal feed. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class RoutineChecksTests {

    @Inject
    ObjectMapper json;

    @Inject
    JournalEventsFixture journal;

    @Test
    void anEveningsCheckIsStoredReplacedAndReadBack() {
        String user = "user-" + UUID.randomUUID();
        String evening = LocalDate.now(ZoneOffset.UTC).minusDays(2).toString();
        put(user, evening, Map.of("steps", List.of("CALMING_SCENT", "HEAT", "HEAT"))).statusCode(200)
                .body("night", equalTo(evening))
                .body("steps", equalTo(List.of("HEAT", "CALMING_SCENT")));
        given().auth().oauth2(token(user)).get("/api/v1/me/routine-checks/" + evening).then().statusCode(200)
                .body("steps", equalTo(List.of("HEAT", "CALMING_SCENT")));
        put(user, evening, Map.of("steps", List.of())).statusCode(200).body("steps", equalTo(List.of()));
        given().auth().oauth2(token(user)).get("/api/v1/me/routine-checks/" + evening).then().statusCode(200)
                .body("steps", equalTo(List.of()));
        given().auth().oauth2(token("user-" + UUID.randomUUID())).get("/api/v1/me/routine-checks/" + evening).then().statusCode(404)
                .body("type", equalTo("https://restwell.dev/problems/not-found"));
        given().get("/api/v1/me/routine-checks/" + evening).then().statusCode(401);
    }

    @Test
    void anUnknownStepAFutureOrMalformedEveningOrNoStepsIsA400NamingTheField() {
        String user = "user-" + UUID.randomUUID();
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();
        String tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(2).toString();
        put(user, yesterday, Map.of("steps", List.of("HEAT", "ACUPUNCTURE"))).statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("steps[1]"));
        put(user, tomorrow, Map.of("steps", List.of("HEAT"))).statusCode(400)
                .body("type", equalTo("https://restwell.dev/problems/validation-failed")).body("errors[0].field", equalTo("night"));
        put(user, "2026-13-01", Map.of("steps", List.of("HEAT"))).statusCode(400).body("errors[0].field", equalTo("night"));
        put(user, yesterday, Map.of()).statusCode(400).body("errors[0].field", equalTo("steps"));
        given().auth().oauth2(token(user)).contentType("application/json").body("{\"steps\": [\"HEAT\", null]}")
                .put("/api/v1/me/routine-checks/" + yesterday).then().statusCode(400).body("errors[0].field", equalTo("steps[1]"));
        given().auth().oauth2(token(user)).contentType("application/json").body("{\"steps\": \"HEAT\"}")
                .put("/api/v1/me/routine-checks/" + yesterday).then().statusCode(400).body("errors[0].field", equalTo("steps"));
        given().auth().oauth2(token(user)).get("/api/v1/me/routine-checks/not-a-date").then().statusCode(400)
                .body("errors[0].field", equalTo("night"));
        given().auth().oauth2(token(user)).get("/api/v1/me/routine-checks/" + yesterday).then().statusCode(404);
    }

    @Test
    void theInsightsCompareTheNightsAfterEveningsWithAStepAgainstThoseWithout() throws Exception {
        String user = "user-" + UUID.randomUUID();
        LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(30);
        // 12 checked evenings: heat on every other one; the nights after heat fall asleep faster (15–17 min against 30–32)
        for (int i = 0; i < 12; i++) {
            LocalDate evening = first.plusDays(i);
            boolean heat = i % 2 == 0;
            int k = i / 2 % 3;
            put(user, evening.toString(), Map.of("steps", heat ? List.of("HEAT", "FOAM_ROLLER") : List.of("FOAM_ROLLER"))).statusCode(200);
            journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, UUID.randomUUID().toString(),
                    evening, heat ? "9" + k + ".0" : "8" + (6 + k) + ".0", heat ? 15 + k : 30 + k)));
        }
        given().auth().oauth2(token(user)).get("/api/v1/recommendations/insights").then().statusCode(200)
                .body("minimumNights", equalTo(5))
                .body("routineSteps.step", equalTo(List.of("HEAT", "FOAM_ROLLER", "MASSAGE_BALL", "HANDHELD_MASSAGER", "CALMING_SCENT")))
                .body("routineSteps[0].sleepLatency.status", equalTo("ESTIMATED"))
                .body("routineSteps[0].sleepLatency.nightsWith", equalTo(6))
                .body("routineSteps[0].sleepLatency.nightsWithout", equalTo(6))
                .body("routineSteps[0].sleepLatency.meanWith", equalTo(16.0f))
                .body("routineSteps[0].sleepLatency.meanWithout", equalTo(31.0f))
                .body("routineSteps[0].sleepLatency.change", equalTo(-15.0f))
                .body("routineSteps[0].sleepLatency.high", lessThan(0f))
                .body("routineSteps[0].sleepEfficiency.change", equalTo(4.0f))
                .body("routineSteps[0].sleepEfficiency.low", greaterThan(0f))
                // every checked evening had the foam roller: nothing to compare it with
                .body("routineSteps[1].sleepEfficiency.status", equalTo("NOT_ENOUGH_NIGHTS"))
                .body("routineSteps[1].sleepEfficiency.nightsWith", equalTo(12))
                .body("routineSteps[1].sleepEfficiency.nightsWithout", equalTo(0))
                .body("routineSteps[1].sleepEfficiency.change", nullValue())
                .body("routineSteps[1].sleepEfficiency.low", nullValue())
                .body("routineSteps[2].sleepLatency.status", equalTo("NOT_ENOUGH_NIGHTS"));
    }

    private static io.restassured.response.ValidatableResponse put(String user, String night, Map<String, Object> body) {
        return given().auth().oauth2(token(user)).contentType("application/json").body(body)
                .put("/api/v1/me/routine-checks/" + night).then();
    }

    private static String token(String user) {
        return DevTokens.issue(user, List.of("user"));
    }
}
