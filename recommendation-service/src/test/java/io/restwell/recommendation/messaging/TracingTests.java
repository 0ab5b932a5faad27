package io.restwell.recommendation.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;

import jakarta.inject.Inject;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.events.EventTypes;
import io.restwell.events.Topics;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.local.testing.tracing.CollectedSpans;
import io.restwell.recommendation.JournalEventsFixture;

/**
 * With tracing on, as in production (and in every test): a journal event's {@code traceparent} header is continued by
 * the consumer (SmallRye Reactive Messaging's Kafka connector does that by default) and goes on with
 * the suggestion it leads to, through the outbox, onto recommendation.events; a REST action's trace
 * does the same.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class TracingTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    JournalEventsFixture journal;

    @Test
    void aJournalEventsTraceGoesOnThroughTheConsumerAndTheOutboxAndSoDoesARequests() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String traceId = hex(16);
        String journalSpan = hex(8);
        try (KafkaConsumer<String, String> published = new KafkaConsumer<>(Map.of(
                     ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                     ConsumerConfig.GROUP_ID_CONFIG, "trace-" + user,
                     ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            published.subscribe(List.of(Topics.RECOMMENDATION_EVENTS));
            journal.awaitProcessed(journal.publishTraced(user, EventTypes.SLEEP_ENTRY_RECORDED,
                    journal.night(user, UUID.randomUUID().toString(), true), "00-" + traceId + "-" + journalSpan + "-01"));

            String suggested = awaitTraceparent(published, user, EventTypes.RECOMMENDATION_SUGGESTED);
            assertTrue(suggested.matches("00-" + traceId + "-[0-9a-f]{16}-01"), suggested);
            SpanData consumer = awaitSpan(span -> span.getKind() == SpanKind.CONSUMER && span.getTraceId().equals(traceId));
            assertEquals(journalSpan, consumer.getParentSpanId(), "the consumer span does not continue the event's trace");
            SpanData producer = awaitSpan(span -> span.getSpanId().equals(suggested.substring(36, 52)));
            assertEquals("recommendation.events publish", producer.getName());
            assertEquals(traceId, producer.getTraceId());

            String requestTrace = hex(16);
            String suggestion = given().auth().oauth2(DevTokens.issue(user, List.of("user"))).get("/api/v1/recommendations")
                    .then().statusCode(200).extract().path("items[0].id");
            given().auth().oauth2(DevTokens.issue(user, List.of("user"))).contentType("application/json").body("{}")
                    .header("traceparent", "00-" + requestTrace + "-" + hex(8) + "-01")
                    .post("/api/v1/recommendations/" + suggestion + "/dismiss").then().statusCode(200);
            String dismissed = awaitTraceparent(published, user, EventTypes.RECOMMENDATION_DISMISSED);
            assertTrue(dismissed.matches("00-" + requestTrace + "-[0-9a-f]{16}-01"), dismissed);
        }
    }

    private final Map<String, String> traceparents = new HashMap<>();

    private String awaitTraceparent(KafkaConsumer<String, String> published, String user, String type) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!traceparents.containsKey(type) && System.nanoTime() < deadline) {
            for (var record : published.poll(Duration.ofMillis(200))) {
                if (user.equals(record.key())) {
                    var header = record.headers().lastHeader("traceparent");
                    traceparents.put(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8),
                            header == null ? "none" : new String(header.value(), StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(traceparents.containsKey(type), "no " + type + " on recommendation.events");
        return traceparents.get(type);
    }

    private static SpanData awaitSpan(Predicate<SpanData> wanted) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (System.nanoTime() < deadline) {
            Optional<SpanData> found = CollectedSpans.INSTANCE.all().stream().filter(wanted).findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no such span among " + CollectedSpans.INSTANCE.all());
    }

    private static String hex(int bytes) {
        byte[] random = new byte[bytes];
        ThreadLocalRandom.current().nextBytes(random);
        random[0] |= 1; // never all zeros (invalid)
        return HexFormat.of().formatHex(random);
    }
}
