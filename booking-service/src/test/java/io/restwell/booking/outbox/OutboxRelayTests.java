package io.restwell.booking.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.function.Predicate;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.Callback;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.outbox.OutboxRelay;

/**
 * The relay under a Kafka outage, driven by hand (its own thread paused, in the application every other
 * test class shares) with producers that fail from a chosen record on, like a broker that goes away
 * mid-batch.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class OutboxRelayTests {

    @Inject
    OutboxRelay relay;

    @Inject
    EntityManager entityManager;

    @BeforeEach
    void relayDrivenByTheTest() {
        relay.pause();
    }

    @AfterEach
    void relayAsConfigured() {
        relay.useProducers(null);
        relay.resume();
    }

    @Test
    void anOutageMidBatchLosesNothingAndReordersNothing() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String userId = "outage-" + UUID.randomUUID();
        String token = Fixtures.userToken(userId);
        String first = null;
        for (int day : List.of(10, 11, 12)) { // one person books one slot per clinic and day (BookingLimits)
            String id = Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(day, "09:00"), 60))
                    .then().statusCode(201).extract().path("id"); // booking works while nothing reaches Kafka
            first = first == null ? id : first;
        }
        given().auth().oauth2(token).contentType(ContentType.JSON).body("{}")
                .when().post("/api/v1/bookings/" + first + "/cancel").then().statusCode(200);
        List<String> events = eventIds(userId);
        assertEquals(4, events.size());

        // the broker goes away at this person's second event
        Flaky down = new Flaky(record -> events.get(1).equals(header(record, "ce_id")));
        relay.useProducers(() -> down);
        relay.drain();
        assertEquals(List.of(events.get(0)), sentFor(userId, down));
        assertEquals(List.of(events.get(0)), published(userId));
        Object[] failed = (Object[]) entityManager.createNativeQuery(
                "select attempts, last_error from outbox_event where id = cast(:id as uuid)")
                .setParameter("id", events.get(1)).getSingleResult();
        assertEquals(1, ((Number) failed[0]).intValue());
        assertTrue(((String) failed[1]).contains("broker unreachable"), (String) failed[1]);

        // back again: the rest goes out, after the first and in order
        Flaky up = new Flaky(record -> false);
        relay.useProducers(() -> up);
        relay.drain();
        assertEquals(events.subList(1, 4), sentFor(userId, up));
        assertEquals(events, published(userId));
    }

    private List<String> eventIds(String userId) {
        return strings("select cast(id as text) from outbox_event where aggregate_key = :key order by seq", userId);
    }

    private List<String> published(String userId) {
        return strings("select cast(id as text) from outbox_event where aggregate_key = :key"
                + " and published_at is not null order by seq", userId);
    }

    @SuppressWarnings("unchecked")
    private List<String> strings(String sql, String key) {
        return entityManager.createNativeQuery(sql).setParameter("key", key).getResultList();
    }

    private static List<String> sentFor(String userId, Flaky producer) {
        return producer.history().stream().filter(record -> userId.equals(record.key()))
                .map(record -> header(record, "ce_id")).toList();
    }

    private static String header(ProducerRecord<String, byte[]> record, String name) {
        return new String(record.headers().lastHeader(name).value(), StandardCharsets.UTF_8);
    }

    /** Delivers until a record matches, then fails it and everything after it, as an unreachable broker would. */
    static final class Flaky extends MockProducer<String, byte[]> {

        private final Predicate<ProducerRecord<String, byte[]>> outageStartsAt;
        private boolean down;

        Flaky(Predicate<ProducerRecord<String, byte[]>> outageStartsAt) {
            super(true, null, new StringSerializer(), new ByteArraySerializer());
            this.outageStartsAt = outageStartsAt;
        }

        @Override
        public synchronized Future<RecordMetadata> send(ProducerRecord<String, byte[]> record, Callback callback) {
            down = down || outageStartsAt.test(record);
            if (down) {
                return CompletableFuture.failedFuture(new TimeoutException("broker unreachable"));
            }
            return super.send(record, callback);
        }
    }
}
