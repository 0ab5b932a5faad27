package io.restwell.gateway.routing;

import java.net.URI;

/** A public path prefix and the upstream area that owns it. */
public record Route(String prefix, String area, URI upstream) {

    public Route {
        if (!prefix.startsWith("/") || prefix.endsWith("/")) {
            throw new IllegalArgumentException("a route prefix starts with / and does not end with one: " + prefix);
        }
    }

    /** Whole path segments only: {@code /api/v1/journal} owns {@code /api/v1/journal/x}, not {@code /api/v1/journalx}. */
    boolean owns(String path) {
        return path.startsWith(prefix)
                && (path.length() == prefix.length() || path.charAt(prefix.length()) == '/'
                        || path.charAt(prefix.length()) == '?');
    }
}
