package io.restwell.gateway.routing;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * The documented operations that answer a live event stream ({@code GET} with a {@code text/event-stream} 200, such as
 * a person's notification stream). Each open stream holds its connection to the service for as long as the person
 * listens, so the gateway gives streams their own connection pool: in the pool of ordinary requests, a few hundred
 * listeners would leave no connection for anyone else's request.
 */
public final class EventStreams {

    static final String MEDIA_TYPE = "text/event-stream";

    private final Set<String> templates;
    /** The last segment of every stream path: a request whose last segment is not one of them needs no template lookup. */
    private final Set<String> lastSegments;

    private EventStreams(Set<String> templates) {
        this.templates = Set.copyOf(templates);
        Set<String> last = new HashSet<>();
        templates.forEach(template -> last.add(lastSegment(template)));
        this.lastSegments = Set.copyOf(last);
    }

    /** From the public document's {@code paths}. */
    public static EventStreams of(Map<String, ?> documentPaths) {
        Set<String> streams = new HashSet<>();
        documentPaths.forEach((template, item) -> {
            if (item instanceof Map<?, ?> operations && operations.get("get") instanceof Map<?, ?> get
                    && get.get("responses") instanceof Map<?, ?> responses && responses.get("200") instanceof Map<?, ?> ok
                    && ok.get("content") instanceof Map<?, ?> content && content.containsKey(MEDIA_TYPE)) {
                streams.add(template);
            }
        });
        return new EventStreams(streams);
    }

    /** Whether a GET of this path opens a documented event stream. */
    public boolean isStream(String method, String path, PathTemplates paths) {
        return "GET".equals(method) && !templates.isEmpty() && lastSegments.contains(lastSegment(path))
                && templates.contains(paths.templateOf(path));
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
