package io.restwell.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.restwell.gateway.config.GatewayConfig;
import io.restwell.gateway.security.UnauthorizedProblem;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards every {@code /api/v1/...} request, unchanged and streamed, to the service that owns its
 * prefix (DESIGN.md: services serve the same paths, so nothing is rewritten), with a correlation id
 * ({@code X-Request-Id}) both ways. An upstream that does not answer gets a 503 problem naming its
 * area; the other areas keep working.
 */
@ApplicationScoped
public class ProxyRoutes {

    static final String REQUEST_ID = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    private static final Pattern SAFE_REQUEST_ID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");
    /** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host");

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
        router.route("/api/v1/*").handler(context -> {
            HttpServerRequest request = context.request();
            Optional<Route> route = routes.routeFor(request.path());
            if (EdgeAccess.needsPerson(request.method().name(), request.path()) && !authenticated(context)) {
                UnauthorizedProblem.send(context);
            } else if (route.isPresent()) {
                forward(client, context, route.get());
            } else {
                context.next();
            }
        });
    }

    /** Proactive authentication has already verified any bearer token; a forged one never gets here. */
    private static boolean authenticated(RoutingContext context) {
        return context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous();
    }

    private static void forward(HttpClient client, RoutingContext context, Route route) {
        HttpServerRequest request = context.request();
        String requestId = Optional.ofNullable(request.getHeader(REQUEST_ID))
                .filter(id -> SAFE_REQUEST_ID.matcher(id).matches())
                .orElseGet(() -> UUID.randomUUID().toString());
        URI upstream = route.upstream();
        request.pause();
        RequestOptions options = new RequestOptions()
                .setMethod(request.method())
                .setHost(upstream.getHost())
                .setPort(upstream.getPort() > 0 ? upstream.getPort() : 80)
                .setURI(request.uri())
                .setIdleTimeout(30_000);
        client.request(options).onComplete(opened -> {
            if (opened.failed()) {
                unavailable(context, route, requestId, opened.cause());
                return;
            }
            var outgoing = opened.result();
            copyHeaders(request.headers(), outgoing.headers());
            outgoing.putHeader(REQUEST_ID, requestId);
            outgoing.putHeader("X-Forwarded-Host", String.valueOf(request.authority()));
            outgoing.putHeader("X-Forwarded-Proto", request.scheme());
            if (request.remoteAddress() != null) {
                outgoing.putHeader("X-Forwarded-For", request.remoteAddress().hostAddress());
            }
            outgoing.send(request).onComplete(answered -> {
                if (answered.failed()) {
                    unavailable(context, route, requestId, answered.cause());
                } else {
                    relay(context, answered.result(), route, requestId);
                }
            });
        });
    }

    private static void relay(RoutingContext context, HttpClientResponse answer, Route route, String requestId) {
        HttpServerResponse response = context.response().setStatusCode(answer.statusCode())
                .setStatusMessage(answer.statusMessage());
        copyHeaders(answer.headers(), response.headers());
        response.putHeader(REQUEST_ID, requestId);
        String location = answer.getHeader("Location");
        if (location != null && location.startsWith(route.upstream().toString())) {
            // The service names itself; clients only ever see the gateway.
            response.putHeader("Location", context.request().scheme() + "://" + context.request().authority()
                    + location.substring(route.upstream().toString().replaceAll("/$", "").length()));
        }
        if (answer.getHeader("Content-Length") == null) {
            response.setChunked(true);
        }
        answer.pipeTo(response);
    }

    private static void unavailable(RoutingContext context, Route route, String requestId, Throwable cause) {
        LOG.warnf("%s %s: the %s service did not answer (%s) [%s]", context.request().method(), context.request().path(),
                route.area(), cause.getMessage(), requestId);
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        String area = route.area().substring(0, 1).toUpperCase(Locale.ROOT) + route.area().substring(1);
        JsonObject problem = new JsonObject()
                .put("type", "https://restwell.dev/problems/upstream-unavailable")
                .put("title", area + " is unavailable")
                .put("status", 503)
                .put("detail", "The " + route.area() + " service did not answer; other areas keep working. Try again shortly.")
                .put("instance", context.request().path());
        response.setStatusCode(503)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("Retry-After", "5")
                .putHeader(REQUEST_ID, requestId)
                .end(problem.encode());
    }

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }
}
