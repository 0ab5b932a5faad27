package io.restwell.gateway.routing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The methods each documented path takes, for the {@code Allow} header a 405 must carry (RFC 9110 §15.5.6). The
 * services' framework answers a wrong method with a 405 problem but no {@code Allow}; the gateway, which has the
 * public document, adds it. HEAD goes with GET (the services answer it).
 */
public final class AllowedMethods {

    private static final List<String> ORDER = List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

    private final Map<String, String> allowByTemplate;

    private AllowedMethods(Map<String, String> allowByTemplate) {
        this.allowByTemplate = allowByTemplate;
    }

    /** From the public document's {@code paths}. */
    public static AllowedMethods of(Map<String, ?> documentPaths) {
        Map<String, String> allow = new HashMap<>();
        documentPaths.forEach((template, item) -> {
            if (item instanceof Map<?, ?> operations) {
                List<String> methods = operations.keySet().stream().map(key -> String.valueOf(key).toUpperCase(Locale.ROOT))
                        .filter(ORDER::contains).toList();
                List<String> withHead = ORDER.stream()
                        .filter(method -> methods.contains(method) || (method.equals("HEAD") && methods.contains("GET"))).toList();
                if (!withHead.isEmpty()) {
                    allow.put(template, String.join(", ", withHead));
                }
            }
        });
        return new AllowedMethods(Map.copyOf(allow));
    }

    /** The {@code Allow} value for a documented path template, or null for a path the document does not have. */
    public String of(String template) {
        return allowByTemplate.get(template);
    }
}
