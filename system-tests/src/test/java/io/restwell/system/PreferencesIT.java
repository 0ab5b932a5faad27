package io.restwell.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;

/** A person's preferences through the gateway of the packaged platform (recommendation-service owns them). */
@ExtendWith(SharedPlatform.class)
class PreferencesIT {

    private static final String PATH = "/api/v1/me/preferences";

    private static HttpResponse<String> put(String user, String ifMatch, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = SharedPlatform.gateway(PATH).header("Authorization", "Bearer " + SharedPlatform.token(user))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return SharedPlatform.send(request);
    }

    private static HttpResponse<String> get(String user) throws IOException, InterruptedException {
        return SharedPlatform.send(SharedPlatform.gateway(PATH).header("Authorization", "Bearer " + SharedPlatform.token(user)).GET());
    }

    @Test
    void aPersonSavesTheirPreferencesAndASecondDeviceCannotOverwriteThemBlindly() throws Exception {
        String user = "prefs-" + UUID.randomUUID();
        HttpResponse<String> defaults = get(user);
        assertEquals(200, defaults.statusCode(), defaults.body());
        assertEquals("\"0\"", defaults.headers().firstValue("ETag").orElse(""));
        assertEquals(15, JsonPath.from(defaults.body()).getInt("radiusKm"));

        HttpResponse<String> saved = put(user, "\"0\"", """
                {"home": {"latitude": 52.52, "longitude": 13.405}, "radiusKm": 10, "timeZone": "Europe/Berlin",
                 "suitableTimes": [{"days": ["MONDAY", "WEDNESDAY"], "from": "18:00", "to": "21:00"}]}""");
        assertEquals(200, saved.statusCode(), saved.body());
        assertEquals("\"1\"", saved.headers().firstValue("ETag").orElse(""));

        HttpResponse<String> stale = put(user, "\"0\"", "{\"radiusKm\": 40}");
        assertEquals(412, stale.statusCode(), stale.body());
        assertEquals("application/problem+json", stale.headers().firstValue("Content-Type").orElse(""));

        JsonPath read = JsonPath.from(get(user).body());
        assertEquals(10, read.getInt("radiusKm"));
        assertEquals("Europe/Berlin", read.getString("timeZone"));
        assertEquals(List.of("MONDAY", "WEDNESDAY"), read.getList("suitableTimes[0].days"));

        // Another person sees their own defaults, never these.
        assertEquals(15, JsonPath.from(get("prefs-other-" + UUID.randomUUID()).body()).getInt("radiusKm"));
    }

    @Test
    void badPreferencesAreRefusedNamingTheFields() throws Exception {
        HttpResponse<String> refused = put("prefs-" + UUID.randomUUID(), null,
                "{\"home\": {\"latitude\": -95, \"longitude\": 200}, \"timeZone\": \"Berlin\"}");
        assertEquals(400, refused.statusCode(), refused.body());
        assertEquals(List.of("home.latitude", "home.longitude", "timeZone"),
                JsonPath.from(refused.body()).getList("errors.field"));
    }

    @Test
    void withoutATimeZoneTheirLoggedNightsTellIt() throws Exception {
        String user = "prefs-" + UUID.randomUUID();
        // The night is logged at +01:00; journal.events carries it to recommendation-service.
        assertEquals(201, SharedPlatform.postPoorNight(SharedPlatform.stack().gateway(), user, LocalDate.now().minusDays(1)).statusCode());
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        JsonPath read;
        do {
            read = JsonPath.from(get(user).body());
            if ("JOURNAL".equals(read.getString("timeZoneSource"))) {
                break;
            }
            Thread.sleep(200);
        } while (System.nanoTime() < deadline);
        assertEquals("JOURNAL", read.getString("timeZoneSource"));
        assertEquals("+01:00", read.getString("timeZone"));
        assertTrue(read.getList("suitableTimes").size() == 1);
    }
}
