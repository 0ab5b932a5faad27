package io.restwell.system.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import io.restwell.system.SharedPlatform;

/**
 * A night a wearable measured, through the gateway (docs/journal-sync.md, "Wearable import"): an imported
 * poor night gets a suggestion like a typed-in one; the phone re-sends it and a second app (Health Connect)
 * uploads the same night: still one entry, one event, one suggestion.
 */
@ExtendWith(SharedPlatform.class)
class WearableImportIT {

    private static final String IMPORT = "/api/v1/journal/sleep-entries/import";
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    /** A Fitbit stages night: level and seconds, from 23:04:30. 48 min awake after falling asleep: a poor night. */
    private static final Object[] STAGES = {"wake", 540, "light", 1290, "deep", 2520, "light", 1800, "rem", 1260, "wake", 600,
            "light", 3600, "deep", 1800, "light", 2400, "rem", 1800, "wake", 1500, "light", 3900, "rem", 2100, "light", 1800,
            "wake", 810};

    @Test
    void anImportedPoorNightIsSuggestedForOnceHoweverManySourcesSendIt() throws Exception {
        String user = "wear-" + UUID.randomUUID();
        // Three nights ago: over in every time zone.
        LocalDate night = LocalDate.now(BERLIN).minusDays(3);
        String fitbit = fitbitNight(night, 46132398710L);

        JsonPath created = ok(post(user, IMPORT + "/fitbit?timeZone=Europe/Berlin", fitbit));
        assertEquals("CREATED", created.getString("results[0].status"));
        String id = created.getString("results[0].entry.id");
        assertEquals(true, created.getBoolean("results[0].entry.poorSleep"));
        assertEquals("FITBIT", created.getString("results[0].entry.source.platform"));
        assertEquals(405, created.getInt("results[0].entry.totalSleepMinutes"));

        // The phone re-sends it: a replay. The watch's Health Connect app uploads the same night: the first stays.
        JsonPath again = ok(post(user, IMPORT + "/fitbit?timeZone=Europe/Berlin", fitbit));
        assertEquals("REPLAYED", again.getString("results[0].status"));
        assertEquals(id, again.getString("results[0].entry.id"));
        JsonPath other = ok(post(user, IMPORT + "/health-connect", healthConnectNight(night)));
        assertEquals("CONFLICT", other.getString("results[0].status"));
        assertEquals(id, other.getString("results[0].existingEntryId"));
        assertEquals(1, ok(get(user, "/api/v1/journal/sleep-entries")).getInt("total"));
        JsonPath summary = ok(get(user, "/api/v1/journal/summary?from=" + night + "&to=" + night));
        assertEquals(1, summary.getInt("nightsLogged"));
        assertEquals(1, summary.getInt("poorNights"));

        // recommendation-service treats it like a typed-in night: one suggestion, triggered by the one entry.
        Map<String, Object> suggestion = SharedPlatform.awaitSuggestions(Set.of(user), Set.of("FILLED", "NONE"),
                Duration.ofSeconds(60)).get(user).get(0);
        assertEquals(id, suggestion.get("triggeringEntryId"));
        assertEquals(1, SharedPlatform.suggestions(user).size());
        assertEquals(List.of("restwell.journal.sleep-entry.recorded.v1"), SharedPlatform.eventsOf("journal.events", Set.of(user))
                .stream().map(SharedPlatform.Event::type).toList());
    }

    /** Fitbit's local times always carry seconds (LocalDateTime.toString leaves out :00). */
    private static final java.time.format.DateTimeFormatter FITBIT_TIME = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private static String fitbitNight(LocalDate night, long logId) {
        LocalDateTime at = night.atTime(23, 4, 30);
        LocalDateTime start = at;
        List<String> data = new ArrayList<>();
        for (int i = 0; i < STAGES.length; i += 2) {
            data.add("{\"dateTime\":\"%s.000\",\"level\":\"%s\",\"seconds\":%d}".formatted(FITBIT_TIME.format(at), STAGES[i], STAGES[i + 1]));
            at = at.plusSeconds((Integer) STAGES[i + 1]);
        }
        return """
                {"sleep":[{"logId":%d,"dateOfSleep":"%s","isMainSleep":true,"type":"stages","logType":"auto_detected",
                 "startTime":"%s.000","endTime":"%s.000","timeInBed":462,"minutesAsleep":405,
                 "levels":{"data":[%s]}}],"summary":{"totalMinutesAsleep":405,"totalSleepRecords":1,"totalTimeInBed":462}}"""
                .formatted(logId, night.plusDays(1), FITBIT_TIME.format(start), FITBIT_TIME.format(at), String.join(",", data));
    }

    /** The same night as Health Connect holds it (another app, its own record): 23:10 to 06:40, Berlin time. */
    private static String healthConnectNight(LocalDate night) {
        ZonedDateTime start = night.atTime(23, 10).atZone(BERLIN);
        String offset = start.getOffset().getId();
        String[] bounds = {start.toInstant().toString(), start.plusMinutes(15).toInstant().toString(),
                start.plusMinutes(440).toInstant().toString(), start.plusMinutes(450).toInstant().toString()};
        return """
                {"records":[{"startTime":"%s","startZoneOffset":"%s","endTime":"%s","endZoneOffset":"%s",
                 "stages":[{"startTime":"%s","endTime":"%s","stage":1},{"startTime":"%s","endTime":"%s","stage":2},
                           {"startTime":"%s","endTime":"%s","stage":1}],
                 "metadata":{"id":"%s","dataOrigin":{"packageName":"com.sec.android.app.shealth"},
                             "lastModifiedTime":"%s","device":{"manufacturer":"Samsung","model":"Galaxy Watch6","type":1}}}]}"""
                .formatted(bounds[0], offset, bounds[3], offset, bounds[0], bounds[1], bounds[1], bounds[2], bounds[2], bounds[3],
                        UUID.randomUUID(), bounds[3]);
    }

    private static HttpResponse<String> post(String user, String path, String body) throws Exception {
        return SharedPlatform.send(SharedPlatform.gateway(path).header("Authorization", "Bearer " + SharedPlatform.token(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    private static HttpResponse<String> get(String user, String path) throws Exception {
        return SharedPlatform.send(SharedPlatform.gateway(path).header("Authorization", "Bearer " + SharedPlatform.token(user)).GET());
    }

    private static JsonPath ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return JsonPath.from(answer.body());
    }
}
