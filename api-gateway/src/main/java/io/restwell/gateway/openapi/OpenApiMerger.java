package io.restwell.gateway.openapi;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;

/**
 * Merges the services' own OpenAPI documents into the one public document the gateway serves.
 * <p>
 * The services serve their resources under the public paths (docs/architecture.md), so paths are taken as they
 * are. The merge refuses what would mislead a client rather than guessing: a path or an operation id
 * claimed twice, an operation without an id, or two different schemas under one name (same-named
 * schemas that differ only in descriptions and examples, such as {@code Problem}, are one schema).
 * Every operation also gets the answers the gateway itself may give (429 and 503, 413 with a body).
 */
public final class OpenApiMerger {

    static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options", "trace");
    private static final String SCHEMA_REF = "#/components/schemas/";
    /** Keys that document a schema without changing what it accepts. */
    private static final Set<String> PROSE = Set.of("description", "examples", "example", "title");
    /** Keywords whose members are named by the author, not by the specification. */
    private static final Set<String> NAMED_MEMBERS = Set.of("properties", "patternProperties", "$defs");

    /** One service's document, named by the area the gateway routes to it. */
    public record ServiceDocument(String area, JsonObject document) {
    }

    private OpenApiMerger() {
    }

    /**
     * @param gateway the gateway's own part: info, servers, security schemes, its responses and headers
     * @param services in the order their tags should appear
     */
    public static JsonObject merge(JsonObject gateway, List<ServiceDocument> services) {
        JsonObject merged = gateway.copy();
        merged.remove("x-gateway-responses");
        JsonObject paths = new JsonObject();
        JsonObject webhooks = new JsonObject();
        JsonObject components = merged.getJsonObject("components", new JsonObject());
        Map<String, String> operationOwners = new HashMap<>();
        Map<String, JsonObject> tags = new LinkedHashMap<>();
        JsonArray tagGroups = new JsonArray();

        for (ServiceDocument service : services) {
            JsonObject document = service.document();
            List<String> areaTags = new ArrayList<>();
            for (Object tag : document.getJsonArray("tags", new JsonArray())) {
                JsonObject t = (JsonObject) tag;
                if (tags.putIfAbsent(t.getString("name"), t) == null) {
                    areaTags.add(t.getString("name"));
                }
            }
            document.getJsonObject("paths", new JsonObject()).forEach(entry -> {
                if (paths.containsKey(entry.getKey())) {
                    throw new OpenApiConflict("path " + entry.getKey() + " is claimed by " + service.area()
                            + " and by another service");
                }
                JsonObject item = ((JsonObject) entry.getValue()).copy();
                item.forEach(op -> {
                    if (!METHODS.contains(op.getKey())) {
                        return;
                    }
                    JsonObject operation = (JsonObject) op.getValue();
                    String id = operation.getString("operationId");
                    String where = op.getKey().toUpperCase() + " " + entry.getKey() + " (" + service.area() + ")";
                    if (id == null || id.isBlank()) {
                        throw new OpenApiConflict(where + " has no operationId");
                    }
                    String owner = operationOwners.putIfAbsent(id, where);
                    if (owner != null) {
                        throw new OpenApiConflict("operationId " + id + " is used by " + owner + " and " + where);
                    }
                    for (Object tag : operation.getJsonArray("tags", new JsonArray())) {
                        if (tags.putIfAbsent((String) tag, new JsonObject().put("name", tag)) == null) {
                            areaTags.add((String) tag);
                        }
                    }
                    addGatewayResponses(gateway, operation);
                });
                paths.put(entry.getKey(), item);
            });
            // What a service sends to partners' servers; their operationIds share the one namespace.
            document.getJsonObject("webhooks", new JsonObject()).forEach(entry -> {
                if (webhooks.containsKey(entry.getKey())) {
                    throw new OpenApiConflict("webhook " + entry.getKey() + " is claimed by " + service.area() + " and by another service");
                }
                JsonObject item = ((JsonObject) entry.getValue()).copy();
                item.forEach(op -> {
                    if (METHODS.contains(op.getKey()) && ((JsonObject) op.getValue()).getString("operationId") != null) {
                        String where = "webhook " + entry.getKey() + " (" + service.area() + ")";
                        String owner = operationOwners.putIfAbsent(((JsonObject) op.getValue()).getString("operationId"), where);
                        if (owner != null) {
                            throw new OpenApiConflict("operationId " + ((JsonObject) op.getValue()).getString("operationId")
                                    + " is used by " + owner + " and " + where);
                        }
                    }
                });
                webhooks.put(entry.getKey(), item);
            });
            JsonObject serviceComponents = document.getJsonObject("components", new JsonObject());
            serviceComponents.forEach(section -> {
                JsonObject into = components.getJsonObject(section.getKey());
                if (into == null) {
                    into = new JsonObject();
                    components.put(section.getKey(), into);
                }
                mergeSection(section.getKey(), into, (JsonObject) section.getValue(), service.area());
            });
            if (!areaTags.isEmpty()) {
                tagGroups.add(new JsonObject().put("name", areaName(service.area())).put("tags", new JsonArray(areaTags)));
            }
        }
        merged.put("tags", new JsonArray(new ArrayList<>(tags.values())));
        merged.put("x-tagGroups", tagGroups);
        merged.put("paths", paths);
        if (!webhooks.isEmpty()) {
            merged.put("webhooks", webhooks);
        }
        merged.put("components", components);
        pruneUnreachableSchemas(merged);
        return merged;
    }

    /**
     * Generic base types (a {@code Page<T>} before it is specialised) leave schemas no operation uses;
     * they would only puzzle a reader and become dead classes in a generated client.
     */
    private static void pruneUnreachableSchemas(JsonObject document) {
        JsonObject schemas = document.getJsonObject("components").getJsonObject("schemas");
        if (schemas == null) {
            return;
        }
        Set<String> reachable = new HashSet<>();
        JsonObject withoutSchemas = document.copy();
        withoutSchemas.getJsonObject("components").remove("schemas");
        List<Object> pending = new ArrayList<>(List.of(withoutSchemas));
        while (!pending.isEmpty()) {
            Object value = pending.remove(pending.size() - 1);
            if (value instanceof JsonObject object) {
                String ref = object.getString("$ref");
                if (ref != null && ref.startsWith(SCHEMA_REF) && reachable.add(ref.substring(SCHEMA_REF.length()))) {
                    pending.add(schemas.getValue(ref.substring(SCHEMA_REF.length())));
                }
                object.forEach(entry -> pending.add(entry.getValue()));
            } else if (value instanceof JsonArray array) {
                array.forEach(pending::add);
            }
        }
        schemas.fieldNames().removeIf(name -> !reachable.contains(name));
    }

    /** Every operation may meet the gateway's limits; its body may also be too large. */
    private static void addGatewayResponses(JsonObject gateway, JsonObject operation) {
        JsonObject responses = operation.getJsonObject("responses");
        if (responses == null) {
            responses = new JsonObject();
            operation.put("responses", responses);
        }
        JsonObject added = gateway.getJsonObject("x-gateway-responses", new JsonObject());
        for (String status : added.fieldNames()) {
            if ("413".equals(status) && !operation.containsKey("requestBody")) {
                continue;
            }
            if (!responses.containsKey(status)) {
                responses.put(status, added.getJsonObject(status).copy());
            }
        }
    }

    private static void mergeSection(String section, JsonObject into, JsonObject from, String area) {
        from.forEach(entry -> {
            Object existing = into.getValue(entry.getKey());
            if (existing == null) {
                into.put(entry.getKey(), entry.getValue());
            } else if (!shape(existing).equals(shape(entry.getValue()))) {
                throw new OpenApiConflict("components." + section + "." + entry.getKey() + " from " + area
                        + " differs from the one already merged: " + shape(entry.getValue()) + " vs " + shape(existing));
            }
        });
    }

    /** What a component accepts, without the prose that documents it. */
    static Object shape(Object value) {
        return shape(value, true);
    }

    /** Under {@code properties} the keys are field names (a field may be called "title"), not prose. */
    private static Object shape(Object value, boolean keywords) {
        if (value instanceof JsonObject object) {
            JsonObject stripped = new JsonObject();
            object.forEach(entry -> {
                if (!keywords || !PROSE.contains(entry.getKey())) {
                    boolean namesFields = keywords && NAMED_MEMBERS.contains(entry.getKey());
                    stripped.put(entry.getKey(), shape(entry.getValue(), !namesFields));
                }
            });
            return stripped;
        }
        if (value instanceof JsonArray array) {
            JsonArray stripped = new JsonArray();
            array.forEach(item -> stripped.add(shape(item, true)));
            return stripped;
        }
        return value;
    }

    private static String areaName(String area) {
        return area.substring(0, 1).toUpperCase() + area.substring(1);
    }

    /** The services' documents cannot be merged without misleading clients; the build stops. */
    public static final class OpenApiConflict extends RuntimeException {
        OpenApiConflict(String message) {
            super(message);
        }
    }
}
