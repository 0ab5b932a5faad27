package io.restwell.journal.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;

/** What client developers read: every operation named, summarised, tagged, secured, its errors documented. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class OpenApiTests {

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationIsDocumentedWithItsProblems() {
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().as(Map.class);
        Map<String, Map<String, Map<String, Object>>> paths = (Map<String, Map<String, Map<String, Object>>>) document.get("paths");
        List<String> operations = new ArrayList<>();
        paths.forEach((path, methods) -> methods.forEach((method, operation) -> {
            String name = method.toUpperCase() + " " + path;
            operations.add(name);
            assertTrue(operation.containsKey("operationId"), name + " has no operationId");
            assertTrue(operation.containsKey("summary"), name + " has no summary");
            assertFalse(((List<?>) operation.get("tags")).isEmpty(), name + " has no tag");
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            assertTrue(responses.containsKey("401"), name + " does not document 401");
            assertTrue(responses.containsKey("500"), name + " does not document 500");
            if (path.contains("{id}")) {
                assertTrue(responses.containsKey("404"), name + " does not document 404");
            }
            if (operation.containsKey("requestBody")) {
                assertTrue(responses.containsKey("400") && responses.containsKey("415"), name + " does not document 400/415");
            }
            // 422 where a rule can be broken (a night that cannot be), and nowhere else; a batch answers per item.
            assertEquals(path.contains("sleep-entries") && !path.endsWith("/batch") && operation.containsKey("requestBody"),
                    responses.containsKey("422"),
                    name + " documents 422 wrongly");
            Map<String, Map<String, Object>> success = (Map<String, Map<String, Object>>) responses.entrySet().stream()
                    .filter(entry -> entry.getKey().startsWith("2")).findFirst().orElseThrow().getValue();
            assertEquals(success.containsKey("content"), responses.containsKey("406"), name + ": 406 goes with content");
        }));
        Map<String, Object> export = (Map<String, Object>) ((Map<String, Map<String, Object>>) paths.get("/api/v1/journal/export")).get("get");
        Map<String, Map<String, Object>> exportResponses = (Map<String, Map<String, Object>>) export.get("responses");
        assertEquals(List.of("application/fhir+json", "application/json", "text/csv"),
                List.copyOf(((Map<String, Object>) exportResponses.get("200").get("content")).keySet()));
        assertTrue(((Map<String, Object>) exportResponses.get("200").get("headers")).containsKey("Content-Disposition"));
        assertTrue(exportResponses.containsKey("406"), "the export's 406 is not documented");
        assertEquals(18, operations.size(), operations.toString()); // 15, and the three wearable imports
        Map<String, Object> schemes = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("securitySchemes");
        assertTrue(schemes.containsKey("bearer"), "the bearer scheme is not declared: " + schemes);
    }
}
