package io.restwell.journal.outbox;

import static io.restwell.journal.JournalApi.as;
import static io.restwell.journal.JournalApi.newUser;
import static io.restwell.journal.JournalApi.night;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.tracing.CollectedSpans;
import io.restwell.journal.JournalEvents;
import io.restwell.local.testing.RestwellInfrastructure;

/** With tracing on, as in production (and in every test): a trace goes from the HTTP request through the outbox to Kafka. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class TracingTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theTraceOfTheRequestTravelsWithItsEventAsTheTraceparentHeader() throws Exception {
        String traceId = hex(16);
        String callerSpan = hex(8);
        String requestId = "trace-test-" + UUID.randomUUID();
        String user = newUser();
        try (JournalEvents events = new JournalEvents(bootstrapServers)) {
            as(user).header("traceparent", "00-" + traceId + "-" + callerSpan + "-01").header("X-Request-Id", requestId)
                    .body(night("2026-10-01", 45, 40, 2)).post("/api/v1/journal/sleep-entries").then().statusCode(201);

            List<JournalEvents.Received> received = events.awaitFor(user, 1, Duration.ofSeconds(30));
            assertEquals(1, received.size());
            String traceparent = received.get(0).traceparent();
            assertTrue(traceparent != null && traceparent.matches("00-" + traceId + "-[0-9a-f]{16}-01"), traceparent);
            String publishSpan = traceparent.substring(36, 52);
            assertNotEquals(callerSpan, publishSpan);

            // The header names the relay's producer span, child of the request's server span, which
            // continues the caller's trace and carries the request id.
            SpanData producer = awaitSpan(span -> span.getSpanId().equals(publishSpan));
            assertEquals(SpanKind.PRODUCER, producer.getKind());
            assertEquals(traceId, producer.getTraceId());
            assertEquals("journal.events publish", producer.getName());
            SpanData server = awaitSpan(span -> span.getKind() == SpanKind.SERVER && span.getTraceId().equals(traceId));
            assertEquals(callerSpan, server.getParentSpanId());
            assertEquals(requestId, server.getAttributes().get(io.opentelemetry.api.common.AttributeKey.stringKey("restwell.request_id")));
            assertTrue(inTrace(producer, server.getSpanId()), "the producer span does not descend from the request");
        }
    }

    @Test
    void anEventWrittenOutsideATraceStartsItsOwn() {
        String user = newUser();
        try (JournalEvents events = new JournalEvents(bootstrapServers)) {
            as(user).body(night("2026-10-02", 10, 10, 4)).post("/api/v1/journal/sleep-entries").then().statusCode(201);
            String traceparent = events.awaitFor(user, 1, Duration.ofSeconds(30)).get(0).traceparent();
            // the request had no caller trace: the server span began one, and the event carries it
            assertTrue(traceparent != null && traceparent.matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01"), traceparent);
        }
    }

    private static boolean inTrace(SpanData span, String ancestorId) {
        SpanData current = span;
        for (int depth = 0; depth < 10 && current != null; depth++) {
            if (current.getParentSpanId().equals(ancestorId)) {
                return true;
            }
            String parent = current.getParentSpanId();
            current = CollectedSpans.INSTANCE.all().stream().filter(s -> s.getSpanId().equals(parent)).findFirst().orElse(null);
        }
        return false;
    }

    private static SpanData awaitSpan(java.util.function.Predicate<SpanData> wanted) throws InterruptedException {
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
