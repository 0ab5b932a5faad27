package io.restwell.booking.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.events.EventTypes;
import io.restwell.events.Topics;
import io.restwell.local.testing.RestwellInfrastructure;

/**
 * The erasure of a person (journal-service's event on the real broker) reaches booking-service: their
 * bookings stay for the clinic's books and the slots stay taken, but nothing in the database leads back
 * to them or holds their text. Forged erasures erase no one and land on the dead-letter topic.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class ErasureTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void anErasedPersonsBookingsKeepTheClinicsBooksButNothingThatLeadsBackToThem() throws Exception {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("url", "http://127.0.0.1:1/hook"))
                .when().post("/api/v1/partner/webhooks").then().statusCode(201);
        String user = "erasure-" + UUID.randomUUID();
        String secret = "note-" + UUID.randomUUID();
        String token = Fixtures.userToken(user);
        Map<String, Object> kept = Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(10, "10:00"), 60);
        kept.put("notes", "left shoulder, " + secret);
        String keptId = Fixtures.book(token, kept).then().statusCode(201).extract().path("id");
        Map<String, Object> cancelled = Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(11, "10:00"), 60);
        cancelled.put("notes", "again " + secret);
        String cancelledId = Fixtures.book(token, cancelled).then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "my divorce, " + secret))
                .when().post("/api/v1/bookings/" + cancelledId + "/cancel").then().statusCode(200);
        String customerBefore = Fixtures.partner(key).get("/api/v1/partner/bookings/" + keptId).then().statusCode(200)
                .extract().path("customerId");
        assertTrue(rowsHolding(user) > 0 && rowsHolding(secret) > 0, "the test's data is there before the erasure");

        publishErasure(user, user, "/journal-service", OffsetDateTime.now(ZoneOffset.UTC));
        await(() -> rowsHolding(user) == 0 && rowsHolding(secret) == 0, "the person's id and text are gone from every table");

        given().auth().oauth2(token).get("/api/v1/bookings").then().statusCode(200).body("total", equalTo(0));
        given().auth().oauth2(token).get("/api/v1/bookings/" + keptId).then().statusCode(404);
        List<Object[]> rows = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select user_id, notes, cancellation_reason, status, therapist_id, price_cents from booking where id in (:a, :b) order by status")
                .setParameter("a", UUID.fromString(keptId)).setParameter("b", UUID.fromString(cancelledId)).getResultList());
        assertEquals(2, rows.size());
        assertEquals(List.of("BOOKED", "CANCELLED"), rows.stream().map(row -> (String) row[3]).toList(), "statuses kept");
        assertEquals(2, new HashSet<>(rows.stream().map(row -> (String) row[0]).toList()).size(), "one stand-in per booking");
        for (Object[] row : rows) {
            assertTrue(((String) row[0]).startsWith("erased-"), String.valueOf(row[0]));
            assertNull(row[1], "notes");
            assertNull(row[2], "cancellation reason");
            assertEquals(practice.therapist(), row[4]);
            assertTrue(((Number) row[5]).intValue() > 0, "price kept");
        }
        assertEquals(0, count("select count(*) from idempotency_key where user_id = '" + user + "'"));
        assertEquals(0, count("select count(*) from outbox_event where aggregate_key = '" + user + "'"));
        assertTrue(count("select count(*) from outbox_event where subject in ('" + keptId + "', '" + cancelledId
                + "') and aggregate_key like 'erased-%' and payload->>'userId' = aggregate_key") >= 3,
                "the booking events stay, keyed and naming the stand-in");
        assertTrue(count("select count(*) from webhook_delivery where booking_id in ('" + keptId + "', '" + cancelledId + "')") >= 3);
        assertEquals(0, count("select count(*) from webhook_delivery where body like '%" + customerBefore + "%'"),
                "webhook bodies no longer carry the customer id the clinic knew the person by");

        String customerAfter = Fixtures.partner(key).get("/api/v1/partner/bookings/" + keptId).then().statusCode(200)
                .body("status", equalTo("BOOKED")).extract().path("customerId");
        assertNotEquals(customerBefore, customerAfter);
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(10, "10:00"), 60))
                .then().statusCode(409);

        publishErasure(user, user, "/journal-service", OffsetDateTime.now(ZoneOffset.UTC));
        String marker = publishErasure(user, "marker-" + UUID.randomUUID(), "/journal-service", OffsetDateTime.now(ZoneOffset.UTC));
        assertEquals("record key is not the data's userId", deadLetterReason(marker)); // read past the repeat: same partition
        assertEquals(2, count("select count(*) from booking where id in ('" + keptId + "', '" + cancelledId + "')"),
                "a repeated erasure changes nothing and fails nothing");
    }

    @Test
    void forgedErasuresEraseNoOneAndAreDeadLettered() throws Exception {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String user = "victim-" + UUID.randomUUID();
        String token = Fixtures.userToken(user);
        String id = Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(12, "09:00"), 60))
                .then().statusCode(201).extract().path("id");

        String wrongSource = publishErasure(user, user, "/recommendation-service", OffsetDateTime.now(ZoneOffset.UTC));
        assertEquals("ce_source is not /journal-service (the producer of journal.events)", deadLetterReason(wrongSource));
        String wrongKey = publishErasure(user, "someone-else", "/journal-service", OffsetDateTime.now(ZoneOffset.UTC));
        assertEquals("record key is not the data's userId", deadLetterReason(wrongKey));

        given().auth().oauth2(token).get("/api/v1/bookings/" + id).then().statusCode(200);
        assertEquals(1, count("select count(*) from booking where user_id = '" + user + "'"));
    }

    @Test
    void aReplayedErasureNeverReachesABookingMadeAfterIt() throws Exception {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String user = "fresh-" + UUID.randomUUID();
        String token = Fixtures.userToken(user);
        String id = Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(12, "11:00"), 60))
                .then().statusCode(201).extract().path("id");
        OffsetDateTime longAgo = OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(30);
        publishErasure(user, user, "/journal-service", longAgo, longAgo);
        String marker = publishErasure(user, "marker-" + UUID.randomUUID(), "/journal-service", longAgo);
        deadLetterReason(marker); // the consumer has read past the replayed erasure (same key, same partition)
        given().auth().oauth2(token).get("/api/v1/bookings/" + id).then().statusCode(200);
    }

    private String publishErasure(String key, String bodyUser, String source, OffsetDateTime erasedAt) throws Exception {
        return publishErasure(key, bodyUser, source, erasedAt, OffsetDateTime.now(ZoneOffset.UTC));
    }

    /** @return the event's id */
    private String publishErasure(String key, String bodyUser, String source, OffsetDateTime erasedAt, OffsetDateTime written)
            throws Exception {
        String id = UUID.randomUUID().toString();
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", id);
        headers.put("ce_source", source);
        headers.put("ce_type", EventTypes.USER_DATA_ERASED);
        headers.put("ce_time", written.toString());
        headers.put("ce_subject", bodyUser);
        ProducerRecord<String, String> record = new ProducerRecord<>(Topics.JOURNAL_EVENTS, key,
                "{\"userId\":\"" + bodyUser + "\",\"erasedAt\":\"" + erasedAt + "\"}");
        headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers),
                new StringSerializer(), new StringSerializer())) {
            producer.send(record).get();
        }
        return id;
    }

    private String deadLetterReason(String eventId) {
        try (KafkaConsumer<String, String> deadLetters = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "dlq-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            deadLetters.subscribe(List.of(Topics.deadLetterOf(Topics.JOURNAL_EVENTS)));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : deadLetters.poll(Duration.ofMillis(300))) {
                    var id = record.headers().lastHeader("ce_id");
                    if (id != null && eventId.equals(new String(id.value(), StandardCharsets.UTF_8))) {
                        return new String(record.headers().lastHeader("dead-letter-reason").value(), StandardCharsets.UTF_8);
                    }
                }
            }
        }
        throw new AssertionError("event " + eventId + " did not reach journal.events.dlq");
    }

    /** Rows of any table of this service's schema whose text holds {@code needle}. */
    private long rowsHolding(String needle) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> tables = entityManager.createNativeQuery(
                    "select table_name from information_schema.tables where table_schema = current_schema() and table_type = 'BASE TABLE'")
                    .getResultList();
            long found = 0;
            for (String table : tables) {
                found += ((Number) entityManager.createNativeQuery("select count(*) from \"" + table + "\" t where t::text like :needle")
                        .setParameter("needle", "%" + needle + "%").getSingleResult()).longValue();
            }
            return found;
        });
    }

    private long count(String sql) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).getSingleResult()).longValue());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(200);
        }
    }
}
