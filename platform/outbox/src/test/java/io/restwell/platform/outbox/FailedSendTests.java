package io.restwell.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.outbox.app.Notebook;

/**
 * A send that fails in the middle of a batch, with the real broker and the relay's real producer: the
 * relay hands Kafka nothing after it, keeps what Kafka acknowledged before it, and once the event goes
 * through every event of the batch is on the topic exactly once, in the order written. (It used to
 * hand over the rest of the batch and give it up while those sends were in flight: they landed, stayed
 * unmarked and were published again by the next round.)
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "notebook"))
class FailedSendTests {

    /** What the test's producers take at most per request; the refused note is larger. */
    private static final int MAX_REQUEST_BYTES = 16 * 1024;
    private static final String REFUSE_ME = "refuse-me";

    @Inject
    Notebook notebook;

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @AfterEach
    void relayAsConfigured() {
        relay.useProducers(() -> producer(Map.of(), new ByteArraySerializer()));
    }

    /** Kafka's own size check fails the send at once (a failed future, as for metadata that does not come in time). */
    @Test
    void aSendKafkaFailsAtOnceStopsTheBatchAndEveryEventIsPublishedOnce() throws Exception {
        relay.useProducers(() -> producer(Map.of(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, MAX_REQUEST_BYTES),
                new ByteArraySerializer()));
        assertEachPublishedOnceAfterTheFailure("x".repeat(2 * MAX_REQUEST_BYTES), "RecordTooLargeException");
    }

    /** The producer throws instead (a serializer that refuses the event): what it took before is still accounted for. */
    @Test
    void aSendTheProducerThrowsOnStopsTheBatchAndEveryEventIsPublishedOnce() throws Exception {
        relay.useProducers(() -> producer(Map.of(), new RefusingSerializer()));
        assertEachPublishedOnceAfterTheFailure(REFUSE_ME, "refused by the test's serializer");
    }

    private void assertEachPublishedOnceAfterTheFailure(String refusedText, String expectedError) throws Exception {
        String author = "failing-" + UUID.randomUUID();
        try (KafkaConsumer<String, String> consumer = subscribed()) {
            List<String> texts = new ArrayList<>(IntStream.range(0, 12).mapToObj(i -> "note " + i).toList());
            texts.set(5, refusedText);
            // One transaction: the relay takes the twelve events as one batch.
            List<UUID> notes = notebook.writeAll(author, texts);
            String refused = notes.get(5).toString();

            // Kafka has refused the sixth event at least twice (the first batch and a retry) ...
            awaitAttempts(refused, 2);
            // ... and only what came before it is published; the rest waits behind it.
            assertEquals(notes.subList(0, 5).stream().map(UUID::toString).toList(), publishedSubjects(author));
            String error = QuarkusTransaction.requiringNew().call(() -> (String) entityManager
                    .createNativeQuery("select last_error from outbox_event where subject = :subject")
                    .setParameter("subject", refused).getSingleResult());
            assertTrue(error.contains(expectedError), error);

            // The event becomes one Kafka takes: the rest of the batch follows it.
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("update outbox_event set payload = cast(:payload as jsonb) where subject = :subject")
                    .setParameter("payload", "{\"text\": \"shortened\"}").setParameter("subject", refused).executeUpdate());

            List<String> received = receivedUntil(consumer, author, notes.get(11).toString());
            assertEquals(notes.stream().map(UUID::toString).toList(), received,
                    "each event once, in the order written (a repeat is an event published twice)");
        }
    }

    private Producer<String, byte[]> producer(Map<String, Object> overrides, Serializer<byte[]> values) {
        Map<String, Object> settings = new HashMap<>(OutboxRelay.producerSettings(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), "notebook-outbox-relay", config.sendTimeout()));
        settings.putAll(overrides);
        return new KafkaProducer<>(settings, new StringSerializer(), values);
    }

    /** A serializer that refuses the events whose data holds {@link #REFUSE_ME}, the way a producer throws on send. */
    static final class RefusingSerializer implements Serializer<byte[]> {
        @Override
        public byte[] serialize(String topic, byte[] data) {
            if (data != null && new String(data, StandardCharsets.UTF_8).contains(REFUSE_ME)) {
                throw new SerializationException("refused by the test's serializer");
            }
            return data;
        }
    }

    private void awaitAttempts(String subject, int attempts) throws InterruptedException {
        Supplier<Integer> current = () -> QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager
                .createNativeQuery("select attempts from outbox_event where subject = :subject")
                .setParameter("subject", subject).getSingleResult()).intValue());
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (current.get() < attempts && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        assertTrue(current.get() >= attempts, "the relay tried the refused event " + current.get() + " times");
    }

    @SuppressWarnings("unchecked")
    private List<String> publishedSubjects(String author) {
        return QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select subject from outbox_event where aggregate_key = :key and published_at is not null order by seq")
                .setParameter("key", author).getResultList());
    }

    private KafkaConsumer<String, String> subscribed() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "failed-send-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(config.topic()));
        return consumer;
    }

    /** The subjects of this author's events, as they arrive, until {@code last} has arrived after every other (or 30 s). */
    private static List<String> receivedUntil(KafkaConsumer<String, String> consumer, String author, String last) {
        List<String> received = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline && !(received.contains(last) && received.indexOf(last) == received.size() - 1
                && received.size() >= 12)) {
            consumer.poll(Duration.ofMillis(100)).forEach(record -> {
                if (author.equals(record.key())) {
                    received.add(new String(record.headers().lastHeader("ce_subject").value(),
                            StandardCharsets.UTF_8));
                }
            });
        }
        return received;
    }
}
