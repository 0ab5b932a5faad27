package io.restwell.journal.rest;

import static io.restwell.journal.JournalApi.as;
import static io.restwell.journal.JournalApi.createPain;
import static io.restwell.journal.JournalApi.nap;
import static io.restwell.journal.JournalApi.newUser;
import static io.restwell.journal.JournalApi.night;
import static io.restwell.journal.JournalApi.synced;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restwell.journal.JournalEvents;
import io.restwell.local.testing.RestwellInfrastructure;

/** A device's offline queue in one request: a result per item, a bad item fails alone, events once per change. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class SleepEntryBatchTests {

    private static final String BATCH = "/api/v1/journal/sleep-entries/batch";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private static String batch(String... entries) {
        return "{\"entries\":[" + String.join(",", entries) + "]}";
    }

    @Test
    void everyItemGetsItsOwnResultAndOneBadItemNeverFailsTheOthers() {
        String user = newUser();
        try (JournalEvents events = new JournalEvents(bootstrapServers)) {
            String wakeBeforeBed = night("2026-11-04", 10, 10, 4).replace("T07:00:00", "T22:00:00").replace("2026-11-05T", "2026-11-04T");
            JsonPath results = as(user).body(batch(
                    synced("2026-11-01", 10, 4, "q-1", 0),            // 0 created
                    synced("2026-11-01", 10, 4, "q-1", 0),            // 1 replay of 0
                    synced("2026-11-01", 50, 2, "q-1", 1),            // 2 newer version of 0
                    night("2026-11-01", 10, 10, 4),                   // 3 a second night for the date
                    "{\"night\":\"2026-11-02\",\"quality\":9}",       // 4 bad shape
                    wakeBeforeBed,                                    // 5 breaks a rule
                    nap("2026-11-02"),                                // 6 a nap
                    synced("2026-11-01", 10, 4, "q-1", 0),            // 7 older than the stored version 1
                    "null"))                                          // 8 no entry at all
                    .post(BATCH).then().statusCode(200)
                    .body("results.index", contains(0, 1, 2, 3, 4, 5, 6, 7, 8))
                    .body("results.status", contains("CREATED", "REPLAYED", "UPDATED", "CONFLICT", "INVALID", "INVALID",
                            "CREATED", "CONFLICT", "INVALID"))
                    .body("results[2].entry.sleepLatencyMinutes", equalTo(50))
                    .body("results[3].problem.status", equalTo(409))
                    .body("results[3].entry", nullValue())
                    .body("results[4].problem.status", equalTo(400))
                    .body("results[4].problem.errors.field", contains("awakenings", "bedtime", "quality", "sleepLatencyMinutes",
                            "wakeAfterSleepOnsetMinutes", "wakeTime"))
                    .body("results[5].problem.status", equalTo(422))
                    .body("results[5].problem.errors[0].field", equalTo("wakeTime"))
                    .body("results[7].problem.type", equalTo("https://restwell.dev/problems/conflict"))
                    .body("results[8].problem.errors[0].field", equalTo("entry"))
                    .extract().jsonPath();
            assertEquals(results.getString("results[0].entry.id"), results.getString("results[3].existingEntryId"));
            assertEquals(results.getString("results[0].entry.id"), results.getString("results[7].existingEntryId"));
            as(user).get("/api/v1/journal/sleep-entries").then().body("total", equalTo(2));
            createPain(user, "2026-11-02T09:00:00+01:00", 5, "LOWER_BACK", "ACHING");

            // Exactly one event per real change: created and updated; the nap, replay and refusals emit nothing.
            assertEquals(List.of("restwell.journal.sleep-entry.recorded.v1", "restwell.journal.sleep-entry.updated.v1",
                    "restwell.journal.pain-entry.recorded.v1"), SleepEntrySyncTests.typesUpToMarker(events, user, 3));
        }
    }

    @Test
    void aHundredEntriesAtMostAndAtLeastOne() {
        String user = newUser();
        List<String> hundredAndOne = new ArrayList<>();
        for (int i = 0; i < 101; i++) {
            hundredAndOne.add(nap("2026-09-01"));
        }
        as(user).body(batch(hundredAndOne.toArray(String[]::new))).post(BATCH).then().statusCode(400)
                .body("errors[0].field", equalTo("entries"));
        as(user).body(batch()).post(BATCH).then().statusCode(400).body("errors[0].field", equalTo("entries"));
        as(user).body(batch(hundredAndOne.subList(0, 100).toArray(String[]::new))).post(BATCH).then().statusCode(200)
                .body("results.findAll { it.status == 'CREATED' }.size()", equalTo(100));
    }
}
