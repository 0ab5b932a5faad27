package io.restwell.gateway.openapi;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.gateway.EchoUpstreams;
import io.restwell.local.testing.RestwellInfrastructure;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * The document clients read is complete: every operation each service documents itself (their built
 * documents, target/service-openapi) is in the gateway's {@code /q/openapi}, in JSON and YAML.
 */
@QuarkusTest
// The other tests' resources, though this one needs none of them: the same set shares their Quarkus start.
@WithTestResource(EchoUpstreams.class)
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "kafka", value = "false"))
class PublicOpenApiTests {

    private static final List<String> AREAS = List.of("journal", "booking", "recommendation");

    @Test
    void servesEveryOperationOfEveryServiceOnce() throws IOException {
        JsonObject published = publishedJson();
        Set<String> publishedOperations = operations(published);
        for (String area : AREAS) {
            Set<String> own = operations(serviceDocument(area));
            assertTrue(own.size() >= 3, area + " documents its operations");
            Set<String> missing = new TreeSet<>(own);
            missing.removeAll(publishedOperations);
            assertEquals(Set.of(), missing, "operations of " + area + " missing from /q/openapi");
        }
        List<String> ids = new ArrayList<>();
        published.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
            if (OpenApiMerger.METHODS.contains(op.getKey())) {
                ids.add(((JsonObject) op.getValue()).getString("operationId"));
            }
        }));
        assertEquals(ids.size(), new HashSet<>(ids).size(), "operation ids are unique: " + ids);
    }

    @Test
    void namesTheGatewayAsOnlyServerAndDeclaresBothSecuritySchemes() {
        JsonObject published = publishedJson();
        for (Object server : published.getJsonArray("servers")) {
            String url = ((JsonObject) server).getString("url");
            assertTrue(url.equals("http://localhost:8080") || url.equals("https://api.restwell.dev"), url);
        }
        JsonObject schemes = published.getJsonObject("components").getJsonObject("securitySchemes");
        assertEquals("bearer", schemes.getJsonObject("bearer").getString("scheme"));
        assertEquals("JWT", schemes.getJsonObject("bearer").getString("bearerFormat"));
        assertEquals("apiKey", schemes.getJsonObject("partnerApiKey").getString("type"));
        assertEquals("X-Api-Key", schemes.getJsonObject("partnerApiKey").getString("name"));
    }

    @Test
    void groupsTagsByArea() {
        JsonArray groups = publishedJson().getJsonArray("x-tagGroups");
        List<String> names = groups.stream().map(group -> ((JsonObject) group).getString("name")).toList();
        assertEquals(List.of("Journal", "Booking", "Recommendation"), names);
        Set<String> declared = new HashSet<>();
        publishedJson().getJsonArray("tags").forEach(tag -> declared.add(((JsonObject) tag).getString("name")));
        groups.forEach(group -> ((JsonObject) group).getJsonArray("tags")
                .forEach(tag -> assertTrue(declared.contains(tag), tag + " is declared")));
    }

    @Test
    void everyOperationDocumentsTheGatewaysRateLimitAndUnavailableAnswers() {
        publishedJson().getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).forEach(op -> {
            if (OpenApiMerger.METHODS.contains(op.getKey())) {
                JsonObject responses = ((JsonObject) op.getValue()).getJsonObject("responses");
                assertTrue(responses.containsKey("429") && responses.containsKey("503") && responses.containsKey("504"),
                        op.getKey() + " " + path.getKey());
            }
        }));
    }

    @Test
    void theMergedDocumentKeepsWhatIsRequiredAndWhatMayBeNull() {
        JsonObject schemas = publishedJson().getJsonObject("components").getJsonObject("schemas");
        JsonObject booking = schemas.getJsonObject("Booking");
        assertTrue(booking.getJsonArray("required").getList().containsAll(List.of("id", "status", "start", "price")),
                booking.getJsonArray("required").toString());
        assertEquals(List.of("string", "null"), booking.getJsonObject("properties").getJsonObject("notes").getJsonArray("type").getList());
        assertTrue(booking.getJsonObject("properties").getJsonObject("cancelledAt").getJsonArray("anyOf").stream()
                .anyMatch(branch -> "null".equals(((JsonObject) branch).getString("type"))));
        JsonObject cancelledBy = schemas.getJsonObject("PartnerBooking").getJsonObject("properties").getJsonObject("cancelledBy");
        assertTrue(cancelledBy.getJsonArray("enum").getList().contains(null), cancelledBy.toString());
        assertEquals(List.of("type", "title", "status"), schemas.getJsonObject("Problem").getJsonArray("required").getList());
        JsonObject recommendation = schemas.getJsonObject("Recommendation");
        assertTrue(recommendation.getJsonArray("required").getList().contains("id"));
        assertTrue(recommendation.getJsonObject("properties").getJsonObject("bookingId").getJsonArray("anyOf").stream()
                .anyMatch(branch -> "null".equals(((JsonObject) branch).getString("type"))), "a suggestion's bookingId is null until it is accepted");
    }

    @Test
    void servesYamlToo() {
        given().accept("application/yaml").get("/q/openapi")
                .then().statusCode(200)
                .body(containsString("openapi: 3.1.0"))
                .body(containsString("/api/v1/journal/sleep-entries:"))
                .body(containsString("/api/v1/recommendations/{id}/accept:"))
                .body(containsString("/api/v1/bookings:"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/").then().statusCode(200).body(containsString("swagger-ui"));
    }

    private static JsonObject publishedJson() {
        return new JsonObject(given().accept("application/json").get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());
    }

    private static JsonObject serviceDocument(String area) throws IOException {
        return new JsonObject(Files.readString(Path.of("target/service-openapi", area, "openapi.json")));
    }

    private static Set<String> operations(JsonObject document) {
        Set<String> operations = new TreeSet<>();
        document.getJsonObject("paths").forEach(path -> ((JsonObject) path.getValue()).fieldNames().stream()
                .filter(OpenApiMerger.METHODS::contains)
                .forEach(method -> operations.add(method.toUpperCase() + " " + path.getKey())));
        return operations;
    }
}
