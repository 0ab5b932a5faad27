package io.restwell.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The public document changes safely (docs/api-lifecycle.md): compared with the last released one
 * (openapi-checks/released-openapi.json) by OpenAPITools' openapi-diff, every breaking change must be recorded
 * under "Unreleased" in docs/api-changelog.md, naming the operation as {@code `METHOD /path`}.
 */
class ContractCompatibilityTest {

    private static final Path RELEASED = Path.of("openapi-checks/released-openapi.json");
    private static final Path CURRENT = Path.of("target/classes/META-INF/openapi.json");
    private static final Path CHANGELOG = Path.of("../docs/api-changelog.md");

    @Test
    void everyBreakingChangeSinceTheLastReleaseIsInTheChangelog() throws Exception {
        List<String> unrecorded = unrecordedBreakingChanges(Files.readString(RELEASED), Files.readString(CURRENT),
                Files.readString(CHANGELOG));
        assertEquals(List.of(), unrecorded, "breaking changes against " + RELEASED + " that " + CHANGELOG
                + " does not record under Unreleased (add a line naming each, or make the change compatible)");
    }

    @Test
    void aResponseFieldRemovedOrMadeNullableIsBreakingUntilTheChangelogRecordsIt() throws Exception {
        String current = Files.readString(CURRENT);
        JsonObject document = new JsonObject(current);
        JsonObject booking = document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Booking");
        booking.getJsonObject("properties").remove("status");
        booking.getJsonArray("required").remove("status");
        String withoutStatus = document.encode();

        List<String> breaking = unrecordedBreakingChanges(current, withoutStatus,
                "# Contract changelog\n\nRecord breaking changes under `## Unreleased`.\n\n## Unreleased\n");
        assertTrue(breaking.contains("GET /api/v1/bookings/{id}"), breaking.toString());
        assertTrue(breaking.contains("POST /api/v1/bookings"), breaking.toString());

        StringBuilder recorded = new StringBuilder("# Contract changelog\n\n## Unreleased\n\n");
        breaking.forEach(operation -> recorded.append("- **Breaking** `").append(operation).append("`: a booking has no status.\n"));
        recorded.append("\n## 1.0.0\n");
        assertEquals(List.of(), unrecordedBreakingChanges(current, withoutStatus, recorded.toString()));
        // recorded under an old release it does not count
        assertEquals(breaking, unrecordedBreakingChanges(current, withoutStatus,
                "# Contract changelog\n\n## Unreleased\n\n## 1.0.0\n\n" + recorded.substring(recorded.indexOf("- **"))));
    }

    @Test
    void anAddedOperationOrOptionalFieldIsNotBreaking() throws Exception {
        String current = Files.readString(CURRENT);
        JsonObject document = new JsonObject(current);
        document.getJsonObject("components").getJsonObject("schemas").getJsonObject("Booking").getJsonObject("properties")
                .put("room", new JsonObject().put("type", new JsonArray().add("string").add("null")));
        JsonObject paths = document.getJsonObject("paths");
        paths.put("/api/v1/bookings/{id}/room", paths.getJsonObject("/api/v1/bookings/{id}").copy());
        paths.getJsonObject("/api/v1/bookings/{id}/room").getJsonObject("get").put("operationId", "getBookingRoom");
        assertEquals(List.of(), unrecordedBreakingChanges(current, document.encode(), "## Unreleased\n"));
    }

    /** The operations openapi-diff finds broken (removed or changed incompatibly) that the changelog's Unreleased part does not name. */
    static List<String> unrecordedBreakingChanges(String released, String current, String changelog) {
        ChangedOpenApi diff = OpenApiCompare.fromContents(released, current);
        List<String> breaking = new ArrayList<>();
        diff.getMissingEndpoints().forEach(endpoint -> breaking.add(endpoint.getMethod() + " " + endpoint.getPathUrl()));
        diff.getChangedOperations().stream().filter(operation -> operation.isIncompatible())
                .forEach(operation -> breaking.add(operation.getHttpMethod() + " " + operation.getPathUrl()));
        String unreleased = unreleased(changelog);
        return breaking.stream().distinct().filter(operation -> !unreleased.contains("`" + operation + "`")).toList();
    }

    /** The changelog's "## Unreleased" section (a heading line, not a mention in prose), up to the next release's heading. */
    private static String unreleased(String changelog) {
        int start = changelog.startsWith("## Unreleased") ? 0 : changelog.indexOf("\n## Unreleased");
        if (start < 0) {
            return "";
        }
        int next = changelog.indexOf("\n## ", start + 1);
        return next < 0 ? changelog.substring(start) : changelog.substring(start, next);
    }
}
