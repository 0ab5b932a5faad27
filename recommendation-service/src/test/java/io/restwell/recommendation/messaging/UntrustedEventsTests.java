package io.restwell.recommendation.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
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
import org.junit.jupiter.api.Test;


import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restwell.events.EventTypes;
import io.restwell.events.Topics;
import io.restwell.events.journal.UserDataErasedEvent;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.JournalEventsFixture;
import io.restwell.recommendation.domain.Erasures;

/**
 * Consumers trust nothing they did not check: on the real broker, a record that does not come from the
 * topic's producer, or whose key is not the person its body names, changes nothing and lands on the
 * dead-letter topic with its reason; and once a person erased their data, events written before the
 * erasure (late, or replayed) never bring it back, while a night logged after it is a fresh start.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class UntrustedEventsTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Inject
    JournalEventsFixture events;

    @Test
    void aJournalEventFromAnotherSourceIsNotAppliedAndIsDeadLettered() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String forged = events.publish(Topics.JOURNAL_EVENTS, user, UUID.randomUUID().toString(), EventTypes.SLEEP_ENTRY_RECORDED,
                events.night(user, UUID.randomUUID().toString(), true), Map.of("ce_source", "/booking-service"));
        assertEquals("ce_source is not /journal-service (the producer of journal.events)",
                deadLetterReason(Topics.JOURNAL_EVENTS, forged));
        assertEquals(0, rows("journal_night", user) + rows("recommendation", user));
        assertEquals(0, processed(forged));

        events.awaitProcessed(events.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, events.night(user, UUID.randomUUID().toString(), true)));
        suggestionsOf(user).body("items", hasSize(1));
    }

    @Test
    void anErasureKeyedByAnotherPersonThanItsBodyErasesNoOne() throws Exception {
        String victim = "user-" + UUID.randomUUID();
        events.awaitProcessed(events.publish(victim, EventTypes.SLEEP_ENTRY_RECORDED, events.night(victim, UUID.randomUUID().toString(), true)));
        suggestionsOf(victim).body("items", hasSize(1));

        String forged = events.publish(victim, EventTypes.USER_DATA_ERASED,
                events.write(new UserDataErasedEvent("someone-else", OffsetDateTime.now(ZoneOffset.UTC))));
        assertEquals("record key is not the data's userId", deadLetterReason(Topics.JOURNAL_EVENTS, forged));
        suggestionsOf(victim).body("items", hasSize(1));
        assertEquals(1, rows("journal_night", victim));
    }

    @Test
    void aNightKeyedByOnePersonButNamingAnotherIsNotApplied() throws Exception {
        String victim = "user-" + UUID.randomUUID();
        String forged = events.publish("attacker-" + UUID.randomUUID(), EventTypes.SLEEP_ENTRY_RECORDED,
                events.night(victim, UUID.randomUUID().toString(), true));
        assertEquals("record key is not the data's userId", deadLetterReason(Topics.JOURNAL_EVENTS, forged));
        assertEquals(0, rows("journal_night", victim) + rows("recommendation", victim));
    }

    @Test
    void aBookingEventNotFromBookingServiceOrAboutAnotherPersonIsNotApplied() throws Exception {
        String user = "user-" + UUID.randomUUID();
        LocalDate day = LocalDate.now().minusDays(3);
        String wrongSource = events.publish(Topics.BOOKING_EVENTS, user, UUID.randomUUID().toString(), EventTypes.BOOKING_COMPLETED,
                events.completedSessionData(user, "SWEDISH", day), Map.of("ce_source", "/journal-service"));
        assertEquals("ce_source is not /booking-service (the producer of booking.events)",
                deadLetterReason(Topics.BOOKING_EVENTS, wrongSource));
        String wrongKey = events.publish(Topics.BOOKING_EVENTS, "other-" + UUID.randomUUID(), UUID.randomUUID().toString(),
                EventTypes.BOOKING_COMPLETED, events.completedSessionData(user, "SWEDISH", day), Map.of());
        assertEquals("record key is not the data's userId", deadLetterReason(Topics.BOOKING_EVENTS, wrongKey));
        assertEquals(0, rows("completed_session", user));

        events.awaitProcessed(events.completedSession(user, "SWEDISH", day));
        assertEquals(1, rows("completed_session", user), "a genuine booking event is still applied");
    }

    @Test
    void eventsWrittenBeforeAnErasureNeverBringThePersonBackANewNightIsAFreshStart() throws Exception {
        String user = "user-" + UUID.randomUUID();
        OffsetDateTime beforeErasure = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5);
        events.awaitProcessed(events.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, events.night(user, UUID.randomUUID().toString(), true)));
        OffsetDateTime erasedAt = OffsetDateTime.now(ZoneOffset.UTC);
        events.awaitProcessed(events.publish(user, EventTypes.USER_DATA_ERASED, events.write(new UserDataErasedEvent(user, erasedAt))));
        suggestionsOf(user).body("total", equalTo(0));

        // Copies of what was written before the erasure: a booking completed and a night, arriving late.
        events.awaitProcessed(events.publish(Topics.BOOKING_EVENTS, user, UUID.randomUUID().toString(), EventTypes.BOOKING_COMPLETED,
                events.completedSessionData(user, "DEEP_TISSUE", LocalDate.now().minusDays(2)), Map.of("ce_time", beforeErasure.toString())));
        events.awaitProcessed(events.publish(Topics.JOURNAL_EVENTS, user, UUID.randomUUID().toString(), EventTypes.SLEEP_ENTRY_RECORDED,
                events.night(user, UUID.randomUUID().toString(), true), Map.of("ce_time", beforeErasure.toString())));
        assertEquals(0, rows("journal_night", user) + rows("recommendation", user) + rows("completed_session", user));
        suggestionsOf(user).body("total", equalTo(0));

        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select user_hash from erased_person where user_hash = :hash").setParameter("hash", Erasures.userHash(user))
                .getSingleResult());
        assertEquals(64, stored.length(), "the erasure record holds the id's hash, not the id");

        String fresh = UUID.randomUUID().toString();
        events.awaitProcessed(events.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, events.night(user, fresh, true)));
        suggestionsOf(user).body("items", hasSize(1)).body("items[0].triggeringEntryId", equalTo(fresh));
    }

    /** Waits for the record with this {@code ce_id} on the topic's dead-letter topic; returns its reason header. */
    private String deadLetterReason(String topic, String eventId) {
        try (KafkaConsumer<String, String> deadLetters = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            deadLetters.subscribe(List.of(Topics.deadLetterOf(topic)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : deadLetters.poll(Duration.ofMillis(300))) {
                    if (eventId.equals(header(record, "ce_id"))) {
                        return header(record, "dead-letter-reason");
                    }
                }
            }
        }
        throw new AssertionError("event " + eventId + " did not reach " + Topics.deadLetterOf(topic));
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private long rows(String table, String user) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from " + table + " where user_id = :user").setParameter("user", user).getSingleResult()).longValue());
    }

    private long processed(String eventId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from processed_event where event_id = :id").setParameter("id", eventId).getSingleResult()).longValue());
    }

    private ValidatableResponse suggestionsOf(String user) {
        return given().auth().oauth2(DevTokens.issue(user, List.of("user"))).get("/api/v1/recommendations").then().statusCode(200);
    }
}
