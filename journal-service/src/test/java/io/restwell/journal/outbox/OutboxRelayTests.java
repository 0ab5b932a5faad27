package io.restwell.journal.outbox;

import static io.restwell.journal.JournalApi.as;
import static io.restwell.journal.JournalApi.createNight;
import static io.restwell.journal.JournalApi.createPain;
import static io.restwell.journal.JournalApi.newUser;
import static io.restwell.journal.JournalApi.night;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.journal.JournalEvents;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class OutboxRelayTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void everyChangeReachesKafkaAsACloudEventKeyedByTheUserInOrder() throws Exception {
        String user = newUser();
        try (JournalEvents events = new JournalEvents(bootstrapServers)) {
            String night = createNight(user, "2026-11-20", 45, 40, 2);
            as(user).body(night("2026-11-20", 10, 10, 4)).put("/api/v1/journal/sleep-entries/" + night).then().statusCode(200);
            String pain = createPain(user, "2026-11-20T21:30:00+01:00", 7, "LOWER_BACK", "ACHING");
            as(user).delete("/api/v1/journal/pain-entries/" + pain).then().statusCode(204);
            as(user).delete("/api/v1/journal/sleep-entries/" + night).then().statusCode(204);

            List<JournalEvents.Received> received = events.awaitFor(user, 5, Duration.ofSeconds(30));
            assertEquals(List.of(
                    "restwell.journal.sleep-entry.recorded.v1",
                    "restwell.journal.sleep-entry.updated.v1",
                    "restwell.journal.pain-entry.recorded.v1",
                    "restwell.journal.pain-entry.deleted.v1",
                    "restwell.journal.sleep-entry.deleted.v1"),
                    received.stream().map(JournalEvents.Received::type).toList());
            assertEquals(5, received.stream().map(JournalEvents.Received::id).distinct().count());
            assertEquals("/journal-service", received.get(0).source());
            // The sleep event carries the derived metrics and verdict, so consumers need not call back.
            JsonNode recorded = JSON.readTree(received.get(0).data());
            assertEquals(true, recorded.get("poorSleep").asBoolean());
            assertEquals("82.3", recorded.get("sleepEfficiency").asText());
            assertEquals("LOW_EFFICIENCY", recorded.get("poorSleepReasons").get(0).asText());
            assertEquals(395, recorded.get("totalSleepMinutes").asInt());
            assertEquals(night, recorded.get("entryId").asText());
            assertEquals(false, JSON.readTree(received.get(1).data()).get("poorSleep").asBoolean());
            assertEquals(7, JSON.readTree(received.get(2).data()).get("intensity").asInt());
        }
    }

    @Test
    void aRefusedChangeEmitsNothing() {
        String user = newUser();
        try (JournalEvents events = new JournalEvents(bootstrapServers)) {
            as(user).body(night("2026-11-20", 600, 0, 3)).post("/api/v1/journal/sleep-entries").then().statusCode(422);
            createNight(user, "2026-11-21", 10, 10, 4);
            List<JournalEvents.Received> received = events.awaitFor(user, 2, Duration.ofSeconds(5));
            assertEquals(1, received.size());
            assertThat(received.get(0).data(), containsString("2026-11-21"));
        }
    }

    @Test
    void aPainEventCarriesTheRedFlagsAnsweredYesAndOneWithoutTheScreenCarriesNone() throws Exception {
        String user = newUser();
        try (JournalEvents events = new JournalEvents(bootstrapServers)) {
            as(user).body("""
                    {"recordedAt":"2026-11-20T21:30:00+01:00","intensity":5,"location":"LOWER_BACK","character":"ACHING",
                     "chronic":false,"stressRelated":false,"disturbedSleep":true,"redFlags":["NIGHT_PAIN_AT_REST","HISTORY_OF_CANCER"]}""")
                    .post("/api/v1/journal/pain-entries").then().statusCode(201);
            createPain(user, "2026-11-21T21:30:00+01:00", 4, "LOWER_BACK", "ACHING");
            List<JournalEvents.Received> received = events.awaitFor(user, 2, Duration.ofSeconds(30));
            JsonNode flagged = JSON.readTree(received.get(0).data()).get("redFlags");
            assertEquals(2, flagged.size());
            assertEquals("HISTORY_OF_CANCER", flagged.get(0).asText());
            assertEquals("NIGHT_PAIN_AT_REST", flagged.get(1).asText());
            assertEquals(true, JSON.readTree(received.get(1).data()).get("redFlags").isNull());
        }
    }
}
