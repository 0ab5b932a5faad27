package io.restwell.system.partners;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;
import io.restwell.system.notifications.NotificationStreamIT;

/**
 * The consented therapist brief on the packaged platform, all through the gateway: a person logs nights and pain
 * (journal-service → Kafka → recommendation-service), books, shares the brief for that booking; the clinic reads it with
 * its own API key as JSON and as FHIR (the key checked by booking-service); the person sees both reads; after revoking,
 * the clinic gets 404; a revoked key gets 401 at once. Every answer is checked against the published document.
 */
@ExtendWith(SharedPlatform.class)
class TherapistBriefIT {

    @Test
    void aPersonSharesTheClinicReadsItAsJsonAndFhirThePersonSeesTheReadsAndRevokes() throws Exception {
        String user = "brief-it-" + UUID.randomUUID();
        URI gateway = SharedPlatform.stack().gateway();
        LocalDate today = LocalDate.now(ZoneOffset.ofHours(1));
        for (int daysBack = 1; daysBack <= 3; daysBack++) {
            assertEquals(201, SharedPlatform.postPoorNight(gateway, user, today.minusDays(daysBack)).statusCode());
        }
        String pain = """
                {"recordedAt":"%s","intensity":6,"location":"LOWER_BACK","character":"ACHING","chronic":true,
                 "stressRelated":false,"disturbedSleep":true,"notes":"private note","redFlags":[]}"""
                .formatted(OffsetDateTime.now(ZoneOffset.ofHours(1)).minusHours(2).truncatedTo(ChronoUnit.SECONDS));
        HttpResponse<String> logged = SharedPlatform.send(SharedPlatform.gateway("/api/v1/journal/pain-entries")
                .header("Authorization", "Bearer " + SharedPlatform.token(user)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(pain)));
        assertEquals(201, logged.statusCode(), logged.body());

        Map<String, Object> booked = NotificationStreamIT.book(user);
        String booking = (String) booked.get("id");
        String clinic = (String) booked.get("clinicId");
        String brief = "/api/v1/me/bookings/" + booking + "/brief";
        JsonPath preview = awaitBrief(user, brief);
        assertEquals("NOT_SHARED", preview.getString("status"));

        String key = NotificationStreamIT.partnerKey(clinic);
        given().baseUri(NotificationStreamIT.gateway()).header("X-Api-Key", key).get("/api/v1/partner/briefs/" + booking)
                .then().statusCode(404);
        NotificationStreamIT.as(user).put(brief).then().statusCode(200).body("status", equalTo("SHARED"))
                .body("clinicId", equalTo(clinic));

        String json = given().baseUri(NotificationStreamIT.gateway()).header("X-Api-Key", key)
                .get("/api/v1/partner/briefs/" + booking).then().statusCode(200).extract().asString();
        JsonPath read = JsonPath.from(json);
        assertEquals(3, read.getList("nights").size(), json);
        assertEquals(70, read.getInt("nights[2].sleepLatencyMinutes"));
        assertEquals(List.of("LOWER_BACK"), read.getList("painMap.location"));
        assertFalse(json.contains(user) || json.contains("private note") || json.contains("fault suite"),
                "the user id or a journal note reached the clinic: " + json);
        String fhir = given().baseUri(NotificationStreamIT.gateway()).header("X-Api-Key", key).accept("application/fhir+json")
                .get("/api/v1/partner/fhir/QuestionnaireResponse/" + booking).then().statusCode(200)
                .contentType("application/fhir+json").extract().asString();
        assertEquals("QuestionnaireResponse", JsonPath.from(fhir).getString("resourceType"));
        assertEquals("Appointment/" + booking, JsonPath.from(fhir).getString("subject.reference"));
        // another clinic's key: the same 404 as an unshared brief
        String stranger = NotificationStreamIT.partnerKey(otherClinic(clinic));
        given().baseUri(NotificationStreamIT.gateway()).header("X-Api-Key", stranger).get("/api/v1/partner/briefs/" + booking)
                .then().statusCode(404);

        NotificationStreamIT.as(user).get(brief + "/reads").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.format", equalTo(List.of("FHIR", "JSON")))
                .body("items[0].clinicId", equalTo(clinic))
                .body("items[0].keyPrefix", equalTo(key.substring(0, 16)));

        NotificationStreamIT.as(user).delete(brief).then().statusCode(204);
        given().baseUri(NotificationStreamIT.gateway()).header("X-Api-Key", key).get("/api/v1/partner/briefs/" + booking)
                .then().statusCode(404);
        given().baseUri(NotificationStreamIT.gateway()).header("X-Api-Key", key)
                .get("/api/v1/partner/fhir/QuestionnaireResponse/" + booking).then().statusCode(404);

        // shared again, then the key is revoked: refused at once
        NotificationStreamIT.as(user).put(brief).then().statusCode(200);
        String admin = DevTokens.issue("ops-" + UUID.randomUUID(), List.of("admin"));
        String keyId = given().baseUri(NotificationStreamIT.gateway()).auth().oauth2(admin)
                .get("/api/v1/admin/clinics/" + clinic + "/api-keys").then().statusCode(200)
                .extract().path("find { it.prefix == '" + key.substring(0, 16) + "' }.id");
        given().baseUri(NotificationStreamIT.gateway()).auth().oauth2(admin)
                .delete("/api/v1/admin/clinics/" + clinic + "/api-keys/" + keyId).then().statusCode(200);
        given().baseUri(NotificationStreamIT.gateway()).header("X-Api-Key", key).get("/api/v1/partner/briefs/" + booking)
                .then().statusCode(401);
    }

    /** The brief once the journal's events have reached recommendation-service (3 nights and the pain rating). */
    private static JsonPath awaitBrief(String user, String path) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonPath last = null;
        while (System.nanoTime() < deadline) {
            last = JsonPath.from(NotificationStreamIT.as(user).get(path).then().statusCode(200).extract().asString());
            if (last.getList("brief.nights").size() == 3 && last.getList("brief.pain").size() == 1) {
                return last;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the brief did not show the journal within 60 s: " + (last == null ? "" : last.prettify()));
    }

    /** Another clinic of the platform than this one. */
    private static String otherClinic(String clinic) {
        List<String> clinics = given().baseUri(NotificationStreamIT.gateway()).queryParam("size", 100).get("/api/v1/clinics")
                .then().statusCode(200).extract().path("items.id");
        String other = clinics.stream().filter(id -> !id.equals(clinic)).findFirst().orElse(null);
        assertTrue(other != null, "the platform has one clinic only: " + clinics);
        return other;
    }
}
