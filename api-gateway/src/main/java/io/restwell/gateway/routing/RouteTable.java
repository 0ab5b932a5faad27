package io.restwell.gateway.routing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Finds the upstream that owns a request path; the longest matching prefix wins. */
public final class RouteTable {

    private final List<Route> routes;

    public RouteTable(List<Route> routes) {
        this.routes = routes.stream()
                .sorted(Comparator.comparingInt((Route route) -> route.prefix().length()).reversed())
                .toList();
        long distinct = routes.stream().map(Route::prefix).distinct().count();
        if (distinct != routes.size()) {
            throw new IllegalArgumentException("two upstreams claim the same prefix: " + routes);
        }
    }

    public Optional<Route> routeFor(String path) {
        if (path == null || path.contains("/../") || path.endsWith("/..")) {
            return Optional.empty();
        }
        return routes.stream().filter(route -> route.owns(path)).findFirst();
    }

    public List<Route> routes() {
        return routes;
    }
}
