package io.restwell.journal.rest;

import static io.restwell.journal.JournalApi.as;
import static io.restwell.journal.JournalApi.createNight;
import static io.restwell.journal.JournalApi.createPain;
import static io.restwell.journal.JournalApi.nap;
import static io.restwell.journal.JournalApi.newUser;
import static io.restwell.journal.JournalApi.night;
import static io.restwell.journal.JournalApi.synced;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.journal.JournalEvents;
import io.restwell.local.testing.RestwellInfrastructure;

/** Idempotent, conflict-safe writes from devices that retry, sync and edit on two devices at once. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class SleepEntrySyncTests {

    private static final String ENTRIES = "/api/v1/journal/sleep-entries";
    private static final String PAIN_RECORDED = "restwell.journal.pain-entry.recorded.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aRetriedWriteIsAReplayANewerVersionUpdatesAnOlderOneIsIgnored() {
        String user = newUser();
        try (JournalEvents events = new JournalEvents(bootstrapServers)) {
            String id = as(user).body(synced("2026-11-20", 45, 2, "phone-1", 1)).post(ENTRIES).then().statusCode(201)
                    .header("ETag", "\"0\"")
                    .body("clientRecordId", equalTo("phone-1"))
                    .body("clientRecordVersion", equalTo(1))
                    .extract().path("id");
            as(user).body(synced("2026-11-20", 45, 2, "phone-1", 1)).post(ENTRIES).then().statusCode(200)
                    .header("Idempotent-Replayed", "true")
                    .header("ETag", "\"0\"")
                    .body("id", equalTo(id))
                    .body("sleepLatencyMinutes", equalTo(45));
            as(user).body(synced("2026-11-20", 15, 4, "phone-1", 2)).post(ENTRIES).then().statusCode(200)
                    .header("Idempotent-Replayed", nullValue())
                    .header("ETag", "\"1\"")
                    .body("id", equalTo(id))
                    .body("sleepLatencyMinutes", equalTo(15))
                    .body("clientRecordVersion", equalTo(2));
            as(user).body(synced("2026-11-20", 90, 1, "phone-1", 1)).post(ENTRIES).then().statusCode(409)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://restwell.dev/problems/conflict"))
                    .body("existingEntryId", equalTo(id))
                    .body("storedClientRecordVersion", equalTo(2))
                    .body("detail", containsString("older"));
            as(user).get(ENTRIES).then().body("total", equalTo(1)).body("items[0].sleepLatencyMinutes", equalTo(15));
            createPain(user, "2026-11-21T09:00:00+01:00", 5, "LOWER_BACK", "ACHING"); // marks the end of this user's events

            // One event per real change: the replay and the stale write emitted nothing.
            assertEquals(List.of("restwell.journal.sleep-entry.recorded.v1", "restwell.journal.sleep-entry.updated.v1",
                    PAIN_RECORDED), typesUpToMarker(events, user, 3));
        }
    }

    @Test
    void oneMainNightPerDateAndNapsAreTheirOwnKind() {
        String user = newUser();
        String first = createNight(user, "2026-11-10", 10, 10, 4);
        as(user).body(night("2026-11-10", 30, 30, 2)).post(ENTRIES).then().statusCode(409)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/conflict"))
                .body("existingEntryId", equalTo(first))
                .body("detail", containsString(first));
        as(user).body(nap("2026-11-11")).post(ENTRIES).then().statusCode(201).body("kind", equalTo("NAP"))
                .body("poorSleepReasons", equalTo(List.of("SHORT_SLEEP")));
        as(user).body(nap("2026-11-11")).post(ENTRIES).then().statusCode(201);
        // Moving another night onto a logged date is refused the same way.
        String second = createNight(user, "2026-11-12", 10, 10, 4);
        as(user).body(night("2026-11-10", 10, 10, 4)).put(ENTRIES + "/" + second).then().statusCode(409)
                .body("existingEntryId", equalTo(first));
        // The summary counts main nights only: the naps (short sleep) are not poor nights.
        as(user).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").get("/api/v1/journal/summary")
                .then().statusCode(200)
                .body("nightsLogged", equalTo(2))
                .body("poorNights", equalTo(0));
        as(user).get(ENTRIES).then().body("total", equalTo(4));
    }

    @Test
    void napsStayInTheJournalWithoutEvents() {
        String user = newUser();
        try (JournalEvents events = new JournalEvents(bootstrapServers)) {
            String napId = as(user).body(nap("2026-11-11")).post(ENTRIES).then().statusCode(201).extract().path("id");
            as(user).delete(ENTRIES + "/" + napId).then().statusCode(204);
            createPain(user, "2026-11-11T20:00:00+01:00", 3, "NECK", "ACHING");
            assertEquals(List.of(PAIN_RECORDED), typesUpToMarker(events, user, 1));
        }
    }

    @Test
    void everyEntryHasAnETagAndStaleEditsAreRefused() {
        String user = newUser();
        String id = createNight(user, "2026-11-13", 10, 10, 4);
        String url = ENTRIES + "/" + id;
        as(user).get(url).then().statusCode(200).header("ETag", "\"0\"");
        as(user).header("If-None-Match", "\"0\"").get(url).then().statusCode(304).header("ETag", "\"0\"");

        // Device A edits with the ETag it read; device B's edit based on the same ETag is now stale.
        as(user).header("If-Match", "\"0\"").body(night("2026-11-13", 40, 10, 3)).put(url).then().statusCode(200)
                .header("ETag", "\"1\"").body("version", equalTo(1));
        as(user).header("If-Match", "\"0\"").body(night("2026-11-13", 5, 5, 5)).put(url).then().statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/precondition-failed"));
        as(user).header("If-Match", "\"0\"").delete(url).then().statusCode(412);
        as(user).header("If-None-Match", "\"0\"").get(url).then().statusCode(200).body("sleepLatencyMinutes", equalTo(40));
        as(user).header("If-Match", "0").delete(url).then().statusCode(400)
                .body("errors[0].field", equalTo("If-Match"));
        as(user).header("If-Match", "W/\"1\"").delete(url).then().statusCode(204);
    }

    @Test
    void aLateRetryOfADeletedRecordDoesNotBringItBack() {
        String user = newUser();
        String id = as(user).body(synced("2026-11-16", 10, 4, "phone-16", 0)).post(ENTRIES).then().statusCode(201)
                .extract().path("id");
        as(user).delete(ENTRIES + "/" + id).then().statusCode(204); // on the laptop
        as(user).body(synced("2026-11-16", 10, 4, "phone-16", 0)).post(ENTRIES).then().statusCode(409)
                .body("type", equalTo("https://restwell.dev/problems/conflict"))
                .body("deletedEntryId", equalTo(id));
        as(user).get(ENTRIES).then().body("total", equalTo(0));
        // A newer version is the person logging it again on purpose.
        as(user).body(synced("2026-11-16", 10, 4, "phone-16", 1)).post(ENTRIES).then().statusCode(201);
    }

    @Test
    void aClientRecordIdCannotChangeAndAVersionNeedsAnId() {
        String user = newUser();
        String id = as(user).body(synced("2026-11-14", 10, 4, "watch-9", 0)).post(ENTRIES).then().statusCode(201)
                .extract().path("id");
        as(user).body(synced("2026-11-14", 10, 4, "watch-10", 1)).put(ENTRIES + "/" + id).then().statusCode(422)
                .body("errors[0].field", equalTo("clientRecordId"));
        as(user).body(night("2026-11-15", 10, 10, 4).replace("}", ",\"clientRecordVersion\":3}")).post(ENTRIES)
                .then().statusCode(422).body("errors[0].field", equalTo("clientRecordVersion"));
        as(user).body(synced("2026-11-15", 10, 4, " padded ", 0)).post(ENTRIES).then().statusCode(400)
                .body("errors[0].field", equalTo("clientRecordId"));
    }

    /** This user's event types, read until the last (a marker written last) arrives. */
    static List<String> typesUpToMarker(JournalEvents events, String user, int expected) {
        List<JournalEvents.Received> received = events.awaitFor(user, expected, Duration.ofSeconds(30));
        // Anything extra would sit before the marker on the user's partition and so be read already.
        return received.stream().map(JournalEvents.Received::type).toList();
    }

}
