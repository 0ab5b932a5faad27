package io.restwell.images;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;

import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.specification.RequestSpecification;
import io.restwell.local.DevTokens;

/** The product's core loop through a gateway: a poor night, a suggestion with real open slots, accepting one. */
final class CoreJourney {

    private CoreJourney() {
    }

    static void run(URI gateway) throws InterruptedException {
        String token = DevTokens.issue("images-" + UUID.randomUUID(), List.of("user"));
        LocalDate night = LocalDate.now().minusDays(1);
        as(gateway, token).contentType("application/json").body("""
                {"recordedAt":"%sT20:00:00+01:00","intensity":7,"location":"LOWER_BACK","character":"ACHING",
                 "chronic":true,"stressRelated":false,"disturbedSleep":true}""".formatted(night))
                .post("/api/v1/journal/pain-entries").then().statusCode(201);
        String entry = as(gateway, token).contentType("application/json").body("""
                {"night":"%s","bedtime":"%sT23:00:00+01:00","wakeTime":"%sT07:00:00+01:00","sleepLatencyMinutes":50,
                 "awakenings":3,"wakeAfterSleepOnsetMinutes":45,"quality":2}""".formatted(night, night, night.plusDays(1)))
                .post("/api/v1/journal/sleep-entries").then().statusCode(201).body("poorSleep", equalTo(true))
                .extract().path("id");

        // The event travels journal -> Kafka -> recommendation, which asks booking for slots.
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        String slotsStatus = null;
        while (System.nanoTime() < deadline && !"FILLED".equals(slotsStatus)) {
            Thread.sleep(250);
            slotsStatus = as(gateway, token).get("/api/v1/recommendations").then().statusCode(200)
                    .extract().path("items[0].slotsStatus");
        }
        Map<String, Object> suggestion = as(gateway, token).get("/api/v1/recommendations").then().statusCode(200)
                .body("items[0].triggeringEntryId", equalTo(entry))
                .body("items[0].slotsStatus", equalTo("FILLED"))
                .body("items[0].slots.size()", greaterThan(0))
                .extract().path("items[0]");
        @SuppressWarnings("unchecked")
        Map<String, Object> slot = ((List<Map<String, Object>>) suggestion.get("slots")).get(0);
        String choice = "{\"therapistId\":\"" + slot.get("therapistId") + "\",\"start\":\"" + slot.get("start") + "\"}";
        // Accepting is idempotent; a 503 (booking slower than recommendation's 2.5 s read timeout, as on a
        // loaded 2-core machine with cold JVMs) is retried as a client would, a few times.
        io.restassured.response.Response accepted = null;
        for (int attempt = 1; attempt <= 5; attempt++) {
            accepted = as(gateway, token).contentType("application/json").body(choice)
                    .post("/api/v1/recommendations/" + suggestion.get("id") + "/accept");
            if (accepted.statusCode() != 503) {
                break;
            }
            Thread.sleep(2000);
        }
        String bookingId = accepted.then().statusCode(200).body("status", equalTo("ACCEPTED")).extract().path("bookingId");
        as(gateway, token).get("/api/v1/bookings/" + bookingId).then().statusCode(200)
                .body("therapistId", equalTo(slot.get("therapistId")));
    }

    private static RequestSpecification as(URI gateway, String token) {
        return given().baseUri(gateway.toString()).auth().oauth2(token);
    }
}
