package io.restwell.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns a request path into the public document's path template ({@code /api/v1/bookings/{id}}), so
 * metrics and traces name operations, not ids: a tag per id would grow without bound. Paths no
 * operation matches share one name.
 */
public final class PathTemplates {

    static final String UNKNOWN = "/api/v1/{unknown}";

    private record Template(Pattern pattern, String template, int parameters) {
    }

    private final List<Template> templates;

    public PathTemplates(Iterable<String> documentedPaths) {
        List<Template> all = new java.util.ArrayList<>();
        for (String path : documentedPaths) {
            String regex = Pattern.quote(path).replaceAll("\\{[^}/]+}", "\\\\E[^/]+\\\\Q");
            int parameters = path.split("\\{", -1).length - 1;
            all.add(new Template(Pattern.compile(regex), path, parameters));
        }
        // A literal segment beats a parameter: /recommendations/insights before /recommendations/{id}.
        all.sort(Comparator.comparingInt(Template::parameters)
                .thenComparing(Comparator.comparingInt((Template t) -> t.template().length()).reversed()));
        this.templates = List.copyOf(all);
    }

    public static PathTemplates of(Map<String, ?> documentPaths) {
        return new PathTemplates(documentPaths.keySet());
    }

    public String templateOf(String path) {
        for (Template template : templates) {
            if (template.pattern().matcher(path).matches()) {
                return template.template();
            }
        }
        return UNKNOWN;
    }
}
