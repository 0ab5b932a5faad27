package io.restwell.booking.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restwell.booking.Booking;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.booking.StoredBookings;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.events.EventTypes;
import io.restwell.events.Topics;
import io.restwell.local.testing.RestwellInfrastructure;

/** Booking changes reach the real Kafka broker as CloudEvents, keyed by user, in order. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class BookingEventsTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    EntityManager entityManager;

    @Test
    void aBookingsLifeIsPublishedInOrderAsCloudEventsKeyedByItsPerson() throws Exception {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE");
        String userId = "events-" + UUID.randomUUID();
        String token = Fixtures.userToken(userId);
        OffsetDateTime start = practice.at(10, "10:00");
        String id = Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", start, 60))
                .then().statusCode(201).extract().path("id");
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("start", practice.at(10, "14:00").toString()))
                .when().post("/api/v1/bookings/" + id + "/reschedule").then().statusCode(200);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "Travelling"))
                .when().post("/api/v1/bookings/" + id + "/cancel").then().statusCode(200);

        List<ConsumerRecord<String, byte[]>> records = eventsOf(userId, 3);
        assertEquals(List.of(EventTypes.BOOKING_CREATED, EventTypes.BOOKING_RESCHEDULED, EventTypes.BOOKING_CANCELLED),
                records.stream().map(record -> header(record, "ce_type")).toList());
        for (ConsumerRecord<String, byte[]> record : records) {
            assertEquals(userId, record.key());
            assertEquals("1.0", header(record, "ce_specversion"));
            assertEquals("/booking-service", header(record, "ce_source"));
            assertEquals(id, header(record, "ce_subject"));
            assertEquals("application/json", header(record, "content-type"));
            UUID.fromString(header(record, "ce_id"));
            OffsetDateTime.parse(header(record, "ce_time"));
        }
        assertEquals(3, records.stream().map(record -> header(record, "ce_id")).distinct().count());
        // woken after commit, not by the 1 s sweep: the record is produced right after the event was written
        long lagMillis = records.get(0).timestamp() - OffsetDateTime.parse(header(records.get(0), "ce_time")).toInstant().toEpochMilli();
        System.out.println("[booking-events] outbox-to-Kafka lag of the created event: " + lagMillis + " ms");
        assertTrue(lagMillis < 900, "lag " + lagMillis + " ms");

        JsonNode created = JSON.readTree(records.get(0).value());
        assertEquals(id, created.get("bookingId").asText());
        assertEquals(userId, created.get("userId").asText());
        assertEquals(practice.clinic().toString(), created.get("clinicId").asText());
        assertEquals(practice.therapist().toString(), created.get("therapistId").asText());
        assertEquals("DEEP_TISSUE", created.get("sessionType").asText());
        assertEquals("BOOKED", created.get("status").asText());
        assertEquals(start.toInstant(), OffsetDateTime.parse(created.get("start").asText()).toInstant());
        assertEquals(start.plusMinutes(60).toInstant(), OffsetDateTime.parse(created.get("end").asText()).toInstant());

        JsonNode moved = JSON.readTree(records.get(1).value());
        assertEquals(start.toInstant(), OffsetDateTime.parse(moved.get("previousStart").asText()).toInstant());
        assertEquals(practice.at(10, "14:00").toInstant(), OffsetDateTime.parse(moved.get("start").asText()).toInstant());

        JsonNode cancelled = JSON.readTree(records.get(2).value());
        assertEquals("CANCELLED", cancelled.get("status").asText());
        assertEquals("Travelling", cancelled.get("reason").asText());
        assertTrue(cancelled.get("previousStart").isNull());

        Number unpublished = (Number) entityManager.createNativeQuery(
                "select count(*) from outbox_event where aggregate_key = :key and published_at is null")
                .setParameter("key", userId).getSingleResult();
        assertEquals(0, unpublished.intValue());
    }

    @Test
    void theClinicsOutcomesArePublishedButArrivalIsNot() throws Exception {
        Practice practice = Fixtures.practice("America/New_York", 10, "SWEDISH");
        String userId = "outcome-" + UUID.randomUUID();
        UUID done = StoredBookings.insert(userId, practice, OffsetDateTime.now().minusHours(3), BookingStatus.BOOKED);
        UUID missed = StoredBookings.insert(userId, practice, OffsetDateTime.now().minusHours(6), BookingStatus.BOOKED);
        String base = "/api/v1/clinics/" + practice.clinic() + "/bookings/";
        for (Object[] change : new Object[][] {{done, "ARRIVED"}, {done, "COMPLETED"}, {missed, "NO_SHOW"}}) {
            given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("status", change[1]))
                    .when().post(base + change[0] + "/status").then().statusCode(200);
        }
        List<ConsumerRecord<String, byte[]>> records = eventsOf(userId, 2);
        assertEquals(List.of(EventTypes.BOOKING_COMPLETED, EventTypes.BOOKING_NO_SHOW),
                records.stream().map(record -> header(record, "ce_type")).toList());
        assertEquals(List.of(done.toString(), missed.toString()), records.stream().map(record -> header(record, "ce_subject")).toList());
        assertEquals("COMPLETED", JSON.readTree(records.get(0).value()).get("status").asText());
    }

    @Test
    void aLostRaceLeavesNoEventBehind() {
        Practice practice = Fixtures.practice("Europe/London", 10, "SWEDISH");
        Map<String, Object> slot = Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "11:00"), 60);
        Fixtures.book(Fixtures.user(), slot).then().statusCode(201);
        String loser = "loser-" + UUID.randomUUID();
        Fixtures.book(Fixtures.userToken(loser), slot).then().statusCode(409);
        Number rows = (Number) entityManager.createNativeQuery("select count(*) from outbox_event where aggregate_key = :key")
                .setParameter("key", loser).getSingleResult();
        assertEquals(0, rows.intValue());
    }

    // --- helpers

    /** Reads booking.events from the start until {@code count} records with this key arrived (at most 20 s). */
    private List<ConsumerRecord<String, byte[]>> eventsOf(String key, int count) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.BOOKING_EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<String, byte[]>> found = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (found.size() < count && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        found.add(record);
                    }
                }
            }
            assertEquals(count, found.size(), "events with key " + key);
            return found;
        }
    }

    private static String header(ConsumerRecord<String, byte[]> record, String name) {
        var header = record.headers().lastHeader(name);
        assertTrue(header != null, "header " + name);
        return new String(header.value(), StandardCharsets.UTF_8);
    }

}
