package io.restwell.journal;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.restwell.events.Topics;

/** Reads journal.events from the real broker, as a consumer service would. */
public final class JournalEvents implements AutoCloseable {

    /** One received CloudEvent: its key, type, id, JSON data and W3C trace context header. */
    public record Received(String key, String type, String id, String source, String data, String traceparent) {
    }

    private final KafkaConsumer<String, String> consumer;

    public JournalEvents(String bootstrapServers) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "journal-test-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer());
        consumer.subscribe(List.of(Topics.JOURNAL_EVENTS));
    }

    /** The events keyed by this user, in the order Kafka delivers them, once {@code count} have arrived. */
    public List<Received> awaitFor(String userId, int count, Duration timeout) {
        List<Received> received = new ArrayList<>();
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count && System.nanoTime() < deadline) {
            for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                if (userId.equals(record.key())) {
                    received.add(new Received(record.key(), header(record, "ce_type"), header(record, "ce_id"),
                            header(record, "ce_source"), record.value(), header(record, "traceparent")));
                }
            }
        }
        return received;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        var header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        consumer.close();
    }
}
