package io.restwell.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

class AllowedMethodsTest {

    private final AllowedMethods allowed = AllowedMethods.of(Map.of(
            "/api/v1/bookings", Map.of("get", Map.of(), "post", Map.of(), "summary", "Bookings"),
            "/api/v1/bookings/{id}/cancel", Map.of("post", Map.of()),
            "/api/v1/journal/sleep-entries/{id}", Map.of("delete", Map.of(), "put", Map.of(), "get", Map.of(),
                    "parameters", java.util.List.of())));

    @Test
    void headGoesWithGetAndTheMethodsComeInOneOrder() {
        assertEquals("GET, HEAD, POST", allowed.of("/api/v1/bookings"));
        assertEquals("GET, HEAD, PUT, DELETE", allowed.of("/api/v1/journal/sleep-entries/{id}"));
    }

    @Test
    void aPathWithoutGetHasNoHeadAndKeysThatAreNoMethodsAreIgnored() {
        assertEquals("POST", allowed.of("/api/v1/bookings/{id}/cancel"));
    }

    @Test
    void aPathTheDocumentDoesNotHaveHasNoAllow() {
        assertNull(allowed.of(PathTemplates.UNKNOWN));
    }
}
