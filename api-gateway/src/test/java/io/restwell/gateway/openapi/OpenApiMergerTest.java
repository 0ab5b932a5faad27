package io.restwell.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import io.restwell.gateway.openapi.OpenApiMerger.OpenApiConflict;
import io.restwell.gateway.openapi.OpenApiMerger.ServiceDocument;
import io.vertx.core.json.JsonObject;

class OpenApiMergerTest {

    private static final JsonObject GATEWAY = new JsonObject("""
            {"openapi": "3.1.0", "info": {"title": "Restwell API", "version": "1"},
             "servers": [{"url": "http://localhost:8080"}],
             "components": {"securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}}},
             "x-gateway-responses": {"413": {"$ref": "#/components/responses/PayloadTooLarge"},
                                     "429": {"$ref": "#/components/responses/TooManyRequests"}}}
            """);

    private static JsonObject service(String tag, String path, String operationId, String problemTypeFormat) {
        return new JsonObject("""
                {"openapi": "3.1.0", "servers": [{"url": "http://localhost:8081"}], "tags": [{"name": "%s"}],
                 "paths": {"%s": {"get": {"operationId": "%s", "tags": ["%s"], "responses": {"200": {"description": "OK"},
                                           "400": {"description": "Bad", "content": {"application/problem+json":
                                                   {"schema": {"$ref": "#/components/schemas/Problem"}}}}}},
                                  "post": {"operationId": "%sCreate", "tags": ["%s"], "requestBody": {"content": {}},
                                           "responses": {"201": {"description": "Created"}}},
                                  "parameters": []}},
                 "components": {
                   "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer", "description": "Authentication"}},
                   "schemas": {"Problem": {"type": "object", "description": "%s",
                      "properties": {"type": {"type": "string", "format": "%s", "examples": ["%s"]},
                                     "title": {"type": "string"}}}}}}
                """.formatted(tag, path, operationId, tag, operationId, tag, tag, problemTypeFormat, tag));
    }

    @Test
    void takesEveryPathAndOperationOfEveryServiceUnderTheGatewayAsOnlyServer() {
        JsonObject merged = OpenApiMerger.merge(GATEWAY, List.of(
                new ServiceDocument("journal", service("Journal", "/api/v1/journal/a", "listA", "uri")),
                new ServiceDocument("booking", service("Bookings", "/api/v1/bookings", "listBookings", "uri"))));

        assertEquals(2, merged.getJsonObject("paths").size());
        assertEquals("listBookings", merged.getJsonObject("paths").getJsonObject("/api/v1/bookings")
                .getJsonObject("get").getString("operationId"));
        assertEquals(GATEWAY.getJsonArray("servers"), merged.getJsonArray("servers"));
        assertEquals("Journal", merged.getJsonArray("tags").getJsonObject(0).getString("name"));
        assertEquals("Booking", merged.getJsonArray("x-tagGroups").getJsonObject(1).getString("name"));
        assertFalse(merged.containsKey("x-gateway-responses"), "the gateway's instructions are not published");
        // the gateway's description of a shared security scheme wins; the service's prose is dropped
        assertFalse(merged.getJsonObject("components").getJsonObject("securitySchemes").getJsonObject("bearer")
                .containsKey("description"));
    }

    @Test
    void addsTheGatewaysOwnAnswersAnd413OnlyWhereThereIsABody() {
        JsonObject merged = OpenApiMerger.merge(GATEWAY,
                List.of(new ServiceDocument("journal", service("Journal", "/api/v1/journal/a", "listA", "uri"))));
        JsonObject item = merged.getJsonObject("paths").getJsonObject("/api/v1/journal/a");

        JsonObject get = item.getJsonObject("get").getJsonObject("responses");
        JsonObject post = item.getJsonObject("post").getJsonObject("responses");
        assertTrue(get.containsKey("429"));
        assertFalse(get.containsKey("413"));
        assertTrue(post.containsKey("413"));
        assertTrue(post.containsKey("201"));
    }

    @Test
    void refusesAPathOwnedByTwoServices() {
        OpenApiConflict conflict = assertThrows(OpenApiConflict.class, () -> OpenApiMerger.merge(GATEWAY, List.of(
                new ServiceDocument("journal", service("Journal", "/api/v1/x", "listA", "uri")),
                new ServiceDocument("booking", service("Bookings", "/api/v1/x", "listB", "uri")))));
        assertTrue(conflict.getMessage().contains("/api/v1/x"), conflict.getMessage());
    }

    @Test
    void refusesAnOperationIdUsedTwice() {
        OpenApiConflict conflict = assertThrows(OpenApiConflict.class, () -> OpenApiMerger.merge(GATEWAY, List.of(
                new ServiceDocument("journal", service("Journal", "/api/v1/journal/a", "list", "uri")),
                new ServiceDocument("booking", service("Bookings", "/api/v1/bookings", "list", "uri")))));
        assertTrue(conflict.getMessage().contains("operationId list"), conflict.getMessage());
    }

    @Test
    void refusesAnOperationWithoutId() {
        JsonObject document = service("Journal", "/api/v1/journal/a", "listA", "uri");
        document.getJsonObject("paths").getJsonObject("/api/v1/journal/a").getJsonObject("get").remove("operationId");
        OpenApiConflict conflict = assertThrows(OpenApiConflict.class,
                () -> OpenApiMerger.merge(GATEWAY, List.of(new ServiceDocument("journal", document))));
        assertTrue(conflict.getMessage().contains("GET /api/v1/journal/a (journal) has no operationId"), conflict.getMessage());
    }

    @Test
    void sameNamedSchemasThatDifferOnlyInProseAreOneButADifferentShapeIsRefused() {
        JsonObject merged = OpenApiMerger.merge(GATEWAY, List.of(
                new ServiceDocument("journal", service("Journal", "/api/v1/journal/a", "listA", "uri")),
                new ServiceDocument("booking", service("Bookings", "/api/v1/bookings", "listB", "uri"))));
        assertEquals("Journal", merged.getJsonObject("components").getJsonObject("schemas")
                .getJsonObject("Problem").getString("description"), "the first service's prose is kept");

        OpenApiConflict conflict = assertThrows(OpenApiConflict.class, () -> OpenApiMerger.merge(GATEWAY, List.of(
                new ServiceDocument("journal", service("Journal", "/api/v1/journal/a", "listA", "uri")),
                new ServiceDocument("booking", service("Bookings", "/api/v1/bookings", "listB", "email")))));
        assertTrue(conflict.getMessage().contains("components.schemas.Problem from booking"), conflict.getMessage());
    }

    @Test
    void aFieldNamedLikeAProseKeywordIsPartOfTheShape() {
        JsonObject withTitle = new JsonObject("""
                {"type": "object", "properties": {"title": {"type": "string"}}}""");
        JsonObject withoutTitle = new JsonObject("""
                {"type": "object", "properties": {}}""");
        assertNotEquals(OpenApiMerger.shape(withTitle), OpenApiMerger.shape(withoutTitle));
        assertEquals(OpenApiMerger.shape(withTitle),
                OpenApiMerger.shape(withTitle.copy().put("description", "prose").put("examples", List.of("x"))));
    }

    @Test
    void dropsSchemasNoOperationReachesAndKeepsThoseReachedThroughOthers() {
        JsonObject document = service("Journal", "/api/v1/journal/a", "listA", "uri");
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        schemas.put("Page", new JsonObject().put("type", "object"));
        schemas.put("Entry", new JsonObject().put("type", "object"));
        schemas.put("EntryPage", new JsonObject().put("type", "object").put("properties",
                new JsonObject().put("items", new JsonObject().put("type", "array")
                        .put("items", new JsonObject().put("$ref", "#/components/schemas/Entry")))));
        document.getJsonObject("paths").getJsonObject("/api/v1/journal/a").getJsonObject("get")
                .getJsonObject("responses").getJsonObject("200").put("content", new JsonObject().put("application/json",
                        new JsonObject().put("schema", new JsonObject().put("$ref", "#/components/schemas/EntryPage"))));

        JsonObject merged = OpenApiMerger.merge(GATEWAY, List.of(new ServiceDocument("journal", document)));

        assertEquals(Set.of("EntryPage", "Entry", "Problem"), merged.getJsonObject("components").getJsonObject("schemas").fieldNames());
    }
}
