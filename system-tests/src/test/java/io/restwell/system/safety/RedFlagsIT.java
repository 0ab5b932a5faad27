package io.restwell.system.safety;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import io.restwell.system.SharedPlatform;

/**
 * The red-flag screen through the gateway of the packaged platform: a pain entry answering yes goes from
 * journal-service over Kafka to recommendation-service and becomes advice to seek care, with no massage and
 * no slots, without any poor night.
 */
@ExtendWith(SharedPlatform.class)
class RedFlagsIT {

    @Test
    void aPainEntryWithBladderOrBowelProblemsBecomesAdviceToGoToAnEmergencyDepartmentNow() throws Exception {
        String person = "red-flag-now-" + UUID.randomUUID();
        HttpResponse<String> logged = postPain(person, "[\"NEW_BLADDER_OR_BOWEL_PROBLEMS\"]");
        assertEquals(201, logged.statusCode(), logged.body());
        assertEquals(List.of("NEW_BLADDER_OR_BOWEL_PROBLEMS"), JsonPath.from(logged.body()).getList("redFlags"));
        Map<String, Object> advice = adviceFor(person);
        assertEquals("red-flag-now", advice.get("rule"));
        assertEquals(JsonPath.from(logged.body()).getString("id"), advice.get("triggeringEntryId"));
        assertTrue(((String) advice.get("explanation")).contains("new problems controlling your bladder or bowel"), advice.toString());
        assertTrue(((String) advice.get("explanation")).contains("Go to an emergency department now"), advice.toString());
    }

    @Test
    void aPainEntryWithAFeverBecomesAdviceToSeeTheDoctorToday() throws Exception {
        String person = "red-flag-today-" + UUID.randomUUID();
        HttpResponse<String> logged = postPain(person, "[\"FEVER_OR_UNWELL\"]");
        assertEquals(201, logged.statusCode(), logged.body());
        Map<String, Object> advice = adviceFor(person);
        assertEquals("red-flag-today", advice.get("rule"));
        assertTrue(((String) advice.get("explanation")).contains("See your doctor today"), advice.toString());
    }

    @Test
    void anUnknownFlagIsA400NamingTheFieldAndStoresNothing() throws Exception {
        String person = "red-flag-unknown-" + UUID.randomUUID();
        HttpResponse<String> refused = postPain(person, "[\"HEADACHE\"]");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals("application/problem+json", refused.headers().firstValue("Content-Type").orElse(""));
        assertEquals(List.of("redFlags[0]"), JsonPath.from(refused.body()).getList("errors.field"));
        HttpResponse<String> listed = SharedPlatform.send(SharedPlatform.gateway("/api/v1/journal/pain-entries")
                .header("Authorization", "Bearer " + SharedPlatform.token(person)).GET());
        assertEquals(0, JsonPath.from(listed.body()).getInt("total"), listed.body());
    }

    /** The person's one suggestion once it is there: advice to seek care, never a session or a slot. */
    private static Map<String, Object> adviceFor(String person) throws IOException, InterruptedException {
        List<Map<String, Object>> suggestions = SharedPlatform.awaitSuggestions(Set.of(person), Set.of("NONE"), Duration.ofSeconds(60))
                .get(person);
        assertEquals(1, suggestions.size(), suggestions.toString());
        Map<String, Object> advice = suggestions.get(0);
        assertEquals(true, advice.get("seeClinician"));
        assertNull(advice.get("sessionType"));
        assertEquals(List.of(), advice.get("slots"));
        assertEquals(List.of(), advice.get("nearestOptions"));
        assertTrue(((String) advice.get("explanation")).contains("No massage until a doctor"), advice.toString());
        return advice;
    }

    private static HttpResponse<String> postPain(String person, String redFlags) throws IOException, InterruptedException {
        String body = """
                {"recordedAt":"%s","intensity":6,"location":"LOWER_BACK","character":"ACHING","chronic":false,
                 "stressRelated":false,"disturbedSleep":true,"redFlags":%s}"""
                .formatted(OffsetDateTime.now(ZoneOffset.ofHours(1)).minusHours(1).truncatedTo(ChronoUnit.SECONDS), redFlags);
        return SharedPlatform.send(SharedPlatform.gateway("/api/v1/journal/pain-entries")
                .header("Authorization", "Bearer " + SharedPlatform.token(person))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }
}
