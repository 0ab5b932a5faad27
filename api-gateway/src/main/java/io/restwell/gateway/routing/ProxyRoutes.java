package io.restwell.gateway.routing;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.restwell.gateway.config.GatewayConfig;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;
import io.vertx.ext.web.Router;
import io.vertx.httpproxy.HttpProxy;

/**
 * Forwards every {@code /api/v1/...} request, unchanged and streamed, to the service that owns its
 * prefix (DESIGN.md: services serve the same paths, so nothing is rewritten).
 */
@ApplicationScoped
public class ProxyRoutes {

    @Produces
    @Singleton
    RouteTable routeTable(GatewayConfig config) {
        List<Route> routes = config.upstreams().entrySet().stream()
                .flatMap(upstream -> upstream.getValue().prefixes().stream()
                        .map(prefix -> new Route(prefix, upstream.getKey(), upstream.getValue().url())))
                .toList();
        return new RouteTable(routes);
    }

    void install(@Observes Router router, Vertx vertx, RouteTable routes) {
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(64)
                .setConnectTimeout(2_000));
        HttpProxy proxy = HttpProxy.reverseProxy(client)
                .originSelector(request -> Future.succeededFuture(originOf(routes, request)));
        router.route("/api/v1/*").handler(context -> {
            if (routes.routeFor(context.request().path()).isPresent()) {
                proxy.handle(context.request());
            } else {
                context.next();
            }
        });
    }

    private static SocketAddress originOf(RouteTable routes, HttpServerRequest request) {
        Optional<Route> route = routes.routeFor(request.path());
        var upstream = route.orElseThrow().upstream();
        int port = upstream.getPort() > 0 ? upstream.getPort() : ("https".equals(upstream.getScheme()) ? 443 : 80);
        return SocketAddress.inetSocketAddress(port, upstream.getHost());
    }
}
