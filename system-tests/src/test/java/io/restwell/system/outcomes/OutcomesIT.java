package io.restwell.system.outcomes;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import groovy.json.JsonOutput;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;

/**
 * The person's side of the outcome through the gateway of the packaged platform, every answer checked against the
 * published document: nights logged in journal-service and routine checks become per-step insights (journal →
 * Kafka → recommendation); a session booked in booking-service is known to recommendation-service from its event,
 * and reporting on it follows the rules (not started: 409; cancelled by the clinic: 409; another person's: 404).
 * A clinic can mark a session COMPLETED only once it has started (at least an hour ahead here), so the report on an
 * attended session and its figures are proven in recommendation-service's SessionOutcomesTests and InsightsTests.
 */
@ExtendWith(SharedPlatform.class)
class OutcomesIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void eveningRoutineChecksAndLoggedNightsBecomePerStepFiguresWithTheirNightsCounted() throws Exception {
        String user = "outcome-it-" + UUID.randomUUID();
        LocalDate first = LocalDate.now(ZoneOffset.UTC).minusDays(20);
        // 12 evenings: heat on every other one; the nights after heat fall asleep faster (15–17 min against 30–32)
        for (int i = 0; i < 12; i++) {
            LocalDate evening = first.plusDays(i);
            boolean heat = i % 2 == 0;
            int latency = (heat ? 15 : 30) + i / 2 % 3;
            as(user).body("""
                    {"night":"%s","bedtime":"%sT23:00:00+01:00","wakeTime":"%sT07:00:00+01:00","sleepLatencyMinutes":%d,
                     "awakenings":1,"wakeAfterSleepOnsetMinutes":10,"quality":4}""".formatted(evening, evening, evening.plusDays(1), latency))
                    .post("/api/v1/journal/sleep-entries").then().statusCode(201);
            as(user).body(JsonOutput.toJson(Map.of("steps", heat ? List.of("HEAT", "CALMING_SCENT") : List.of("CALMING_SCENT"))))
                    .put("/api/v1/me/routine-checks/" + evening).then().statusCode(200);
        }
        as(user).get("/api/v1/me/routine-checks/" + first).then().statusCode(200).body("steps", equalTo(List.of("HEAT", "CALMING_SCENT")));

        JsonPath insights = awaitInsights(user, "routineSteps[0].sleepLatency.nightsWithout", 6);
        assertEquals("HEAT", insights.getString("routineSteps[0].step"));
        assertEquals("ESTIMATED", insights.getString("routineSteps[0].sleepLatency.status"));
        assertEquals(6, insights.getInt("routineSteps[0].sleepLatency.nightsWith"));
        assertEquals(-15.0f, insights.getFloat("routineSteps[0].sleepLatency.change"));
        assertTrue(insights.getFloat("routineSteps[0].sleepLatency.high") < 0, insights.prettify());
        assertEquals("CALMING_SCENT", insights.getString("routineSteps[4].step"));
        assertEquals("NOT_ENOUGH_NIGHTS", insights.getString("routineSteps[4].sleepEfficiency.status"), "every evening had it");
        assertEquals(12, insights.getInt("routineSteps[4].sleepEfficiency.nightsWith"));

        as(user).body("{\"steps\":[\"HEAT\",\"ACUPUNCTURE\"]}").put("/api/v1/me/routine-checks/" + first).then().statusCode(400)
                .body("errors[0].field", equalTo("steps[1]"));
        as(user).body("{\"steps\":[\"HEAT\"]}").put("/api/v1/me/routine-checks/" + LocalDate.now(ZoneOffset.UTC).plusDays(2))
                .then().statusCode(400).body("errors[0].field", equalTo("night"));
    }

    @Test
    void aBookedSessionCanBeReportedOnOnlyByItsPersonOnlyOnceItHasStartedAndNotWhenCancelled() throws Exception {
        String user = "outcome-it-" + UUID.randomUUID();
        Map<String, Object> booking = book(user);
        String path = "/api/v1/me/sessions/" + booking.get("id") + "/outcome";
        String report = "{\"attended\":true,\"relief\":7}";

        // recommendation-service learns of the booking from booking.events: until then the id is unknown to it (404)
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        int status = 404;
        while (status == 404 && System.nanoTime() < deadline) {
            Thread.sleep(200);
            status = as(user).body(report).put(path).then().extract().statusCode();
        }
        as(user).body(report).put(path).then().statusCode(409)
                .body("type", equalTo("https://restwell.dev/problems/conflict"))
                .body("detail", org.hamcrest.Matchers.containsString("not started"));
        as("outcome-it-" + UUID.randomUUID()).body(report).put(path).then().statusCode(404);
        as(user).body("{\"attended\":true,\"relief\":11}").put(path).then().statusCode(400).body("errors[0].field", equalTo("relief"));
        as(user).body("{\"attended\":\"yes\"}").put(path).then().statusCode(400).body("errors[0].field", equalTo("attended"));
        as(user).get(path).then().statusCode(404);

        String admin = DevTokens.issue("ops-" + UUID.randomUUID(), List.of("admin"));
        String key = given().baseUri(gateway()).auth().oauth2(admin).contentType("application/json").body("{\"label\":\"outcome it\"}")
                .post("/api/v1/admin/clinics/" + booking.get("clinicId") + "/api-keys").then().statusCode(201).extract().path("key");
        given().baseUri(gateway()).header("X-Api-Key", key).contentType("application/json").body("{\"reason\":\"therapist ill\"}")
                .post("/api/v1/partner/bookings/" + booking.get("id") + "/cancel").then().statusCode(200);
        deadline = System.nanoTime() + PATIENCE.toNanos();
        String detail = "";
        while (!detail.contains("cancelled") && System.nanoTime() < deadline) {
            Thread.sleep(200);
            detail = as(user).body(report).put(path).then().statusCode(409).extract().path("detail");
        }
        assertTrue(detail.contains("cancelled"), detail);
        as(user).get("/api/v1/recommendations/insights").then().statusCode(200)
                .body("sessionTypeEffects.size()", equalTo(0))
                .body("minimumNights", lessThan(100));
    }

    /** Waits until the insights' figure at {@code path} reaches {@code count} (the nights travel over Kafka). */
    private static JsonPath awaitInsights(String user, String path, int count) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        JsonPath insights;
        do {
            Thread.sleep(200);
            insights = as(user).get("/api/v1/recommendations/insights").then().statusCode(200).extract().jsonPath();
        } while (insights.getInt(path) < count && System.nanoTime() < deadline);
        assertEquals(count, insights.getInt(path), insights.prettify());
        return insights;
    }

    /** Books the first open Swedish massage of a day in the coming weeks that is free, as the person. */
    private static Map<String, Object> book(String user) {
        String from = LocalDate.now().plusDays(5 + (int) (Math.random() * 20)).toString();
        List<Map<String, Object>> open = given().baseUri(gateway()).queryParam("sessionType", "SWEDISH").queryParam("from", from)
                .queryParam("size", 50).get("/api/v1/availability").then().statusCode(200).extract().path("items");
        List<Map<String, Object>> shuffled = new ArrayList<>(open);
        Collections.shuffle(shuffled);
        for (Map<String, Object> slot : shuffled) {
            var answer = as(user).header("Idempotency-Key", "outcome-it-" + UUID.randomUUID())
                    .body(JsonOutput.toJson(Map.of("therapistId", slot.get("therapistId"), "sessionType", slot.get("sessionType"),
                            "start", slot.get("start"))))
                    .post("/api/v1/bookings").then().extract();
            if (answer.statusCode() == 201) {
                return answer.path("");
            }
            assertEquals(409, answer.statusCode(), answer.asString());
        }
        throw new AssertionError("no free slot from " + from);
    }

    private static String gateway() {
        return SharedPlatform.stack().gateway().toString();
    }

    private static RequestSpecification as(String user) {
        return given().baseUri(gateway()).auth().oauth2(SharedPlatform.token(user)).contentType("application/json");
    }
}
