package io.restwell.system.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import groovy.json.JsonOutput;
import io.restassured.path.json.JsonPath;
import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;

/**
 * A generated stream of malformed and hostile requests to every operation of the gateway's public OpenAPI
 * document: zero 5xx, every error an RFC 9457 problem response, and no answer to person B (or to no one)
 * that carries person A's data. The generator is seeded; the seed is printed, and
 * {@code -Drestwell.faults.seed=<seed>} replays the same stream: the requests are generated in order from it, then
 * sent by a few threads at once (the platform serves many people at a time; one at a time took minutes).
 */
@ExtendWith(SharedPlatform.class)
class BadInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> HOSTILE_STRINGS = List.of(
            "' OR '1'='1", "'; DROP TABLE sleep_entry; --", "\" OR \"\"=\"", "<script>alert(1)</script>",
            "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "../../../../etc/passwd", "\u0000", "\uD83D\uDE00\u202E",
            "1; SELECT pg_sleep(5)", "admin'--", "%00%27", "\\u0000", "NaN", "-1", "9".repeat(40));
    private static final List<String> BAD_IDS = List.of("not-a-uuid", "00000000-0000-0000-0000-00000000000g",
            "' OR '1'='1", "<script>", "..%2F..%2Fq%2Fhealth", "%00", "1e309", "-1", "x".repeat(3000));


    /** Person A's secrets: none of them may reach an answer to anyone else. */
    private final Map<String, String> secretsOfA = new LinkedHashMap<>();
    private final Map<String, String> idsOfA = new LinkedHashMap<>();
    /** How many requests are in flight at once. */
    private static final int SENDERS = 4;

    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, Integer> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
    private Random random;
    private final java.util.concurrent.atomic.AtomicInteger sent = new java.util.concurrent.atomic.AtomicInteger();

    @Test
    void hostileRequestsToEveryPublicOperationGetProblemsNeverServerErrorsOrOthersData() throws Exception {
        long seed = Long.getLong("restwell.faults.seed", System.nanoTime());
        int rounds = SharedPlatform.setting("bad-input-rounds", 1);
        random = new Random(seed);
        SharedPlatform.log("bad input: seed " + seed + " (replay: -Drestwell.faults.seed=" + seed + "), rounds " + rounds);
        createPersonA();

        HttpResponse<String> document = SharedPlatform.send(SharedPlatform.gateway("/q/openapi?format=json").GET());
        assertEquals(200, document.statusCode());
        JsonPath openApi = JsonPath.from(document.body());
        Map<String, Map<String, Map<String, Object>>> paths = openApi.getMap("paths");
        Map<String, Object> schemas = openApi.getMap("components.schemas");
        int operations = 0;
        long began = System.nanoTime();
        List<Variant> variants = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            for (var path : new TreeMap<>(paths).entrySet()) {
                for (var operation : path.getValue().entrySet()) {
                    if (!Set.of("get", "post", "put", "delete", "patch").contains(operation.getKey())) {
                        continue;
                    }
                    operations += round == 0 ? 1 : 0;
                    variants.addAll(attack(operation.getKey().toUpperCase(), path.getKey(), operation.getValue(), schemas));
                }
            }
        }
        var senders = java.util.concurrent.Executors.newFixedThreadPool(SENDERS);
        try {
            for (var sending : senders.invokeAll(variants.stream().<java.util.concurrent.Callable<Void>>map(variant -> () -> {
                check(variant);
                return null;
            }).toList())) {
                sending.get();
            }
        } finally {
            senders.shutdownNow();
        }
        SharedPlatform.log(String.format("bad input: %d operations, %d requests in %.1f s, statuses %s", operations,
                sent.get(), (System.nanoTime() - began) / 1e9, statuses));
        assertTrue(operations >= 50, "the public document lists " + operations + " operations");
        assertEquals(List.of(), failures.subList(0, Math.min(failures.size(), 25)),
                failures.size() + " bad answers (seed " + seed + "); the first ones");
    }

    /** A with a journal, a suggestion and a booking, whose ids B's hostile requests then use. */
    private void createPersonA() throws Exception {
        String a = "fault-a-" + UUID.randomUUID();
        String token = SharedPlatform.token(a);
        secretsOfA.put("A's user id", a);
        secretsOfA.put("A's sleep notes", "sleep-secret-" + UUID.randomUUID());
        secretsOfA.put("A's pain notes", "pain-secret-" + UUID.randomUUID());
        LocalDate night = LocalDate.now().minusDays(1);
        HttpResponse<String> pain = SharedPlatform.send(SharedPlatform.gateway("/api/v1/journal/pain-entries")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"recordedAt":"%sT20:00:00+01:00","intensity":7,"location":"LOWER_BACK","character":"ACHING",
                         "chronic":true,"stressRelated":false,"disturbedSleep":true,"notes":"%s"}"""
                        .formatted(night, secretsOfA.get("A's pain notes")))));
        assertEquals(201, pain.statusCode(), pain.body());
        idsOfA.put("pain", JsonPath.from(pain.body()).getString("id"));
        HttpResponse<String> sleep = SharedPlatform.send(SharedPlatform.gateway("/api/v1/journal/sleep-entries")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"night":"%s","bedtime":"%sT23:00:00+01:00","wakeTime":"%sT07:00:00+01:00","sleepLatencyMinutes":70,
                         "awakenings":4,"wakeAfterSleepOnsetMinutes":60,"quality":1,"notes":"%s"}"""
                        .formatted(night, night, night.plusDays(1), secretsOfA.get("A's sleep notes")))));
        assertEquals(201, sleep.statusCode(), sleep.body());
        idsOfA.put("sleep", JsonPath.from(sleep.body()).getString("id"));

        Map<String, Object> suggestion = SharedPlatform.awaitSuggestions(Set.of(a), Set.of("FILLED"),
                Duration.ofSeconds(90)).get(a).get(0);
        idsOfA.put("recommendation", (String) suggestion.get("id"));
        @SuppressWarnings("unchecked")
        Map<String, Object> slot = ((List<Map<String, Object>>) suggestion.get("slots")).get(0);
        HttpResponse<String> accepted = SharedPlatform.send(SharedPlatform.gateway(
                "/api/v1/recommendations/" + suggestion.get("id") + "/accept")
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"therapistId\":\"" + slot.get("therapistId")
                        + "\",\"start\":\"" + slot.get("start") + "\"}")));
        assertEquals(200, accepted.statusCode(), accepted.body());
        idsOfA.put("booking", JsonPath.from(accepted.body()).getString("bookingId"));
        idsOfA.forEach((kind, id) -> secretsOfA.put("A's " + kind + " id", id));
    }

    /** The hostile variants of one operation. */
    private List<Variant> attack(String method, String path, Map<String, Object> operation, Map<String, Object> schemas) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> parameters = (List<Map<String, Object>>) operation.getOrDefault("parameters", List.of());
        boolean partner = String.valueOf(operation.get("security")).contains("partnerApiKey");
        boolean secured = operation.get("security") != null;
        Object bodySchema = bodySchema(operation);
        String user = "fault-b-" + UUID.randomUUID();
        String tokenB = SharedPlatform.token(user);
        String adminB = DevTokens.issue(user, List.of("user", "admin"));

        String validPath = fill(path, parameters, null);
        String validQuery = query(parameters, null);
        Object validValue = bodySchema == null ? null : valueOf(bodySchema, schemas, 0);
        String validBody = bodySchema == null ? null : JsonOutput.toJson(validValue);
        List<Variant> variants = new ArrayList<>();

        // Who asks: no one, a forged, an expired, a wrongly signed token; partners: bogus API keys.
        variants.add(new Variant("no credentials", method, validPath + validQuery, Map.of(), validBody));
        variants.add(new Variant("alg none token", method, validPath + validQuery,
                Map.of("Authorization", "Bearer " + unsignedToken(user)), validBody));
        variants.add(new Variant("expired token", method, validPath + validQuery,
                Map.of("Authorization", "Bearer " + DevTokens.issue(user, List.of("user", "admin"),
                        Duration.ofSeconds(-120))), validBody));
        variants.add(new Variant("token with B's signature on A's claims", method, validPath + validQuery,
                Map.of("Authorization", "Bearer " + swappedSignature(tokenB)), validBody));
        variants.add(new Variant("garbage bearer", method, validPath + validQuery,
                Map.of("Authorization", "Bearer " + pick(HOSTILE_STRINGS).replaceAll("[\\r\\n\\u0000]", "x")
                        .replaceAll("[^\\x20-\\x7e]", "x")), validBody));
        if (partner) {
            variants.add(new Variant("bogus API key", method, validPath + validQuery,
                    Map.of("X-Api-Key", "rwk_" + UUID.randomUUID()), validBody));
            variants.add(new Variant("hostile API key", method, validPath + validQuery,
                    Map.of("X-Api-Key", pick(HOSTILE_STRINGS).replaceAll("[^\\x20-\\x7e]", "x")), validBody));
            variants.add(new Variant("person token on a partner operation", method, validPath + validQuery,
                    Map.of("Authorization", "Bearer " + tokenB), validBody));
        }
        // From here on: person B (role user, sometimes admin too where the operation is an admin one).
        Map<String, String> asB = partner ? Map.of("X-Api-Key", "rwk_" + UUID.randomUUID())
                : Map.of("Authorization", "Bearer " + tokenB);
        boolean admin = path.startsWith("/api/v1/admin") || !method.equals("GET")
                && (path.startsWith("/api/v1/clinics") || path.startsWith("/api/v1/session-types"));
        Map<String, String> asAdminB = admin ? Map.of("Authorization", "Bearer " + adminB) : asB;
        boolean hasIds = path.contains("{");
        if (hasIds && secured) {
            variants.add(new Variant("A's ids with B's token", method, fill(path, parameters, "A") + validQuery,
                    asB, validBody));
        }
        if (hasIds) {
            for (int i = 0; i < 2; i++) {
                String bad = fill(path, parameters, "bad");
                variants.add(new Variant("hostile path id", method, bad + validQuery, asB, validBody));
                if (admin) {
                    variants.add(new Variant("hostile path id as admin", method, bad + validQuery, asAdminB, validBody));
                }
            }
        }
        if (parameters.stream().anyMatch(parameter -> "query".equals(parameter.get("in")))) {
            for (int i = 0; i < 2; i++) {
                variants.add(new Variant("hostile query", method, validPath + query(parameters, "bad"), asB, validBody));
            }
        }
        if (parameters.stream().anyMatch(parameter -> "header".equals(parameter.get("in")))) {
            Map<String, String> headers = new LinkedHashMap<>(asB);
            parameters.stream().filter(parameter -> "header".equals(parameter.get("in"))).forEach(parameter ->
                    headers.put((String) parameter.get("name"), pick(HOSTILE_STRINGS).replaceAll("[^\\x20-\\x7e]", "x")));
            variants.add(new Variant("hostile headers", method, validPath + validQuery, headers, validBody));
        }
        // Past the edge's limits on the URL (8 KiB) and header fields (16 KiB), and past Vert.x's defaults.
        String separator = validQuery.isEmpty() ? "?" : "&";
        variants.add(new Variant("URL of 20 KB", method, validPath + validQuery + separator + "pad="
                + "x".repeat(20_000), asB, validBody));
        Map<String, String> hugeHeaders = new LinkedHashMap<>(asB);
        hugeHeaders.put("X-Padding", "y".repeat(30_000));
        variants.add(new Variant("headers of 30 KB", method, validPath + validQuery, hugeHeaders, validBody));
        if (bodySchema != null) {
            for (Map<String, String> who : admin ? List.of(asB, asAdminB) : List.of(asB)) {
                for (String body : hostileBodies(validValue, validBody)) {
                    variants.add(new Variant("hostile body", method, validPath + validQuery, who, body));
                }
            }
            Map<String, String> plain = new LinkedHashMap<>(asB);
            plain.put("Content-Type", "text/plain");
            variants.add(new Variant("JSON as text/plain", method, validPath + validQuery, plain, validBody));
            variants.add(new Variant("body over 1 MiB", method, validPath + validQuery, asB,
                    "{\"notes\":\"" + "x".repeat(1_100_000) + "\"}"));
        }
        return variants;
    }

    private record Variant(String what, String method, String target, Map<String, String> headers, String body) {
        String describe() {
            String shownBody = body == null ? "" : " body " + (body.length() > 160 ? body.substring(0, 160) + "…("
                    + body.length() + " chars)" : body);
            String shownTarget = target.length() > 200 ? target.substring(0, 200) + "…" : target;
            return what + ": " + method + " " + shownTarget + shownBody;
        }
    }

    private void check(Variant variant) throws InterruptedException {
        HttpRequest.Builder request = SharedPlatform.gateway(variant.target());
        variant.headers().forEach((name, value) -> {
            if (!name.equals("Content-Type")) {
                request.header(name, value);
            }
        });
        request.header("Content-Type", variant.headers().getOrDefault("Content-Type", "application/json"));
        request.method(variant.method(), variant.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(variant.body()));
        HttpResponse<String> answer;
        sent.incrementAndGet();
        try {
            answer = SharedPlatform.send(request);
        } catch (IOException e) {
            failures.add(variant.describe() + " → no answer: " + e);
            return;
        } catch (IllegalArgumentException unsendable) {
            return; // a header value the HTTP client itself refuses to send never reaches the platform
        }
        int status = answer.statusCode();
        statuses.merge(Integer.toString(status), 1, Integer::sum);
        String body = answer.body();
        String excerpt = body.length() > 300 ? body.substring(0, 300) + "…" : body;
        if (status >= 500) {
            failures.add(variant.describe() + " → " + status + " " + excerpt);
            return;
        }
        if (status >= 400) {
            String type = contentType(answer);
            if (!type.startsWith("application/problem+json")) {
                failures.add(variant.describe() + " → " + status + " with Content-Type '" + type + "': " + excerpt);
                return;
            }
            try {
                // Jackson, not rest-assured's JsonPath: that compiles a Groovy expression per read, and was
                // most of this test's time over two thousand answers
                JsonNode problem = JSON.readTree(body);
                if (!problem.path("type").isTextual() || !problem.path("title").isTextual()
                        || problem.path("status").asInt(-1) != status) {
                    failures.add(variant.describe() + " → " + status + " problem without type/title/status: " + excerpt);
                    return;
                }
            } catch (IOException notJson) {
                failures.add(variant.describe() + " → " + status + " problem that is not JSON: " + excerpt);
                return;
            }
        }
        String asked = variant.target() + " " + variant.body();
        secretsOfA.forEach((what, secret) -> {
            if (body.contains(secret) && !asked.contains(secret)) {
                failures.add(variant.describe() + " → " + status + " reveals " + what + ": " + excerpt);
            }
        });
    }

    private static String contentType(HttpResponse<String> answer) {
        return answer.headers().firstValue("Content-Type").orElse("");
    }

    private List<String> hostileBodies(Object validValue, String valid) {
        List<String> bodies = new ArrayList<>();
        bodies.add(valid.substring(0, Math.max(1, random.nextInt(valid.length())))); // broken JSON
        bodies.add(pick(List.of("", "null", "[]", "\"text\"", "42", "{", "{}}", "{\"a\":1,}", "\u0000")));
        bodies.add("{}"); // every required field missing
        bodies.add("[".repeat(3000) + "]".repeat(3000)); // nesting past the parser's limit
        if (validValue instanceof Map<?, ?> object && !object.isEmpty()) {
            List<String> names = object.keySet().stream().map(String::valueOf).toList();
            @SuppressWarnings("unchecked")
            Map<String, Object> parsed = (Map<String, Object>) object;
            for (int i = 0; i < 3; i++) {
                Map<String, Object> wrong = new LinkedHashMap<>(parsed);
                wrong.put(pick(names), pick(List.of("a string", 12345, -1, 1e308, true, List.of(1, 2),
                        Map.of("nested", "object"), "2026-02-30T25:61:00+99:00", Long.MAX_VALUE)));
                bodies.add(JsonOutput.toJson(wrong));
            }
            Map<String, Object> injected = new LinkedHashMap<>(parsed);
            names.forEach(name -> injected.put(name, pick(HOSTILE_STRINGS)));
            bodies.add(JsonOutput.toJson(injected));
            // A valid body but for one text field with a NUL or a hostile string in it: passes validation,
            // so it reaches the database (PostgreSQL's text cannot hold U+0000).
            for (List<String> field : textFields(parsed, List.of())) {
                bodies.add(JsonOutput.toJson(withText(parsed, field, "\u0000")));
                bodies.add(JsonOutput.toJson(withText(parsed, field, pick(HOSTILE_STRINGS))));
            }
            Map<String, Object> huge = new LinkedHashMap<>(parsed);
            huge.put(pick(names), "y".repeat(200_000)); // over the services' 64 KB, under the gateway's 1 MiB
            bodies.add(JsonOutput.toJson(huge));
            Map<String, Object> big = new LinkedHashMap<>(parsed);
            big.put(pick(names), new java.math.BigDecimal("1e400"));
            bodies.add(JsonOutput.toJson(big).replace("1E+400", "1e400"));
        }
        return bodies;
    }

    /** The paths to the text values of a JSON object, into nested objects but not into arrays. */
    private static List<List<String>> textFields(Map<String, Object> object, List<String> at) {
        List<List<String>> fields = new ArrayList<>();
        object.forEach((name, value) -> {
            List<String> path = new ArrayList<>(at);
            path.add(name);
            if (value instanceof String) {
                fields.add(path);
            } else if (value instanceof Map<?, ?> nested) {
                @SuppressWarnings("unchecked")
                Map<String, Object> inner = (Map<String, Object>) nested;
                fields.addAll(textFields(inner, path));
            }
        });
        return fields;
    }

    /** A copy of the object with {@code added} put into the middle of the text at {@code path}. */
    private static Map<String, Object> withText(Map<String, Object> object, List<String> path, String added) {
        Map<String, Object> copy = new LinkedHashMap<>(object);
        String name = path.get(0);
        if (path.size() == 1) {
            String text = (String) copy.get(name);
            copy.put(name, text.substring(0, text.length() / 2) + added + text.substring(text.length() / 2));
        } else {
            @SuppressWarnings("unchecked")
            Map<String, Object> nested = (Map<String, Object>) copy.get(name);
            copy.put(name, withText(nested, path.subList(1, path.size()), added));
        }
        return copy;
    }

    private Object bodySchema(Map<String, Object> operation) {
        if (operation.get("requestBody") instanceof Map<?, ?> requestBody
                && requestBody.get("content") instanceof Map<?, ?> content
                && content.get("application/json") instanceof Map<?, ?> json) {
            return json.get("schema");
        }
        return null;
    }

    private Object resolve(Object schema, Map<String, Object> schemas) {
        int hops = 0;
        while (schema instanceof Map<?, ?> map && map.get("$ref") instanceof String ref && hops++ < 10) {
            Map<String, Object> target = new LinkedHashMap<>();
            @SuppressWarnings("unchecked")
            Map<String, Object> referenced = (Map<String, Object>) schemas.get(ref.substring(ref.lastIndexOf('/') + 1));
            target.putAll(referenced);
            map.forEach((key, value) -> {
                if (!"$ref".equals(key)) {
                    target.put(String.valueOf(key), value);
                }
            });
            schema = target;
        }
        return schema;
    }

    /** A plausible value for a schema: its example, its first enum value, or one shaped by its type. */
    private Object valueOf(Object schema, Map<String, Object> schemas, int depth) {
        Object resolved = resolve(schema, schemas);
        if (!(resolved instanceof Map<?, ?> map) || depth > 6) {
            return "x";
        }
        if (map.get("examples") instanceof List<?> examples && !examples.isEmpty()) {
            return examples.get(0);
        }
        if (map.get("enum") instanceof List<?> values && !values.isEmpty()) {
            return values.get(0);
        }
        String type = String.valueOf(map.get("type"));
        String format = String.valueOf(map.get("format"));
        if (map.get("properties") instanceof Map<?, ?> properties) {
            Map<String, Object> object = new LinkedHashMap<>();
            properties.forEach((name, property) -> object.put(String.valueOf(name), valueOf(property, schemas, depth + 1)));
            return object;
        }
        return switch (type) {
            case "array" -> List.of(valueOf(map.get("items"), schemas, depth + 1));
            case "integer" -> 1;
            case "number" -> 1.5;
            case "boolean" -> true;
            default -> switch (format) {
                case "uuid" -> UUID.randomUUID().toString();
                case "date" -> LocalDate.now().toString();
                case "date-time" -> LocalDate.now() + "T10:00:00+01:00";
                default -> "x";
            };
        };
    }

    /**
     * The path with its parameters: {@code null} plausible (random UUIDs, a real session type code), "A" person
     * A's ids where the resource is user-scoped, "bad" hostile strings.
     */
    private String fill(String path, List<Map<String, Object>> parameters, String mode) {
        String filled = path;
        for (Map<String, Object> parameter : parameters) {
            if (!"path".equals(parameter.get("in"))) {
                continue;
            }
            String name = (String) parameter.get("name");
            String value;
            if ("bad".equals(mode)) {
                String hostile = pick(random.nextBoolean() ? BAD_IDS : HOSTILE_STRINGS);
                value = hostile.startsWith("..%2F") || hostile.startsWith("%00") ? hostile
                        : URLEncoder.encode(hostile, StandardCharsets.UTF_8).replace("+", "%20");
            } else if ("code".equals(name)) {
                value = "SWEDISH";
            } else if ("A".equals(mode)) {
                value = idOfAFor(path, name);
            } else {
                value = UUID.randomUUID().toString();
            }
            filled = filled.replace("{" + name + "}", value);
        }
        return filled;
    }

    private String idOfAFor(String path, String name) {
        if (path.contains("/sleep-entries")) {
            return idsOfA.get("sleep");
        }
        if (path.contains("/pain-entries")) {
            return idsOfA.get("pain");
        }
        if (path.contains("/recommendations")) {
            return idsOfA.get("recommendation");
        }
        if (name.toLowerCase().contains("booking") || path.startsWith("/api/v1/bookings")) {
            return idsOfA.get("booking");
        }
        return pick(List.copyOf(idsOfA.values()));
    }

    private String query(List<Map<String, Object>> parameters, String mode) {
        List<String> pairs = new ArrayList<>();
        for (Map<String, Object> parameter : parameters) {
            if (!"query".equals(parameter.get("in"))) {
                continue;
            }
            String name = (String) parameter.get("name");
            String value;
            if ("bad".equals(mode) && random.nextInt(3) > 0) {
                value = pick(List.of("abc", "-5", "0", "99999999999999999999", "2026-13-45", "1e309", "",
                        "x".repeat(5000), pick(HOSTILE_STRINGS), "DEEP_TISSUE,SWEDISH", "null"));
            } else if (name.equals("from") || name.equals("changedSince")) {
                value = name.equals("changedSince") ? LocalDate.now().minusDays(7) + "T00:00:00Z"
                        : LocalDate.now().minusDays(7).toString();
            } else if (name.equals("to")) {
                value = LocalDate.now().plusDays(7).toString();
            } else if (name.equals("sessionType")) {
                value = "SWEDISH";
            } else if (name.equals("format")) {
                value = "csv";
            } else if (name.equals("page") || name.equals("size")) {
                value = name.equals("page") ? "0" : "5";
            } else {
                continue;
            }
            pairs.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
        return pairs.isEmpty() ? "" : "?" + String.join("&", pairs);
    }

    private static String unsignedToken(String user) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        return url.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + url.encodeToString(("{\"iss\":\"" + DevTokens.ISSUER + "\",\"sub\":\"" + user
                        + "\",\"groups\":[\"user\",\"admin\"],\"exp\":" + (System.currentTimeMillis() / 1000 + 600) + "}")
                        .getBytes(StandardCharsets.UTF_8)) + ".";
    }

    /** B's valid signature under claims naming A as the subject: a forgery the signature check must catch. */
    private String swappedSignature(String tokenOfB) {
        String[] parts = tokenOfB.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        String forged = claims.replaceAll("\"sub\":\"[^\"]*\"", "\"sub\":\"" + secretsOfA.get("A's user id") + "\"")
                .replaceAll("\"upn\":\"[^\"]*\"", "\"upn\":\"" + secretsOfA.get("A's user id") + "\"");
        return parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(forged.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
