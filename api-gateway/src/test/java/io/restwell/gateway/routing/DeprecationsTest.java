package io.restwell.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.vertx.core.json.JsonObject;

class DeprecationsTest {

    private static JsonObject document(JsonObject operation) {
        return new JsonObject().put("paths", new JsonObject()
                .put("/api/v1/bookings/{id}", new JsonObject().put("get", operation).put("delete", new JsonObject()))
                .put("/api/v1/bookings", new JsonObject().put("post", new JsonObject())));
    }

    @Test
    void aDeprecatedOperationAnswersWithDeprecationSunsetAndALinkToThePolicy() {
        Deprecations deprecations = Deprecations.of(document(new JsonObject().put("deprecated", true)
                .put("x-deprecated-at", "2026-12-01").put("x-sunset", "2027-06-30")));

        Map<String, String> headers = deprecations.headersFor("GET", "/api/v1/bookings/{id}");
        // RFC 9745: a structured-field date, seconds since the epoch
        assertEquals("@1796083200", headers.get("Deprecation"));
        // RFC 8594: an HTTP date
        assertEquals("Wed, 30 Jun 2027 00:00:00 GMT", headers.get("Sunset"));
        assertEquals(ZonedDateTime.parse("2027-06-30T00:00:00Z"),
                ZonedDateTime.parse(headers.get("Sunset"), DateTimeFormatter.RFC_1123_DATE_TIME));
        assertTrue(headers.get("Link").contains("rel=\"deprecation\""), headers.toString());
        assertEquals(Map.of(), deprecations.headersFor("DELETE", "/api/v1/bookings/{id}"), "only the deprecated method");
        assertEquals(Map.of(), deprecations.headersFor("POST", "/api/v1/bookings"));
    }

    @Test
    void aSunsetIsOptional() {
        Map<String, String> headers = Deprecations.of(document(new JsonObject().put("deprecated", true)
                .put("x-deprecated-at", "2026-12-01"))).headersFor("get", "/api/v1/bookings/{id}");
        assertEquals(2, headers.size(), headers.toString());
        assertTrue(headers.containsKey("Deprecation") && headers.containsKey("Link"));
    }

    @Test
    void aDeprecationWithoutADateOrWithASunsetBeforeItStopsTheGateway() {
        assertThrows(IllegalStateException.class, () -> Deprecations.of(document(new JsonObject().put("deprecated", true))));
        assertThrows(IllegalStateException.class, () -> Deprecations.of(document(new JsonObject().put("deprecated", true)
                .put("x-deprecated-at", "1 Dec 2026"))));
        assertThrows(IllegalStateException.class, () -> Deprecations.of(document(new JsonObject().put("deprecated", true)
                .put("x-deprecated-at", "2026-12-01").put("x-sunset", "2026-11-01"))));
    }

    @Test
    void theBuiltDocumentDeprecatesNothingSilently() throws Exception {
        try (var stream = Deprecations.class.getResourceAsStream("/META-INF/openapi.json")) {
            // every deprecated operation of the real document has its dates, or this throws
            Deprecations.of(new JsonObject(new String(stream.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)));
        }
    }
}
