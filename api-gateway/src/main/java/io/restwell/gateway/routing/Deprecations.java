package io.restwell.gateway.routing;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import io.vertx.core.json.JsonObject;

/**
 * The public document's deprecated operations ({@code deprecated: true}, docs/api-lifecycle.md) and the headers
 * every answer of one carries: {@code Deprecation} (RFC 9745, the date from {@code x-deprecated-at}),
 * {@code Sunset} (RFC 8594, from {@code x-sunset}, when one is set) and a {@code Link} to the lifecycle policy.
 * A deprecated operation without a valid {@code x-deprecated-at}, or a sunset before it, stops the gateway at
 * start: a client would get a header that lies.
 */
public final class Deprecations {

    static final String POLICY = "<https://restwell.dev/docs/api-lifecycle>; rel=\"deprecation\"; type=\"text/html\"";
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "patch", "head", "options");

    private final Map<String, Map<String, String>> headersByOperation;

    private Deprecations(Map<String, Map<String, String>> headersByOperation) {
        this.headersByOperation = headersByOperation;
    }

    public static Deprecations none() {
        return new Deprecations(Map.of());
    }

    /** Reads the merged public document. */
    public static Deprecations of(JsonObject document) {
        Map<String, Map<String, String>> found = new HashMap<>();
        JsonObject paths = document.getJsonObject("paths", new JsonObject());
        for (String path : paths.fieldNames()) {
            JsonObject item = paths.getJsonObject(path);
            for (String method : item.fieldNames()) {
                if (!METHODS.contains(method) || !(item.getValue(method) instanceof JsonObject operation)
                        || !operation.getBoolean("deprecated", false)) {
                    continue;
                }
                String where = method.toUpperCase(Locale.ROOT) + " " + path;
                LocalDate deprecatedAt = date(operation, "x-deprecated-at", where);
                if (deprecatedAt == null) {
                    throw new IllegalStateException(where + " is deprecated without x-deprecated-at (a date)");
                }
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put("Deprecation", "@" + deprecatedAt.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
                LocalDate sunset = date(operation, "x-sunset", where);
                if (sunset != null) {
                    if (sunset.isBefore(deprecatedAt)) {
                        throw new IllegalStateException(where + " sets x-sunset before x-deprecated-at");
                    }
                    headers.put("Sunset", DateTimeFormatter.RFC_1123_DATE_TIME.format(sunset.atStartOfDay(ZoneOffset.UTC)));
                }
                headers.put("Link", POLICY);
                found.put(key(method, path), Map.copyOf(headers));
            }
        }
        return new Deprecations(Map.copyOf(found));
    }

    /** The headers an answer to this method on this documented path template carries; none when not deprecated. */
    public Map<String, String> headersFor(String method, String template) {
        return headersByOperation.getOrDefault(key(method, template), Map.of());
    }

    public boolean isEmpty() {
        return headersByOperation.isEmpty();
    }

    List<String> operations() {
        return headersByOperation.keySet().stream().sorted().toList();
    }

    private static LocalDate date(JsonObject operation, String extension, String where) {
        String value = operation.getString(extension);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalStateException(where + " has " + extension + " \"" + value + "\", not a date (YYYY-MM-DD)");
        }
    }

    private static String key(String method, String path) {
        return method.toLowerCase(Locale.ROOT) + " " + path;
    }
}
