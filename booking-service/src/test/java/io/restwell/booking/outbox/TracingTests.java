package io.restwell.booking.outbox;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.events.Topics;
import io.restwell.local.testing.RestwellInfrastructure;

/** With tracing on, as in production: a booking's trace goes on through the outbox to its Kafka event. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class TracingTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theBookingRequestsTraceTravelsWithItsEventAsTheTraceparentHeader() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String userId = "trace-" + UUID.randomUUID();
        String traceId = hex(16);
        String callerSpan = hex(8);
        given().auth().oauth2(Fixtures.userToken(userId)).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
                .body(Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "11:00"), 60))
                .post("/api/v1/bookings").then().statusCode(201);

        Header traceparent = eventOf(userId).headers().lastHeader("traceparent");
        assertNotNull(traceparent, "the event carries the trace context");
        String value = new String(traceparent.value(), StandardCharsets.UTF_8);
        assertTrue(value.matches("00-" + traceId + "-[0-9a-f]{16}-01"), value);
        assertNotEquals(callerSpan, value.substring(36, 52), "the header names the relay's producer span, not the caller's");
    }

    private ConsumerRecord<String, byte[]> eventOf(String key) {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(properties, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.BOOKING_EVENTS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (key.equals(record.key())) {
                        return record;
                    }
                }
            }
        }
        throw new AssertionError("no event with key " + key);
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros (invalid)
        return HexFormat.of().formatHex(random);
    }
}
