package io.restwell.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

class EventStreamsTest {

    private static final Map<String, Object> PATHS = Map.of(
            "/api/v1/me/notifications/stream", Map.of("get", Map.of("responses", Map.of("200",
                    Map.of("content", Map.of("text/event-stream", Map.of("schema", Map.of())))))),
            "/api/v1/me/notifications", Map.of("get", Map.of("responses", Map.of("200",
                    Map.of("content", Map.of("application/json", Map.of()))))),
            "/api/v1/things/{id}/stream", Map.of("get", Map.of("responses", Map.of("200",
                    Map.of("content", Map.of("application/json", Map.of()))))),
            "/api/v1/bookings/{id}/cancel", Map.of("post", Map.of()));
    private final PathTemplates templates = PathTemplates.of(PATHS);
    private final EventStreams streams = EventStreams.of(PATHS);

    @Test
    void aGetOfAnOperationDocumentedAsAnEventStreamIsAStream() {
        assertTrue(streams.isStream("GET", "/api/v1/me/notifications/stream", templates));
    }

    @Test
    void otherMethodsPathsAndJsonAnswersWithTheSameLastSegmentAreNot() {
        assertFalse(streams.isStream("POST", "/api/v1/me/notifications/stream", templates));
        assertFalse(streams.isStream("GET", "/api/v1/me/notifications", templates));
        assertFalse(streams.isStream("GET", "/api/v1/things/42/stream", templates));
        assertFalse(streams.isStream("GET", "/api/v1/bookings/42/cancel", templates));
        assertFalse(streams.isStream("GET", "/api/v1/nowhere/stream", templates));
    }

    @Test
    void aDocumentWithoutStreamsHasNone() {
        assertFalse(EventStreams.of(Map.of()).isStream("GET", "/api/v1/me/notifications/stream", PathTemplates.of(Map.of())));
    }
}
