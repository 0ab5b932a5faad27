package io.restwell.system.contract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.json.JsonObject;
import io.vertx.json.schema.Draft;
import io.vertx.json.schema.JsonSchema;
import io.vertx.json.schema.JsonSchemaOptions;
import io.vertx.json.schema.OutputFormat;
import io.vertx.json.schema.OutputUnit;
import io.vertx.json.schema.SchemaRepository;
import io.vertx.openapi.contract.MediaType;
import io.vertx.openapi.contract.OpenAPIContract;
import io.vertx.openapi.contract.Operation;
import io.vertx.openapi.validation.ResponseValidator;
import io.vertx.openapi.validation.SchemaValidationException;
import io.vertx.openapi.validation.ValidatableResponse;

/**
 * The gateway's published document ({@code /q/openapi}) read by an independent OpenAPI 3.1 validator
 * (Vert.x OpenAPI, not our code): every answer a system test receives through the gateway is checked against it,
 * status, media type, declared headers and body schema, and a violation names the operation and the field.
 *
 * <p>Vert.x validates JSON bodies only; for the few other media types the document declares (CSV exports,
 * calendar feeds, event streams) it checks here that the status and the media type are documented, and the
 * body is left to the tests that parse it with a parser of that format.
 */
public final class PublishedContract implements AutoCloseable {

    private final Vertx vertx;
    private final JsonObject document;
    private final OpenAPIContract contract;
    private final ResponseValidator validator;
    private final SchemaRepository schemas;

    private static final String BASE = "https://restwell.test/openapi.json";
    private static final JsonSchemaOptions SCHEMA_OPTIONS = new JsonSchemaOptions().setDraft(Draft.DRAFT202012)
            .setBaseUri(BASE).setOutputFormat(OutputFormat.Basic);

    private PublishedContract(Vertx vertx, JsonObject document, JsonObject readable, OpenAPIContract contract) {
        this.vertx = vertx;
        this.document = document;
        this.contract = contract;
        this.validator = ResponseValidator.create(vertx, contract);
        this.schemas = SchemaRepository.create(SCHEMA_OPTIONS).dereference(BASE, JsonSchema.of(readable));
    }

    /** Reads a published document (JSON); fails when the validator cannot read it. */
    public static PublishedContract read(String documentJson) {
        JsonObject document = new JsonObject(documentJson);
        Vertx vertx = Vertx.vertx();
        try {
            JsonObject readable = jsonMediaTypesOnly(document.copy());
            OpenAPIContract contract = OpenAPIContract.from(vertx, readable.copy())
                    .toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            return new PublishedContract(vertx, document, readable, contract);
        } catch (Exception unreadable) {
            vertx.close();
            throw new IllegalStateException("the validator cannot read the published document: " + unreadable, unreadable);
        }
    }

    /**
     * What is wrong with one answer, as "METHOD /path → status (operationId): reason" lines; empty when it
     * matches the document. Answers for paths the document does not list are not judged here.
     */
    public List<String> violations(String method, String path, int status, Map<String, List<String>> headers, String body) {
        List<String> found = new ArrayList<>();
        Operation operation = contract.findOperation(path, HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
        if (operation == null) {
            return found;
        }
        String where = method + " " + path + " → " + status + " (" + operation.getOperationId() + "): ";
        Map<String, String> flat = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> {
            if (name != null && !values.isEmpty()) {
                flat.put(name, values.get(0));
            }
        });
        String contentType = flat.get("Content-Type");
        JsonObject response = documentedResponse(operation, status);
        if (response == null) {
            found.add(where + "status " + status + " is not documented");
            return found;
        }
        boolean hasBody = body != null && !body.isEmpty();
        if (hasBody && contentType != null) {
            JsonObject content = response.getJsonObject("content", new JsonObject());
            if (!content.containsKey(essence(contentType))) {
                found.add(where + "media type " + contentType + " is not documented (documented: " + content.fieldNames() + ")");
                return found;
            }
            if (!isJson(essence(contentType))) {
                return found;
            }
        }
        try {
            ValidatableResponse answer = hasBody
                    ? ValidatableResponse.create(status, flat, Buffer.buffer(body), MediaType.APPLICATION_JSON)
                    : ValidatableResponse.create(status, flat);
            validator.validate(answer, operation.getOperationId())
                    .toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException failed) {
            found.add(where + describe(failed.getCause()));
        } catch (Exception unexpected) {
            found.add(where + "the validator failed: " + unexpected);
        }
        return found;
    }

    /**
     * What is wrong with a request the platform sent to a partner's server, judged against the document's
     * {@code webhooks} entry of that name: the required headers and the JSON body's schema.
     */
    public List<String> webhookViolations(String name, Map<String, List<String>> headers, String body) {
        List<String> found = new ArrayList<>();
        JsonObject webhook = document.getJsonObject("webhooks", new JsonObject()).getJsonObject(name);
        if (webhook == null || webhook.getJsonObject("post") == null) {
            found.add("webhook " + name + " is not in the document");
            return found;
        }
        JsonObject post = webhook.getJsonObject("post");
        String where = "webhook " + name + " (" + post.getString("operationId") + "): ";
        Map<String, List<String>> sent = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        sent.putAll(headers);
        for (Object parameter : post.getJsonArray("parameters", new io.vertx.core.json.JsonArray())) {
            JsonObject header = (JsonObject) parameter;
            if ("header".equals(header.getString("in")) && header.getBoolean("required", false) && !sent.containsKey(header.getString("name"))) {
                found.add(where + "header " + header.getString("name") + " is missing");
            }
        }
        JsonObject schema = post.getJsonObject("requestBody").getJsonObject("content").getJsonObject(MediaType.APPLICATION_JSON)
                .getJsonObject("schema");
        // A reference within the document is made absolute: the repository knows the document by its base URI.
        JsonObject judged = schema.containsKey("$ref") && schema.getString("$ref").startsWith("#")
                ? new JsonObject().put("$ref", BASE + schema.getString("$ref")) : schema.copy();
        OutputUnit verdict = schemas.validator(JsonSchema.of(judged), SCHEMA_OPTIONS).validate(new JsonObject(body));
        if (!Boolean.TRUE.equals(verdict.getValid())) {
            List<String> reasons = new ArrayList<>();
            collect(verdict, reasons);
            found.add(where + "the body does not match its schema " + reasons);
        }
        return found;
    }

    /** The document's response object for a status: the exact code, its range ({@code 4XX}) or {@code default}. */
    private JsonObject documentedResponse(Operation operation, int status) {
        JsonObject responses = document.getJsonObject("paths").getJsonObject(operation.getOpenAPIPath())
                .getJsonObject(operation.getHttpMethod().name().toLowerCase(Locale.ROOT)).getJsonObject("responses");
        for (String key : List.of(String.valueOf(status), (status / 100) + "XX", "default")) {
            if (responses.containsKey(key)) {
                JsonObject response = responses.getJsonObject(key);
                String ref = response.getString("$ref");
                return ref == null ? response
                        : document.getJsonObject("components").getJsonObject("responses").getJsonObject(ref.substring(ref.lastIndexOf('/') + 1));
            }
        }
        return null;
    }

    private static String describe(Throwable failure) {
        if (failure instanceof SchemaValidationException schema && schema.getOutputUnit() != null) {
            List<String> reasons = new ArrayList<>();
            collect(schema.getOutputUnit(), reasons);
            return schema.getMessage() + (reasons.isEmpty() ? "" : " " + reasons);
        }
        return String.valueOf(failure.getMessage());
    }

    /** The leaf errors of a schema verdict, each as "field: reason". */
    private static void collect(OutputUnit unit, List<String> reasons) {
        if (unit.getErrors() != null && !unit.getErrors().isEmpty()) {
            unit.getErrors().forEach(inner -> collect(inner, reasons));
        } else if (unit.getError() != null) {
            String field = unit.getInstanceLocation() == null || unit.getInstanceLocation().isEmpty() ? "(body)" : unit.getInstanceLocation();
            reasons.add(field + ": " + unit.getError());
        }
    }

    private static String essence(String contentType) {
        int semicolon = contentType.indexOf(';');
        return (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
    }

    private static boolean isJson(String mediaType) {
        return mediaType.equals(MediaType.APPLICATION_JSON) || MediaType.isVendorSpecificJson(mediaType);
    }

    /**
     * The document as the validator can read it, for judging answers: without request parameters, each JSON flavour ({@code application/problem+json},
     * {@code application/fhir+json}) under {@code application/json}, other media types left out; which media
     * types a status really documents is checked against the document as published, in {@link #violations}.
     */
    private static JsonObject jsonMediaTypesOnly(JsonObject document) {
        for (String path : document.getJsonObject("paths").fieldNames()) {
            JsonObject operations = document.getJsonObject("paths").getJsonObject(path);
            operations.remove("parameters");
            for (String method : operations.fieldNames()) {
                if (!(operations.getValue(method) instanceof JsonObject operation)) {
                    continue;
                }
                // Requests are not judged here (bad-input tests send wrong ones on purpose); Vert.x cannot
                // read parameter schemas given by reference, so they are left out.
                operation.remove("parameters");
                JsonObject responses = operation.getJsonObject("responses", new JsonObject());
                for (String status : responses.fieldNames()) {
                    asPlainJson(responses.getJsonObject(status));
                }
                if (operation.getValue("requestBody") instanceof JsonObject requestBody) {
                    asPlainJson(requestBody);
                }
            }
        }
        JsonObject components = document.getJsonObject("components", new JsonObject());
        nullableNumbersWithoutFormat(components.getJsonObject("schemas", new JsonObject()));
        for (String shared : List.of("responses", "requestBodies")) {
            JsonObject named = components.getJsonObject(shared, new JsonObject());
            named.fieldNames().forEach(name -> asPlainJson(named.getJsonObject(name)));
        }
        return document;
    }

    /**
     * Vert.x asserts a {@code format} (int64, double, …) on a {@code null} too, so a nullable number that is null would
     * be a false violation; where a type admits null the format is dropped (the type itself is still checked).
     */
    private static void nullableNumbersWithoutFormat(Object schema) {
        if (schema instanceof JsonObject object) {
            if (object.getValue("type") instanceof io.vertx.core.json.JsonArray types && types.contains("null")) {
                object.remove("format");
            }
            object.forEach(entry -> nullableNumbersWithoutFormat(entry.getValue()));
        } else if (schema instanceof io.vertx.core.json.JsonArray array) {
            array.forEach(PublishedContract::nullableNumbersWithoutFormat);
        }
    }

    private static void asPlainJson(JsonObject withContent) {
        JsonObject content = withContent.getJsonObject("content");
        if (content == null) {
            return;
        }
        JsonObject json = content.getJsonObject(MediaType.APPLICATION_JSON);
        for (String type : content.fieldNames()) {
            if (json == null && isJson(essence(type))) {
                json = content.getJsonObject(type);
            }
        }
        if (json == null) {
            withContent.remove("content");
        } else {
            withContent.put("content", new JsonObject().put(MediaType.APPLICATION_JSON, json));
        }
    }

    /** The operationId the document gives a method and path, or null when it lists none. */
    public String operationId(String method, String path) {
        Operation operation = contract.findOperation(path, HttpMethod.valueOf(method.toUpperCase(Locale.ROOT)));
        return operation == null ? null : operation.getOperationId();
    }

    /** The operations the document lists. */
    public Set<String> operationIds() {
        Set<String> ids = new java.util.TreeSet<>();
        contract.operations().forEach(operation -> ids.add(operation.getOperationId()));
        return ids;
    }

    @Override
    public void close() {
        vertx.close();
    }
}
