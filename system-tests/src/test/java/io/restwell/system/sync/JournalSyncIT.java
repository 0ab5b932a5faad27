package io.restwell.system.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import io.restwell.system.SharedPlatform;

/**
 * Two devices of one person sync one journal through the gateway (docs/journal-sync.md): the phone's
 * retried write is a replay, the watch uploads the same night in a batch, the laptop catches up from its
 * token and sees an edit and a delete; recommendation-service sees one night, not two.
 */
@ExtendWith(SharedPlatform.class)
class JournalSyncIT {

    private static final String ENTRIES = "/api/v1/journal/sleep-entries";

    @Test
    void twoDevicesSyncOneJournalAndRecommendationSeesOneNight() throws Exception {
        String user = "sync-" + UUID.randomUUID();
        LocalDate night = LocalDate.now().minusDays(1);
        LocalDate before = night.minusDays(1);

        // The laptop starts with a full sync of an empty journal and keeps its token.
        JsonPath empty = ok(call(user, "GET", "/api/v1/journal/changes", null));
        assertEquals(List.of(), empty.getList("changes"));
        String laptopToken = empty.getString("nextToken");

        // The phone logs a poor night; the answer is lost, so it sends it again: a replay, not a second night.
        String poor = poorNight(night, "phone-" + night, 1);
        HttpResponse<String> first = call(user, "POST", ENTRIES, poor);
        assertEquals(201, first.statusCode(), first.body());
        String id = JsonPath.from(first.body()).getString("id");
        HttpResponse<String> retry = call(user, "POST", ENTRIES, poor);
        assertEquals(200, retry.statusCode(), retry.body());
        assertEquals("true", retry.headers().firstValue("Idempotent-Replayed").orElse(null));
        assertEquals(id, JsonPath.from(retry.body()).getString("id"));

        // The phone's queue arrives once more in a batch, with an earlier night: one replay, one new entry.
        JsonPath batch = ok(call(user, "POST", ENTRIES + "/batch",
                "{\"entries\":[" + poor + "," + goodNight(before, "phone-" + before, 0) + "]}"));
        assertEquals(List.of("REPLAYED", "CREATED"), batch.getList("results.status"));
        String earlier = batch.getString("results[1].entry.id");

        // The earlier (good) night is edited with its ETag, then deleted; a stale edit is refused.
        HttpResponse<String> read = call(user, "GET", ENTRIES + "/" + earlier, null);
        String etag = read.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> edited = send(user, "PUT", ENTRIES + "/" + earlier, goodNight(before, "phone-" + before, 1), etag);
        assertEquals(200, edited.statusCode(), edited.body());
        assertEquals(412, send(user, "PUT", ENTRIES + "/" + earlier, goodNight(before, "phone-" + before, 2), etag).statusCode());
        assertEquals(204, send(user, "DELETE", ENTRIES + "/" + earlier, null,
                edited.headers().firstValue("ETag").orElseThrow()).statusCode());

        // The laptop catches up: the night as it is, and the earlier one's deletion.
        JsonPath changes = ok(call(user, "GET", "/api/v1/journal/changes?since=" + laptopToken, null));
        assertEquals(List.of(id, earlier), changes.getList("changes.id"));
        assertEquals(List.of(false, true), changes.getList("changes.deleted"));
        assertEquals(false, changes.getBoolean("hasMore"));
        assertEquals(List.of(), ok(call(user, "GET", "/api/v1/journal/changes?since=" + changes.getString("nextToken"), null))
                .getList("changes"));

        // recommendation-service saw one night: one suggestion, triggered by the one entry.
        Map<String, Object> suggestion = SharedPlatform.awaitSuggestions(Set.of(user), Set.of("FILLED", "NONE"),
                Duration.ofSeconds(60)).get(user).get(0);
        assertEquals(id, suggestion.get("triggeringEntryId"));
        assertEquals(1, SharedPlatform.suggestions(user).size());
        // journal.events: the night recorded once; the earlier night recorded, updated, deleted; nothing for replays.
        List<String> types = SharedPlatform.eventsOf("journal.events", Set.of(user)).stream()
                .filter(event -> event.subject().equals(id)).map(SharedPlatform.Event::type).toList();
        assertEquals(List.of("restwell.journal.sleep-entry.recorded.v1"), types);
        assertEquals(List.of("restwell.journal.sleep-entry.recorded.v1", "restwell.journal.sleep-entry.updated.v1",
                "restwell.journal.sleep-entry.deleted.v1"), SharedPlatform.eventsOf("journal.events", Set.of(user)).stream()
                .filter(event -> event.subject().equals(earlier)).map(SharedPlatform.Event::type).toList());
    }

    private static String poorNight(LocalDate night, String clientRecordId, long version) {
        return """
                {"night":"%s","bedtime":"%sT23:00:00+01:00","wakeTime":"%sT07:00:00+01:00","sleepLatencyMinutes":70,
                 "awakenings":4,"wakeAfterSleepOnsetMinutes":60,"quality":1,"clientRecordId":"%s","clientRecordVersion":%d}"""
                .formatted(night, night, night.plusDays(1), clientRecordId, version);
    }

    /** A good night: no suggestion of its own, so the poor one stays the only trigger. */
    private static String goodNight(LocalDate night, String clientRecordId, long version) {
        return poorNight(night, clientRecordId, version).replace("\"sleepLatencyMinutes\":70", "\"sleepLatencyMinutes\":10")
                .replace("\"wakeAfterSleepOnsetMinutes\":60", "\"wakeAfterSleepOnsetMinutes\":10").replace("\"quality\":1", "\"quality\":4");
    }

    private static HttpResponse<String> call(String user, String method, String path, String body) throws Exception {
        return send(user, method, path, body, null);
    }

    private static HttpResponse<String> send(String user, String method, String path, String body, String ifMatch) throws Exception {
        HttpRequest.Builder request = SharedPlatform.gateway(path).header("Authorization", "Bearer " + SharedPlatform.token(user))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return SharedPlatform.send(request);
    }

    private static JsonPath ok(HttpResponse<String> answer) {
        assertEquals(200, answer.statusCode(), answer.body());
        return JsonPath.from(answer.body());
    }
}
