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
                assertTrue(responses.containsKey("400") && responses.containsKey("422"), name + " does not document 400/422");
            }
        }));
        assertEquals(15, operations.size(), operations.toString());
        Map<String, Object> schemes = (Map<String, Object>) ((Map<String, Object>) document.get("components")).get("securitySchemes");
        assertTrue(schemes.containsKey("bearer"), "the bearer scheme is not declared: " + schemes);
    }
}
