package io.restwell.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.vertx.core.json.JsonObject;

/**
 * The public document passes Spectral (its OpenAPI rules plus ours in openapi-checks/.spectral.yaml)
 * with no errors, as the gateway serves it (target/openapi is what Quarkus stored from its build).
 */
class OpenApiLintIT {

    @Test
    void thePublicDocumentHasNoLintErrors() throws Exception {
        ExternalCommand lint = spectral(ExternalCommand.DOCUMENT.toAbsolutePath());
        assertEquals(0, lint.exitCode(), lint.output());
        assertTrue(lint.output().contains("No results with a severity of 'error' found"), lint.output());
    }

    @Test
    void theLinterCatchesAnUntypedBodyAMissingOperationIdAndANumberedSchemaName(@TempDir Path scratch) throws Exception {
        JsonObject broken = new JsonObject(Files.readString(ExternalCommand.DOCUMENT));
        JsonObject create = broken.getJsonObject("paths").getJsonObject("/api/v1/journal/sleep-entries").getJsonObject("post");
        create.getJsonObject("responses").getJsonObject("201").getJsonObject("content")
                .getJsonObject("application/json").put("schema", new JsonObject());
        create.remove("operationId");
        JsonObject schemas = broken.getJsonObject("components").getJsonObject("schemas");
        schemas.put("JournalPage1", schemas.getJsonObject("SleepEntryPage"));
        Path document = scratch.resolve("broken.json");
        Files.writeString(document, broken.encode());

        ExternalCommand lint = spectral(document);

        assertNotEquals(0, lint.exitCode(), lint.output());
        assertTrue(lint.output().contains("restwell-success-body-is-typed"), lint.output());
        assertTrue(lint.output().contains("operation-operationId"), lint.output());
        assertTrue(lint.output().contains("restwell-schema-names-are-domain-words"), lint.output());
    }

    private static ExternalCommand spectral(Path document) throws Exception {
        return ExternalCommand.run(ExternalCommand.CHECKS, 120, List.of(ExternalCommand.tool("spectral"), "lint",
                document.toString(), "--ruleset", ".spectral.yaml", "--fail-severity", "error", "--format", "text"));
    }
}
