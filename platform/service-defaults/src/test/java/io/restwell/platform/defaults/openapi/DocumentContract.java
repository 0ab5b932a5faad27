package io.restwell.platform.defaults.openapi;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * What every service's own document says about its records (docs/clients.md): every object schema lists its
 * always-present properties as {@code required}; a property may be {@code null} only where its record says
 * {@code @Nullable}, and then the schema allows it ({@code type: [X, "null"]} or {@code anyOf} with
 * {@code type: "null"}). Each service's {@code rest/DocumentTests} extends it and names a few of its own
 * required and nullable fields.
 */
public abstract class DocumentContract {

    /** A schema name and the properties that must be required in it. */
    protected abstract Map<String, List<String>> alwaysPresent();

    /** A schema name and the properties that must allow null (and not be required). */
    protected abstract Map<String, List<String>> mayBeNull();

    @SuppressWarnings("unchecked")
    protected static Map<String, Map<String, Object>> schemas() {
        Map<String, Object> document = given().queryParam("format", "json").get("/q/openapi")
                .then().statusCode(200).extract().as(Map.class);
        assertEquals("3.1.0", document.get("openapi"), "null as a type needs OpenAPI 3.1");
        return (Map<String, Map<String, Object>>) ((Map<String, Object>) document.get("components")).get("schemas");
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyObjectSchemaSaysWhichPropertiesAreAlwaysThere() {
        List<String> without = new ArrayList<>();
        schemas().forEach((name, schema) -> {
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
            if (properties == null || properties.isEmpty()) {
                return;
            }
            boolean allNullable = properties.values().stream().allMatch(DocumentContract::allowsNull);
            if (schema.get("required") == null && !allNullable) {
                without.add(name);
            }
        });
        assertTrue(without.isEmpty(), "object schemas without required properties (a record the filter did not find?): " + without);
    }

    @Test
    @SuppressWarnings("unchecked")
    void requiredPropertiesAreNeverNullAndNullableOnesAreNotRequired() {
        List<String> wrong = new ArrayList<>();
        schemas().forEach((name, schema) -> {
            Map<String, Map<String, Object>> properties = (Map<String, Map<String, Object>>) schema.get("properties");
            List<String> required = (List<String>) schema.getOrDefault("required", List.of());
            if (properties != null) {
                properties.forEach((property, definition) -> {
                    if (required.contains(property) == allowsNull(definition)) {
                        wrong.add(name + "." + property);
                    }
                });
            }
        });
        assertTrue(wrong.isEmpty(), "each property is either required or may be null, never both or neither: " + wrong);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theServicesOwnFieldsSayWhatTheyAre() {
        Map<String, Map<String, Object>> schemas = schemas();
        alwaysPresent().forEach((name, properties) -> {
            Map<String, Object> schema = schemas.get(name);
            assertNotNull(schema, "no schema " + name);
            List<String> required = (List<String>) schema.getOrDefault("required", List.of());
            properties.forEach(property -> {
                assertTrue(required.contains(property), name + "." + property + " is not required: " + required);
                assertFalse(allowsNull(((Map<String, Map<String, Object>>) schema.get("properties")).get(property)),
                        name + "." + property + " allows null");
            });
        });
        mayBeNull().forEach((name, properties) -> {
            Map<String, Object> schema = schemas.get(name);
            assertNotNull(schema, "no schema " + name);
            List<String> required = (List<String>) schema.getOrDefault("required", List.of());
            properties.forEach(property -> {
                Map<String, Object> definition = ((Map<String, Map<String, Object>>) schema.get("properties")).get(property);
                assertNotNull(definition, "no property " + name + "." + property);
                assertTrue(allowsNull(definition), name + "." + property + " does not allow null: " + definition);
                assertFalse(required.contains(property), name + "." + property + " is required but may be left out");
            });
        });
    }

    /** Whether a property's schema lets {@code null} through: {@code type} lists it, or an {@code anyOf} branch is it. */
    @SuppressWarnings("unchecked")
    protected static boolean allowsNull(Map<String, Object> definition) {
        Object type = definition.get("type");
        if ("null".equals(type) || type instanceof List<?> types && types.contains("null")) {
            return true;
        }
        Object anyOf = definition.get("anyOf");
        return anyOf instanceof List<?> branches && branches.stream().anyMatch(branch -> allowsNull((Map<String, Object>) branch));
    }
}
