package io.restwell.platform.outbox;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.cloudevents.CloudEvent;
import io.cloudevents.SpecVersion;
import io.cloudevents.kafka.CloudEventDeserializer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.outbox.app.Notebook;

/**
 * A new event-producing application (the test's notebook) gets the whole outbox from a dependency, a
 * migration location and three settings: its events reach Kafka after the commit, as CloudEvents the
 * CloudEvents SDK reads, in order per key, never for a rolled-back change, with the backlog in
 * metrics and readiness.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notebook"))
class NotebookOutboxTests {

    @Inject
    Notebook notebook;

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private KafkaConsumer<String, CloudEvent> consumer;

    @BeforeEach
    void subscribe() {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "notebook-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new CloudEventDeserializer());
        consumer.subscribe(List.of("notebook.events"));
    }

    @AfterEach
    void close() {
        consumer.close();
    }

    @Test
    void aCommittedChangeReachesKafkaAsACloudEventTheSdkReads() throws Exception {
        String author = "ada-" + UUID.randomUUID();
        UUID noteId = notebook.write(author, "slept badly, lower back stiff");

        List<ConsumerRecord<String, CloudEvent>> records = recordsFor(author, 1);
        ConsumerRecord<String, CloudEvent> record = records.get(0);
        CloudEvent event = record.value();
        assertEquals(SpecVersion.V1, event.getSpecVersion());
        assertEquals(Notebook.NOTE_WRITTEN, event.getType());
        assertEquals("/notebook", event.getSource().toString());
        assertEquals(noteId.toString(), event.getSubject());
        assertEquals("application/json", event.getDataContentType());
        assertNotNull(event.getTime());
        assertTrue(event.getTime().isAfter(OffsetDateTime.now().minusMinutes(1)), "time " + event.getTime());
        JsonNode data = json.readTree(event.getData().toBytes());
        assertEquals(noteId.toString(), data.get("noteId").asText());
        assertEquals("slept badly, lower back stiff", data.get("text").asText());

        String storedId = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                .createNativeQuery("select cast(id as text) from outbox_event where subject = :subject and published_at is not null")
                .setParameter("subject", noteId.toString()).getSingleResult());
        assertEquals(storedId, event.getId(), "ce_id is the outbox row's id, so consumers can drop duplicates by it");
    }

    @Test
    void anEventOfATypeToDropWhenPublishedLeavesNoRowOnceKafkaHasIt() throws Exception {
        String author = "hedy-" + UUID.randomUUID();
        notebook.write(author, "kept until the retention ends");
        UUID burnt = notebook.burn(author);
        List<ConsumerRecord<String, CloudEvent>> records = recordsFor(author, 2);
        assertEquals(Notebook.NOTEBOOK_BURNT, records.get(1).value().getType());
        assertEquals(burnt.toString(), records.get(1).value().getId());
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<?> types;
        do {
            Thread.sleep(50);
            types = QuarkusTransaction.requiringNew().call(() -> entityManager
                    .createNativeQuery("select type from outbox_event where aggregate_key = :key")
                    .setParameter("key", author).getResultList());
        } while (types.size() > 1 && System.nanoTime() < deadline);
        assertEquals(List.of(Notebook.NOTE_WRITTEN), types, "only the note's row stays for the retention period");
    }

    @Test
    void oneKeysEventsArriveInTheOrderTheyWereWritten() {
        String author = "grace-" + UUID.randomUUID();
        List<String> subjects = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            subjects.add(notebook.write(author, "note " + i).toString());
        }
        List<String> received = recordsFor(author, 25).stream().map(record -> record.value().getSubject()).toList();
        assertEquals(subjects, received);
    }

    @Test
    void aRolledBackChangeLeavesNoEvent() {
        String author = "linus-" + UUID.randomUUID();
        assertThrows(IllegalStateException.class, () -> notebook.writeAndFail(author, "never saved"));
        notebook.write(author, "saved");

        List<ConsumerRecord<String, CloudEvent>> records = recordsFor(author, 1);
        consumer.poll(Duration.ofSeconds(2)).forEach(record -> {
            if (author.equals(record.key())) {
                records.add(record);
            }
        });
        assertEquals(1, records.size(), "only the committed note has an event");
        long rows = QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select count(*) from outbox_event where aggregate_key = :key")
                .setParameter("key", author).getSingleResult()).longValue());
        assertEquals(1, rows);
    }

    @Test
    void theBacklogShowsInReadinessAndMetrics() {
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("Events outbox"))
                .body("checks.find { it.name == 'Events outbox' }.data.topic", org.hamcrest.Matchers.is("notebook.events"));
        notebook.write("margaret-" + UUID.randomUUID(), "counted");
        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertTrue(metrics.contains("restwell_outbox_pending_events "), "backlog gauge");
        assertTrue(metrics.contains("restwell_outbox_oldest_pending_age_seconds "), "age gauge");
        assertTrue(metrics.matches("(?s).*restwell_outbox_published_total [1-9].*"), "published counter counts");
    }

    /** Polls until {@code count} records with this key arrived (or 20 s passed). */
    private List<ConsumerRecord<String, CloudEvent>> recordsFor(String key, int count) {
        List<ConsumerRecord<String, CloudEvent>> found = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (found.size() < count && System.nanoTime() < deadline) {
            consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                if (key.equals(record.key())) {
                    found.add(record);
                }
            });
        }
        assertEquals(count, found.size(), "records for " + key);
        return found;
    }
}
