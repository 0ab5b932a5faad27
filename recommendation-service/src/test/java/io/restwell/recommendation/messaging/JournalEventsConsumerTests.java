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

import javax.sql.DataSource;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
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
import io.restwell.recommendation.ConcurrentSuggestionChange;
import io.restwell.recommendation.JournalEventsFixture;

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

    @Inject
    DataSource dataSource;

    @Inject
    JournalEventsFixture journal;

    @Test
    void aPoorNightAfterDeepChronicPainSuggestsDeepTissueWithAnExplanationAndRoutine() throws Exception {
        String user = "user-" + UUID.randomUUID();
        journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.pain(user, 7, "LOWER_BACK", "ACHING", true));
        String night = UUID.randomUUID().toString();
        String event = journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, night, true));
        journal.awaitProcessed(event);
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
        journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, UUID.randomUUID().toString(), false));
        String first = UUID.randomUUID().toString();
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, first, true)));
        suggestionsOf(user).body("items", hasSize(1)).body("items[0].triggeringEntryId", equalTo(first));
        String second = UUID.randomUUID().toString();
        journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.pain(user, 5, "SHOULDERS", "SPASM", false));
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, second, true)));
        suggestionsOf(user).body("items", hasSize(1))
                .body("items[0].triggeringEntryId", equalTo(second))
                .body("items[0].sessionType", equalTo("TRIGGER_POINT"));
    }

    @Test
    void aRedeliveredEventIsAppliedOnce() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String data = journal.night(user, UUID.randomUUID().toString(), true);
        String event = journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, data);
        journal.awaitProcessed(event);
        String updatedAt = updatedAtOfOpenSuggestion(user);
        journal.publish(user, event, EventTypes.SLEEP_ENTRY_RECORDED, data); // the same event again
        journal.awaitProcessed(journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.pain(user, 2, "NECK", "STIFF", false)));
        assertEquals(updatedAt, updatedAtOfOpenSuggestion(user), "the redelivery refreshed the suggestion again");
        suggestionsOf(user).body("items", hasSize(1));
    }

    @Test
    void noNewSuggestionDuringTheCooldownAfterADismissal() throws Exception {
        String user = "user-" + UUID.randomUUID();
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, UUID.randomUUID().toString(), true)));
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update recommendation set status = 'DISMISSED', dismissed_at = now() where user_id = :user")
                .setParameter("user", user).executeUpdate());
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, UUID.randomUUID().toString(), true)));
        suggestionsOf(user).body("items", hasSize(1)).body("items[0].status", equalTo("DISMISSED"));
    }

    /**
     * A poor night whose refresh of the open suggestion loses the race to another change of that suggestion
     * (the slot filler, the person reading or accepting it) is applied again, not dead-lettered: its night
     * reaches this service's view of the journal and the suggestion names it.
     */
    @Test
    void aPoorNightThatLosesARaceForTheOpenSuggestionIsRetriedNotDeadLettered() throws Exception {
        String user = "user-" + UUID.randomUUID();
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), LocalDate.now().minusDays(2), "80.0")));
        String second = UUID.randomUUID().toString();
        String event;
        try (ConcurrentSuggestionChange concurrent = ConcurrentSuggestionChange.begin(dataSource, user)) {
            event = journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                    journal.night(user, second, LocalDate.now().minusDays(1), "78.0"));
            assertTrue(concurrent.awaitARacerWaiting(Duration.ofSeconds(30), () -> false),
                    "the consumer never reached the suggestion's row within 30 s");
            concurrent.commit(); // the consumer's update now finds a newer version than it read
        }
        journal.awaitProcessed(event);
        suggestionsOf(user).body("items", hasSize(1)).body("items[0].triggeringEntryId", equalTo(second));
        long nights = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createNativeQuery(
                "select count(*) from journal_night where user_id = :u").setParameter("u", user).getSingleResult());
        assertEquals(2, nights);
    }

    @Test
    void anUnreadableEventGoesToTheDeadLetterTopicAndTheStreamGoesOn() throws Exception {
        String user = "user-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> deadLetters = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-" + user,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            deadLetters.subscribe(List.of(Topics.deadLetterOf(Topics.JOURNAL_EVENTS)));
            journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, "{\"night\": not json");
            journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, UUID.randomUUID().toString(), true)));
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
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, UUID.randomUUID().toString(), true)));
        suggestionsOf(user).body("items", hasSize(1));
        journal.awaitProcessed(journal.publish(user, EventTypes.USER_DATA_ERASED,
                journal.write(new UserDataErasedEvent(user, OffsetDateTime.now()))));
        suggestionsOf(user).body("total", equalTo(0));
        long rows = QuarkusTransaction.requiringNew().call(() -> (Long) entityManager.createNativeQuery(
                "select (select count(*) from journal_night where user_id = :u) + (select count(*) from journal_pain where user_id = :u)")
                .setParameter("u", user).getSingleResult());
        assertEquals(0, rows);
    }

    @Test
    void suggestionsAndDismissalsArePublishedOnRecommendationEvents() throws Exception {
        String user = "user-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> published = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "events-" + user,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            published.subscribe(List.of(Topics.RECOMMENDATION_EVENTS));
            journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                    journal.night(user, UUID.randomUUID().toString(), true)));
            String id = suggestionsOf(user).extract().path("items[0].id");
            given().auth().oauth2(DevTokens.issue(user, List.of("user"))).contentType("application/json").body("{}")
                    .post("/api/v1/recommendations/" + id + "/dismiss").then().statusCode(200);
            List<String> types = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (types.size() < 2 && System.nanoTime() < deadline) {
                for (var record : published.poll(Duration.ofMillis(200))) {
                    if (user.equals(record.key())) {
                        types.add(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
                        assertTrue(record.value().contains(id), record.value());
                    }
                }
            }
            assertEquals(List.of(EventTypes.RECOMMENDATION_SUGGESTED, EventTypes.RECOMMENDATION_DISMISSED), types);
        }
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
