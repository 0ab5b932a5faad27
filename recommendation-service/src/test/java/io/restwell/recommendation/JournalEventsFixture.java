package io.restwell.recommendation;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.internals.RecordHeader;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restwell.events.Sources;
import io.restwell.events.Topics;
import io.restwell.events.journal.PainEntryEvent;
import io.restwell.events.journal.SleepEntryEvent;

/**
 * Publishes journal events to the real broker as journal-service does, and waits until they are applied.
 *
 * <p>A bean of the test application: a {@code @QuarkusTest} injects it, and its producer lives as long as
 * the application. Tests of the packaged service (no CDI) construct it themselves and close it.
 */
@Singleton
public class JournalEventsFixture implements AutoCloseable {

    private final KafkaProducer<String, String> producer;
    private final ObjectMapper json;
    private final EntityManager entityManager;

    /** @param entityManager the service's database, for {@link #awaitProcessed}; null where there is none */
    @Inject
    public JournalEventsFixture(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, ObjectMapper json,
            EntityManager entityManager) {
        this.producer = new KafkaProducer<>(Map.of("bootstrap.servers", bootstrapServers), new StringSerializer(),
                new StringSerializer());
        this.json = json;
        this.entityManager = entityManager;
    }

    /** Last night, 23:00 to 07:00 at +01:00: poor (82.3 %, quality 2) or good (95.8 %). */
    public String night(String user, String entryId, boolean poor) {
        return night(user, entryId, LocalDate.now().minusDays(1), poor ? "82.3" : "95.8");
    }

    /** A night of the given date and efficiency; poor below 85 %. */
    public String night(String user, String entryId, LocalDate night, String efficiency) {
        boolean poor = new BigDecimal(efficiency).compareTo(new BigDecimal("85")) < 0;
        return write(new SleepEntryEvent(entryId, user, night,
                night.atTime(23, 0).atOffset(ZoneOffset.ofHours(1)), night.plusDays(1).atTime(7, 0).atOffset(ZoneOffset.ofHours(1)),
                poor ? 45 : 10, 2, poor ? 40 : 10, poor ? 2 : 4, 480, poor ? 395 : 460,
                new BigDecimal(efficiency), poor, poor ? List.of("LOW_EFFICIENCY", "LONG_LATENCY") : List.of()));
    }

    /** A night of the given date, efficiency and sleep latency (minutes); poor below 85 %. */
    public String night(String user, String entryId, LocalDate night, String efficiency, int latencyMinutes) {
        boolean poor = new BigDecimal(efficiency).compareTo(new BigDecimal("85")) < 0;
        return write(new SleepEntryEvent(entryId, user, night,
                night.atTime(23, 0).atOffset(ZoneOffset.ofHours(1)), night.plusDays(1).atTime(7, 0).atOffset(ZoneOffset.ofHours(1)),
                latencyMinutes, 2, poor ? 40 : 10, poor ? 2 : 4, 480, poor ? 395 : 460,
                new BigDecimal(efficiency), poor, poor ? List.of("LOW_EFFICIENCY") : List.of()));
    }

    /**
     * A booking event as booking-service publishes it on booking.events: the booking of an hour from {@code start}
     * after the change ({@code status} BOOKED, CANCELLED, COMPLETED, NO_SHOW...).
     *
     * @return the event's id
     */
    public String booking(String user, String bookingId, String type, String status, String sessionType, OffsetDateTime start) {
        return publish(Topics.BOOKING_EVENTS, user, UUID.randomUUID().toString(), type,
                write(new io.restwell.events.booking.BookingEvent(bookingId, user, UUID.randomUUID().toString(),
                        UUID.randomUUID().toString(), sessionType, 60, start, start.plusHours(1), "Europe/Berlin", status,
                        null, null, null, null, OffsetDateTime.now(ZoneOffset.UTC))), Map.of());
    }

    /** A completed session, as booking-service publishes it on booking.events. */
    public String completedSession(String user, String sessionType, LocalDate day) {
        return publish(Topics.BOOKING_EVENTS, user, UUID.randomUUID().toString(),
                io.restwell.events.EventTypes.BOOKING_COMPLETED, completedSessionData(user, sessionType, day));
    }

    /** The data of a completed session's event, as booking-service writes it. */
    public String completedSessionData(String user, String sessionType, LocalDate day) {
        String bookingId = UUID.randomUUID().toString();
        OffsetDateTime start = day.atTime(18, 0).atOffset(ZoneOffset.ofHours(1));
        String data = write(new io.restwell.events.booking.BookingEvent(bookingId, user, UUID.randomUUID().toString(),
                UUID.randomUUID().toString(), sessionType, 60, start, start.plusHours(1), "Europe/Berlin", "COMPLETED",
                null, null, null, null, start.plusHours(1)));
        return data;
    }

    public String pain(String user, int intensity, String location, String character, boolean chronic) {
        return write(new PainEntryEvent(UUID.randomUUID().toString(), user, OffsetDateTime.now().minusHours(12), intensity,
                location, character, chronic, false, true));
    }

    public String write(Object event) {
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the event's id ({@code ce_id}) */
    public String publish(String user, String type, String data) {
        return publish(user, UUID.randomUUID().toString(), type, data);
    }

    public String publish(String user, String eventId, String type, String data) {
        return publish(Topics.JOURNAL_EVENTS, user, eventId, type, data);
    }

    /** As journal-service's relay sends it within a trace: with a W3C {@code traceparent} header. */
    public String publishTraced(String user, String type, String data, String traceparent) {
        return publish(Topics.JOURNAL_EVENTS, user, UUID.randomUUID().toString(), type, data, Map.of("traceparent", traceparent));
    }

    private String publish(String topic, String user, String eventId, String type, String data) {
        return publish(topic, user, eventId, type, data, Map.of());
    }

    /**
     * Publishes as the topic's producer does ({@code ce_source} of event-contracts' Sources, {@code ce_time}
     * now); {@code headers} add to or replace those, e.g. a forged source or an older time.
     */
    public String publish(String topic, String key, String eventId, String type, String data, Map<String, String> headers) {
        Map<String, String> all = new java.util.LinkedHashMap<>();
        all.put("ce_specversion", "1.0");
        all.put("ce_id", eventId);
        all.put("ce_type", type);
        all.put("ce_source", Sources.producerOf(topic));
        all.put("ce_time", OffsetDateTime.now(ZoneOffset.UTC).toString());
        all.putAll(headers);
        ProducerRecord<String, String> record = new ProducerRecord<>(topic, key, data);
        all.forEach((name, value) -> record.headers().add(new RecordHeader(name, value.getBytes(StandardCharsets.UTF_8))));
        try {
            producer.send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return eventId;
    }

    public void awaitProcessed(String eventId) throws InterruptedException {
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

    @Override
    @PreDestroy
    public void close() {
        producer.close();
    }
}
