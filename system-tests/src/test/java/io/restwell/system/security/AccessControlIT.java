package io.restwell.system.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;

/**
 * OWASP API1 (object level), API3 (property level) and API5 (function level) through the gateway of the
 * packaged platform: person B aims every verb at person A's things, callers send fields they may not set,
 * and each kind of caller tries the functions of the others.
 */
@ExtendWith(SharedPlatform.class)
class AccessControlIT {

    private static String personA;
    private static String tokenA;
    private static String tokenB;
    private static String sleepNotesOfA;
    private static String sleepId;
    private static String painId;
    private static String suggestionId;
    private static String bookingId;
    private static String clinicId;
    private static Map<String, Object> slot;

    /** A logs a poor night with a pain entry, gets a suggestion and accepts one of its slots. */
    @BeforeAll
    static void personAHasAJournalASuggestionAndABooking() throws Exception {
        personA = "access-a-" + UUID.randomUUID();
        tokenA = SharedPlatform.token(personA);
        tokenB = SharedPlatform.token("access-b-" + UUID.randomUUID());
        sleepNotesOfA = "sleep-notes-of-a-" + UUID.randomUUID();
        LocalDate night = LocalDate.now().minusDays(1);
        painId = created(call("POST", "/api/v1/journal/pain-entries", tokenA, painBody(night, "pain-notes-of-a")));
        sleepId = created(call("POST", "/api/v1/journal/sleep-entries", tokenA, sleepBody(night, sleepNotesOfA, "")));

        Map<String, Object> suggestion = SharedPlatform.awaitSuggestions(Set.of(personA), Set.of("FILLED"),
                Duration.ofSeconds(90)).get(personA).get(0);
        suggestionId = (String) suggestion.get("id");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> slots = (List<Map<String, Object>>) suggestion.get("slots");
        slot = slots.get(0);
        HttpResponse<String> accepted = call("POST", "/api/v1/recommendations/" + suggestionId + "/accept", tokenA,
                "{\"therapistId\":\"" + slot.get("therapistId") + "\",\"start\":\"" + slot.get("start") + "\"}");
        assertEquals(200, accepted.statusCode(), accepted.body());
        bookingId = JsonPath.from(accepted.body()).getString("bookingId");
        clinicId = JsonPath.from(call("GET", "/api/v1/bookings/" + bookingId, tokenA, null).body()).getString("clinicId");
    }

    @Test
    void everyVerbOnAnotherPersonsThingsIsNotFoundAndChangesNothing() throws Exception {
        LocalDate night = LocalDate.now().minusDays(1);
        List<String[]> attacks = List.of(
                new String[] {"GET", "/api/v1/journal/sleep-entries/" + sleepId, null},
                new String[] {"PUT", "/api/v1/journal/sleep-entries/" + sleepId, sleepBody(night, "overwritten by B", "")},
                new String[] {"DELETE", "/api/v1/journal/sleep-entries/" + sleepId, null},
                new String[] {"GET", "/api/v1/journal/pain-entries/" + painId, null},
                new String[] {"PUT", "/api/v1/journal/pain-entries/" + painId, painBody(night, "overwritten by B")},
                new String[] {"DELETE", "/api/v1/journal/pain-entries/" + painId, null},
                new String[] {"GET", "/api/v1/recommendations/" + suggestionId, null},
                new String[] {"POST", "/api/v1/recommendations/" + suggestionId + "/dismiss", "{\"reason\":\"B\"}"},
                new String[] {"POST", "/api/v1/recommendations/" + suggestionId + "/accept",
                        "{\"therapistId\":\"" + slot.get("therapistId") + "\",\"start\":\"" + slot.get("start") + "\"}"},
                new String[] {"GET", "/api/v1/bookings/" + bookingId, null},
                new String[] {"POST", "/api/v1/bookings/" + bookingId + "/cancel", "{\"reason\":\"B\"}"},
                new String[] {"POST", "/api/v1/bookings/" + bookingId + "/reschedule", "{\"start\":\"" + slot.get("start") + "\"}"});
        List<String> wrong = new ArrayList<>();
        for (String[] attack : attacks) {
            HttpResponse<String> answer = call(attack[0], attack[1], tokenB, attack[2]);
            boolean notFoundProblem = answer.statusCode() == 404
                    && answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")
                    && JsonPath.from(answer.body()).getString("type").endsWith("/not-found");
            if (!notFoundProblem || answer.body().contains(sleepNotesOfA)) {
                wrong.add(attack[0] + " " + attack[1] + " → " + answer.statusCode() + " " + answer.body());
            }
        }
        assertEquals(List.of(), wrong);

        JsonPath sleep = JsonPath.from(ok(call("GET", "/api/v1/journal/sleep-entries/" + sleepId, tokenA, null)));
        assertEquals(sleepNotesOfA, sleep.getString("notes"));
        assertEquals("pain-notes-of-a", JsonPath.from(ok(call("GET", "/api/v1/journal/pain-entries/" + painId, tokenA, null))).getString("notes"));
        assertEquals("ACCEPTED", JsonPath.from(ok(call("GET", "/api/v1/recommendations/" + suggestionId, tokenA, null))).getString("status"));
        JsonPath booking = JsonPath.from(ok(call("GET", "/api/v1/bookings/" + bookingId, tokenA, null)));
        assertNotEquals("CANCELLED", booking.getString("status"));
        assertEquals(slot.get("start").toString(), booking.getString("start"));

        for (String list : List.of("/api/v1/journal/sleep-entries", "/api/v1/journal/pain-entries",
                "/api/v1/recommendations", "/api/v1/bookings")) {
            String body = ok(call("GET", list, tokenB, null));
            for (String id : List.of(sleepId, painId, suggestionId, bookingId)) {
                assertFalse(body.contains(id), list + " shows B one of A's ids: " + body);
            }
        }
    }

    @Test
    void fieldsACallerMayNotSetAreNeverTaken() throws Exception {
        String c = "access-c-" + UUID.randomUUID();
        String tokenC = SharedPlatform.token(c);
        String chosenId = UUID.randomUUID().toString();
        LocalDate night = LocalDate.now().minusDays(3);
        String extra = ",\"id\":\"" + chosenId + "\",\"userId\":\"" + personA + "\",\"efficiency\":1.0,\"poorSleep\":false,"
                + "\"createdAt\":\"2000-01-01T00:00:00Z\",\"version\":42";
        HttpResponse<String> sleep = call("POST", "/api/v1/journal/sleep-entries", tokenC, sleepBody(night, "c's night", extra));
        assertEquals(201, sleep.statusCode(), sleep.body());
        JsonPath entry = JsonPath.from(sleep.body());
        assertNotEquals(chosenId, entry.getString("id"));
        assertTrue(entry.getBoolean("poorSleep"), "the verdict is derived, not taken: " + sleep.body());
        assertFalse(sleep.body().contains("2000-01-01"), sleep.body());
        assertEquals(404, call("GET", "/api/v1/journal/sleep-entries/" + entry.getString("id"), tokenA, null).statusCode(),
                "the entry is C's, whatever userId the body named");
        assertEquals(200, call("GET", "/api/v1/journal/sleep-entries/" + entry.getString("id"), tokenC, null).statusCode());

        LocalDate from = LocalDate.now().plusDays(20);
        JsonPath open = JsonPath.from(ok(call("GET", "/api/v1/availability?sessionType=SWEDISH&from=" + from + "&to="
                + from.plusDays(6) + "&size=1", tokenC, null)));
        Map<String, Object> free = open.getMap("items[0]");
        HttpResponse<String> booked = send(SharedPlatform.gateway("/api/v1/bookings").header("Authorization", "Bearer " + tokenC)
                .header("Content-Type", "application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .POST(HttpRequest.BodyPublishers.ofString("{\"therapistId\":\"" + free.get("therapistId")
                + "\",\"sessionType\":\"SWEDISH\",\"start\":\"" + free.get("start") + "\",\"status\":\"COMPLETED\",\"userId\":\""
                + personA + "\",\"clinicId\":\"" + UUID.randomUUID() + "\",\"price\":{\"amount\":\"0.00\",\"currency\":\"EUR\"}}")));
        assertEquals(201, booked.statusCode(), booked.body());
        JsonPath booking = JsonPath.from(booked.body());
        assertNotEquals("COMPLETED", booking.getString("status"));
        assertEquals(free.get("clinicId"), booking.getString("clinicId"));
        assertNotEquals("0.00", booking.getString("price.amount"));
        assertEquals(404, call("GET", "/api/v1/bookings/" + booking.getString("id"), tokenA, null).statusCode());
        ok(call("POST", "/api/v1/bookings/" + booking.getString("id") + "/cancel", tokenC, "{}"));
    }

    @Test
    void aClinicSeesItsOwnPseudonymOfThePersonNeverTheirUserId() throws Exception {
        String admin = DevTokens.issue("access-admin", List.of("admin"));
        JsonPath created = JsonPath.from(createdBody(call("POST", "/api/v1/admin/clinics/" + clinicId + "/api-keys", admin,
                "{\"label\":\"security suite\"}")));
        String key = created.getString("key");
        HttpResponse<String> booking = send(SharedPlatform.gateway("/api/v1/partner/bookings/" + bookingId).header("X-Api-Key", key).GET());
        assertEquals(200, booking.statusCode(), booking.body());
        assertFalse(booking.body().contains(personA), booking.body());
        assertFalse(booking.body().contains("\"userId\""), booking.body());
        assertTrue(JsonPath.from(booking.body()).getString("customerId").matches("cus_[0-9a-f]{24}"), booking.body());

        ok(call("DELETE", "/api/v1/admin/clinics/" + clinicId + "/api-keys/" + created.getString("id"), admin, null));
        assertEquals(401, send(SharedPlatform.gateway("/api/v1/partner/bookings").header("X-Api-Key", key).GET()).statusCode(),
                "a revoked key opens nothing");
    }

    @Test
    void eachKindOfCallerIsRefusedTheOthersFunctions() throws Exception {
        String admin = DevTokens.issue("access-admin", List.of("admin"));
        String key = JsonPath.from(createdBody(call("POST", "/api/v1/admin/clinics/" + clinicId + "/api-keys", admin,
                "{\"label\":\"security suite, roles\"}"))).getString("key");
        List<String> wrong = new ArrayList<>();
        expect(wrong, 403, call("POST", "/api/v1/clinics", tokenA, "{\"name\":\"Mine now\"}"), "a person creating a clinic");
        expect(wrong, 403, call("GET", "/api/v1/admin/clinics/" + clinicId + "/api-keys", tokenA, null), "a person listing keys");
        expect(wrong, 403, call("POST", "/api/v1/admin/clinics/" + clinicId + "/api-keys", tokenA, "{\"label\":\"x\"}"),
                "a person issuing a key");
        expect(wrong, 403, call("GET", "/api/v1/clinics/" + clinicId + "/bookings", tokenA, null), "a person reading a clinic's bookings");
        expect(wrong, 401, call("GET", "/api/v1/partner/bookings", tokenA, null), "a person's token on the partner API");
        expect(wrong, 401, send(SharedPlatform.gateway("/api/v1/bookings").header("X-Api-Key", key).GET()),
                "a partner key on a person's API");
        expect(wrong, 401, send(SharedPlatform.gateway("/api/v1/admin/clinics/" + clinicId + "/api-keys").header("X-Api-Key", key).GET()),
                "a partner key on the admin API");
        expect(wrong, 401, send(SharedPlatform.gateway("/api/v1/bookings").GET()), "no credentials on a person's API");
        expect(wrong, 401, send(SharedPlatform.gateway("/api/v1/partner/bookings").GET()), "no credentials on the partner API");
        assertEquals(List.of(), wrong);
    }

    private static void expect(List<String> wrong, int status, HttpResponse<String> answer, String what) {
        boolean problem = answer.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json");
        if (answer.statusCode() != status || !problem) {
            wrong.add(what + ": expected a " + status + " problem, got " + answer.statusCode() + " " + answer.body());
        }
    }

    private static HttpResponse<String> call(String method, String path, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = SharedPlatform.gateway(path).header("Authorization", "Bearer " + token);
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return send(request.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return SharedPlatform.send(request);
    }

    private static String ok(HttpResponse<String> answer) {
        assertTrue(answer.statusCode() == 200 || answer.statusCode() == 204, answer.statusCode() + " " + answer.body());
        return answer.body();
    }

    private static String created(HttpResponse<String> answer) {
        return JsonPath.from(createdBody(answer)).getString("id");
    }

    private static String createdBody(HttpResponse<String> answer) {
        assertEquals(201, answer.statusCode(), answer.body());
        return answer.body();
    }

    /** A poor night: long latency, many awakenings, quality 1. */
    private static String sleepBody(LocalDate night, String notes, String extraFields) {
        return """
                {"night":"%s","bedtime":"%sT23:00:00+01:00","wakeTime":"%sT07:00:00+01:00","sleepLatencyMinutes":70,
                 "awakenings":4,"wakeAfterSleepOnsetMinutes":60,"quality":1,"notes":"%s"%s}"""
                .formatted(night, night, night.plusDays(1), notes, extraFields);
    }

    private static String painBody(LocalDate night, String notes) {
        return """
                {"recordedAt":"%sT20:00:00+01:00","intensity":7,"location":"LOWER_BACK","character":"ACHING",
                 "chronic":true,"stressRelated":false,"disturbedSleep":true,"notes":"%s"}""".formatted(night, notes);
    }
}
