package io.restwell.journal.rest;

import static io.restwell.journal.JournalApi.as;
import static io.restwell.journal.JournalApi.createNight;
import static io.restwell.journal.JournalApi.createPain;
import static io.restwell.journal.JournalApi.newUser;
import static io.restwell.journal.JournalApi.night;
import static io.restwell.journal.JournalApi.pain;
import static io.restwell.journal.JournalApi.synced;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.journal.domain.SyncToken;
import io.restwell.local.testing.RestwellInfrastructure;

/** A second device catches up from a token: changes in order, deletions as tombstones, old tokens refused. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class JournalChangesTests {

    private static final String CHANGES = "/api/v1/journal/changes";
    private static final String ENTRIES = "/api/v1/journal/sleep-entries";
    private static final String PAINS = "/api/v1/journal/pain-entries";

    @Test
    void aSecondDeviceSeesCreatesChangesAndDeletesInOrderSinceItsToken() {
        String user = newUser();
        String first = createNight(user, "2026-11-01", 10, 10, 4);
        String second = createNight(user, "2026-11-02", 10, 10, 4);
        createNight(newUser(), "2026-11-01", 10, 10, 4); // someone else's: never in this feed

        String token = as(user).get(CHANGES).then().statusCode(200)
                .body("changes.id", contains(first, second))
                .body("changes.deleted", contains(false, false))
                .body("changes[0].entry.night", equalTo("2026-11-01"))
                .body("hasMore", equalTo(false))
                .extract().path("nextToken");
        as(user).queryParam("since", token).get(CHANGES).then().statusCode(200)
                .body("changes", empty()).body("hasMore", equalTo(false));

        as(user).body(night("2026-11-01", 60, 10, 2)).put(ENTRIES + "/" + first).then().statusCode(200);
        as(user).delete(ENTRIES + "/" + second).then().statusCode(204);
        String third = as(user).body(synced("2026-11-03", 10, 4, "watch-3", 0)).post(ENTRIES).then().statusCode(201)
                .extract().path("id");

        as(user).queryParam("since", token).get(CHANGES).then().statusCode(200)
                .body("changes.id", contains(first, second, third))
                .body("changes.deleted", contains(false, true, false))
                .body("changes[0].entry.sleepLatencyMinutes", equalTo(60))
                .body("changes[1].entry", nullValue())
                .body("changes[2].clientRecordId", equalTo("watch-3"));
    }

    @Test
    void painEntriesAreInTheFeedInTheOrderTheyWereWrittenWithSleepEntries() {
        String user = newUser();
        String night = createNight(user, "2026-11-05", 10, 10, 4);
        String pain = createPain(user, "2026-11-05T20:00:00+01:00", 6, "LOWER_BACK", "ACHING");
        String token = as(user).get(CHANGES).then().statusCode(200)
                .body("changes.id", contains(night, pain))
                .body("changes.type", contains("SLEEP", "PAIN"))
                .body("changes[0].painEntry", nullValue())
                .body("changes[1].entry", nullValue())
                .body("changes[1].painEntry.intensity", equalTo(6))
                .extract().path("nextToken");

        String later = createPain(user, "2026-11-06T08:00:00+01:00", 3, "NECK", "ACHING");
        as(user).body(pain("2026-11-05T20:00:00+01:00", 8, "LOWER_BACK", "ACHING")).put(PAINS + "/" + pain).then().statusCode(200);
        as(user).delete(PAINS + "/" + later).then().statusCode(204);
        as(user).queryParam("since", token).get(CHANGES).then().statusCode(200)
                .body("changes.id", contains(pain, later))
                .body("changes.type", contains("PAIN", "PAIN"))
                .body("changes.deleted", contains(false, true))
                .body("changes[0].painEntry.intensity", equalTo(8))
                .body("changes[1].painEntry", nullValue());
    }

    @Test
    void pagesWithHasMoreUntilCaughtUp() {
        String user = newUser();
        for (int day = 1; day <= 5; day++) {
            createNight(user, "2026-10-0" + day, 10, 10, 4);
        }
        String token = as(user).queryParam("limit", 2).get(CHANGES).then().statusCode(200)
                .body("changes.entry.night", contains("2026-10-01", "2026-10-02"))
                .body("hasMore", equalTo(true)).extract().path("nextToken");
        token = as(user).queryParam("limit", 2).queryParam("since", token).get(CHANGES).then()
                .body("changes.entry.night", contains("2026-10-03", "2026-10-04"))
                .body("hasMore", equalTo(true)).extract().path("nextToken");
        as(user).queryParam("limit", 2).queryParam("since", token).get(CHANGES).then()
                .body("changes", hasSize(1))
                .body("changes[0].entry.night", equalTo("2026-10-05"))
                .body("hasMore", equalTo(false));
    }

    @Test
    void aTokenOlderThanTheTombstonesAnswers410AndAForeignOne400() {
        String user = newUser();
        createNight(user, "2026-11-05", 10, 10, 4);
        String old = new SyncToken(1, Instant.now().minus(Duration.ofDays(31))).encode();
        as(user).queryParam("since", old).get(CHANGES).then().statusCode(410)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/sync-token-expired"))
                .body("status", equalTo(410));
        String recent = new SyncToken(1, Instant.now().minus(Duration.ofDays(29))).encode();
        as(user).queryParam("since", recent).get(CHANGES).then().statusCode(200);
        as(user).queryParam("since", "42").get(CHANGES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("since"));
        as(user).queryParam("limit", 501).get(CHANGES).then().statusCode(400);
    }
}
