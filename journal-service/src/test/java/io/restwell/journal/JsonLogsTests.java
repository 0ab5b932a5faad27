package io.restwell.journal;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;

/**
 * Production logs (restwell-service-defaults): JSON lines whose MDC carries the request id and the
 * trace id. Written to a file here, with the same JSON formatter the prod console uses.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class JsonLogsTests {

    /** Where the test profile writes JSON log lines (%test.quarkus.log.file.path). */
    static final Path LOG = Path.of("target", "json-logs-tests.log");

    @Test
    void prodConsoleLogsAreJson() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream("META-INF/microprofile-config.properties")) {
            defaults.load(in);
        }
        assertEquals("true", defaults.getProperty("%prod.quarkus.log.console.json.enabled"));
    }

    @Test
    void aLogLineOfARequestCarriesItsRequestIdAndTraceId() throws Exception {
        String requestId = "json-log-" + System.nanoTime();
        given().auth().oauth2(DevTokens.issue("json-logs", List.of("user"))).header("X-Request-Id", requestId)
                .get("/api/v1/journal/sleep-entries").then().statusCode(200);
        ObjectMapper json = new ObjectMapper();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        Optional<JsonNode> line = Optional.empty();
        while (line.isEmpty() && System.nanoTime() < deadline) {
            line = Files.exists(LOG) ? Files.readAllLines(LOG).stream().filter(text -> text.contains(requestId))
                    .map(text -> read(json, text)).findFirst() : Optional.empty();
            Thread.sleep(100);
        }
        assertTrue(line.isPresent(), "no JSON log line with request id " + requestId);
        JsonNode mdc = line.get().path("mdc");
        assertEquals(requestId, mdc.path("requestId").asText(), line.get().toString());
        assertTrue(mdc.path("traceId").asText().matches("[0-9a-f]{32}"), line.get().toString());
    }

    private static JsonNode read(ObjectMapper json, String text) {
        try {
            return json.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not a JSON line: " + text, e);
        }
    }
}
