package io.restwell.recommendation.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restwell.events.EventTypes;
import io.restwell.events.Topics;
import io.restwell.events.journal.PainEntryEvent;
import io.restwell.events.journal.SleepEntryEvent;
import io.restwell.events.journal.UserDataErasedEvent;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;

/** journal.events on the real broker, as journal-service publishes them, become suggestions. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class JournalEventsConsumerTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    private KafkaProducer<String, String> producer;

    @BeforeEach
    void connect() {
        producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers), new StringSerializer(),
                new StringSerializer());
    }

    @AfterEach
    void disconnect() {
        producer.close();
    }

    @Test
    void aPoorNightAfterDeepChronicPainSuggestsDeepTissueWithAnExplanationAndRoutine() throws Exception {
        String user = "user-" + UUID.randomUUID();
        publish(user, EventTypes.PAIN_ENTRY_RECORDED, pain(user, 7, "LOWER_BACK", "ACHING", true));
        String night = UUID.randomUUID().toString();
        String event = publish(user, EventTypes.SLEEP_ENTRY_RECORDED, night(user, night, true));
        awaitProcessed(event);
        suggestionsOf(user).body("items", hasSize(1))
                .body("items[0].status", equalTo("SUGGESTED"))
                .body("items[0].sessionType", equalTo("DEEP_TISSUE"))
                .body("items[0].rule", equalTo("deep-chronic-pain"))
                .body("items[0].triggeringEntryId", equalTo(night))
                .body("items[0].explanation", containsString("lower back pain averaged 7/10"))
                .body("items[0].selfCare[0]", containsString("foam roller"))
                .body("items[0].slotsStatus", equalTo("PENDING"));
    }

    @Test
    void aGoodNightSuggestsNothingAndANewPoorNightRefreshesTheOneOpenSuggestion() throws Exception {
        String user = "user-" + UUID.randomUUID();
        publish(user, EventTypes.SLEEP_ENTRY_RECORDED, night(user, UUID.randomUUID().toString(), false));
        String first = UUID.randomUUID().toString();
        awaitProcessed(publish(user, EventTypes.SLEEP_ENTRY_RECORDED, night(user, first, true)));
        suggestionsOf(user).body("items", hasSize(1)).body("items[0].triggeringEntryId", equalTo(first));
        String second = UUID.randomUUID().toString();
        publish(user, EventTypes.PAIN_ENTRY_RECORDED, pain(user, 5, "SHOULDERS", "SPASM", false));
        awaitProcessed(publish(user, EventTypes.SLEEP_ENTRY_RECORDED, night(user, second, true)));
        suggestionsOf(user).body("items", hasSize(1))
                .body("items[0].triggeringEntryId", equalTo(second))
                .body("items[0].sessionType", equalTo("TRIGGER_POINT"));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String data = night(user, UUID.randomUUID().toString(), true);
        String event = publish(user, EventTypes.SLEEP_ENTRY_RECORDED, data);
        awaitProcessed(event);
        String updatedAt = updatedAtOfOpenSuggestion(user);
        publish(user, event, EventTypes.SLEEP_ENTRY_RECORDED, data); // the same event again
        awaitProcessed(publish(user, EventTypes.PAIN_ENTRY_RECORDED, pain(user, 2, "NECK", "STIFF", false)));
        assertEquals(updatedAt, updatedAtOfOpenSuggestion(user), "the redelivery refreshed the suggestion again");
        suggestionsOf(user).body("items", hasSize(1));
    }

    @Test
    void noNewSuggestionDuringTheCooldownAfterADismissal() throws Exception {
        String user = "user-" + UUID.randomUUID();
        awaitProcessed(publish(user, EventTypes.SLEEP_ENTRY_RECORDED, night(user, UUID.randomUUID().toString(), true)));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update recommendation set status = 'DISMISSED', dismissed_at = now() where user_id = :user")
                .setParameter("user", user).executeUpdate());
        awaitProcessed(publish(user, EventTypes.SLEEP_ENTRY_RECORDED, night(user, UUID.randomUUID().toString(), true)));
        suggestionsOf(user).body("items", hasSize(1)).body("items[0].status", equalTo("DISMISSED"));
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndTheStreamGoesOn() throws Exception {
        String user = "user-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> deadLetters = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-" + user,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            deadLetters.subscribe(List.of(Topics.deadLetterOf(Topics.JOURNAL_EVENTS)));
            publish(user, EventTypes.SLEEP_ENTRY_RECORDED, "{\"night\": not json");
            awaitProcessed(publish(user, EventTypes.SLEEP_ENTRY_RECORDED, night(user, UUID.randomUUID().toString(), true)));
            suggestionsOf(user).body("items", hasSize(1));
            boolean found = false;
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!found && System.nanoTime() < deadline) {
                for (var record : deadLetters.poll(Duration.ofMillis(300))) {
                    found |= user.equals(record.key()) && record.value().contains("not json");
                }
            }
            assertTrue(found, "the unreadable event did not reach journal.events.dlq");
        }
    }

    @Test
    void anErasedJournalIsForgotten() throws Exception {
        String user = "user-" + UUID.randomUUID();
        awaitProcessed(publish(user, EventTypes.SLEEP_ENTRY_RECORDED, night(user, UUID.randomUUID().toString(), true)));
        suggestionsOf(user).body("items", hasSize(1));
        awaitProcessed(publish(user, EventTypes.USER_DATA_ERASED,
                json.writeValueAsString(new UserDataErasedEvent(user, OffsetDateTime.now()))));
        suggestionsOf(user).body("total", equalTo(0));
        long rows = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createNativeQuery(
                "select (select count(*) from journal_night where user_id = :u) + (select count(*) from journal_pain where user_id = :u)")
                .setParameter("u", user).getSingleResult());
        assertEquals(0, rows);
    }

    private String night(String user, String entryId, boolean poor) throws Exception {
        LocalDate night = LocalDate.now().minusDays(1);
        return json.writeValueAsString(new SleepEntryEvent(entryId, user, night,
                night.atTime(23, 0).atOffset(java.time.ZoneOffset.ofHours(1)),
                night.plusDays(1).atTime(7, 0).atOffset(java.time.ZoneOffset.ofHours(1)),
                poor ? 45 : 10, 2, poor ? 40 : 10, poor ? 2 : 4, 480, poor ? 395 : 460,
                new BigDecimal(poor ? "82.3" : "95.8"), poor, poor ? List.of("LOW_EFFICIENCY", "LONG_LATENCY") : List.of()));
    }

    private String pain(String user, int intensity, String location, String character, boolean chronic) throws Exception {
        return json.writeValueAsString(new PainEntryEvent(UUID.randomUUID().toString(), user,
                OffsetDateTime.now().minusHours(12), intensity, location, character, chronic, false, true));
    }

    private String publish(String user, String type, String data) throws Exception {
        return publish(user, UUID.randomUUID().toString(), type, data);
    }

    private String publish(String user, String eventId, String type, String data) throws Exception {
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.JOURNAL_EVENTS, user, data);
        record.headers().add(new RecordHeader("ce_specversion", "1.0".getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_id", eventId.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_type", type.getBytes(StandardCharsets.UTF_8)));
        record.headers().add(new RecordHeader("ce_source", "/journal-service".getBytes(StandardCharsets.UTF_8)));
        producer.send(record).get();
        return eventId;
    }

    private void awaitProcessed(String eventId) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            long found = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createNativeQuery(
                    "select count(*) from processed_event where event_id = :id").setParameter("id", eventId).getSingleResult());
            if (found == 1) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("event " + eventId + " was not processed within 30 s");
    }

    private String updatedAtOfOpenSuggestion(String user) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select updated_at::text from recommendation where user_id = :user and status = 'SUGGESTED'")
                .setParameter("user", user).getSingleResult().toString());
    }

    private ValidatableResponse suggestionsOf(String user) {
        return given().auth().oauth2(DevTokens.issue(user, List.of("user"))).get("/api/v1/recommendations").then().statusCode(200);
    }
}
