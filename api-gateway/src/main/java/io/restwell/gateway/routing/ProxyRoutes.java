package io.restwell.gateway.routing;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.restwell.gateway.config.GatewayConfig;
import io.restwell.gateway.ratelimit.RateLimiter;
import io.restwell.gateway.ratelimit.RateLimiter.Caller;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards every {@code /api/v1/...} request, unchanged and streamed, to the service that owns its
 * prefix (docs/architecture.md: services serve the same paths, so nothing is rewritten). On the way: the
 * correlation id, the person's token (401 without one where needed), the caller's rate limit (429),
 * the body size limit (413), and the upstream's circuit breaker (503 at once while it is open).
 * Transport failures are retried for idempotent methods only; an upstream that does not answer gets a
 * 503 problem naming its area, and the other areas keep working.
 */
@ApplicationScoped
public class ProxyRoutes {

    static final String REQUEST_ID = CorrelationIds.HEADER;
    private static final Logger LOG = Logger.getLogger(ProxyRoutes.class);
    /** Hop-by-hop headers (RFC 9110 §7.6.1) belong to one connection and are never forwarded. */
    private static final Set<String> HOP_BY_HOP = Set.of("connection", "keep-alive", "proxy-authenticate",
            "proxy-authorization", "proxy-connection", "te", "trailer", "transfer-encoding", "upgrade", "host");
    /** RFC 9110 §9.2.2: repeating these has the effect of sending them once. */
    private static final Set<HttpMethod> IDEMPOTENT = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
            HttpMethod.PUT, HttpMethod.DELETE);
    private static final String PARTNER_PREFIX = "/api/v1/partner";
    private static final String FORWARDED_FOR = "X-Forwarded-For";
    /** The request-context key Quarkus's HTTP metrics read a path template from. */
    private static final String URL_PATH_TEMPLATE = "UrlPathTemplate";
    /** After the correlation id, before the edge limits, CORS and authentication. */
    private static final int METRICS_NAME_ORDER = -2_995;
    static final String TOO_LONG = "/{too-long}";
    /** W3C trace context: with tracing on, the gateway's own span is sent on in their place. */
    private static final Set<String> TRACE_CONTEXT = Set.of("traceparent", "tracestate");

    @Produces
    @Singleton
    RouteTable routeTable(GatewayConfig config) {
        List<Route> routes = config.upstreams().entrySet().stream()
                .flatMap(upstream -> upstream.getValue().prefixes().stream()
                        .map(prefix -> new Route(prefix, upstream.getKey(), upstream.getValue().url())))
                .toList();
        return new RouteTable(routes);
    }

    @Produces
    @Singleton
    ClientAddresses clientAddresses(GatewayConfig config) {
        return new ClientAddresses(config.trustedProxies().orElse(List.of()));
    }

    /** The client behind any trusted proxies (routing/ClientAddresses). */
    static String clientOf(RoutingContext context, ClientAddresses clients) {
        HttpServerRequest request = context.request();
        String peer = request.remoteAddress() == null ? null : request.remoteAddress().hostAddress();
        return clients.clientOf(peer, request.headers().getAll(FORWARDED_FOR));
    }

    void install(@Observes Router router, Vertx vertx, RouteTable routes, GatewayConfig config, RateLimiter limiter,
            ClientAddresses clients, MeterRegistry meters, @ConfigProperty(name = "quarkus.otel.sdk.disabled", defaultValue = "false") boolean tracingOff) {
        boolean tracing = !tracingOff;
        HttpClient client = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(128)
                .setConnectTimeout((int) config.resilience().connectTimeout().toMillis()));
        // Streams hold a connection while the person listens: a pool of their own, so they never starve the requests
        // above, and one stream too many is refused at once rather than queued behind the others.
        HttpClient streamClient = vertx.createHttpClient(new HttpClientOptions()
                .setKeepAlive(true)
                .setMaxPoolSize(config.streams().maxOpenPerService())
                .setMaxWaitQueueSize(0)
                .setConnectTimeout((int) config.resilience().connectTimeout().toMillis()));
        Map<String, CircuitBreaker> breakers = config.upstreams().keySet().stream().collect(Collectors.toMap(
                Function.identity(),
                area -> new CircuitBreaker(config.resilience().failureThreshold(), config.resilience().openFor())));
        breakers.forEach((area, breaker) -> meters.gauge("restwell.gateway.upstream.circuit.open", Tags.of("area", area),
                breaker, b -> b.state() == CircuitBreaker.State.CLOSED ? 0 : 1));
        JsonObject document = publicDocument();
        PathTemplates templates = PathTemplates.of(document.getJsonObject("paths", new JsonObject()).getMap());
        AllowedMethods allowed = AllowedMethods.of(document.getJsonObject("paths", new JsonObject()).getMap());
        EventStreams streams = EventStreams.of(document.getJsonObject("paths", new JsonObject()).getMap());
        Forwarding forwarding = new Forwarding(vertx, client, streamClient, streams, config, breakers, meters, tracing, templates,
                allowed);
        Deprecations deprecations = Deprecations.of(document);

        // Metrics and traces name the documented operation, never the ids in the path; set before
        // authentication, so a 401 or 414 for a path full of ids or junk is named the same way.
        router.route().order(METRICS_NAME_ORDER).handler(context -> {
            io.vertx.core.Context requestContext = Vertx.currentContext();
            String template = metricsNameOf(context.request().path(), templates);
            if (requestContext != null && template != null) {
                requestContext.putLocal(URL_PATH_TEMPLATE, template);
            }
            context.next();
        });

        router.route("/api/v1/*").handler(context -> {
            HttpServerRequest request = context.request();
            String requestId = CorrelationIds.of(context);

            Optional<String> person = person(context);
            Optional<Route> route = routes.routeFor(request.path());
            if (route.isEmpty()) {
                // No area serves it: a 404 problem whoever asks (NotFoundProblem), not a 401 that suggests a token would help.
                if (withinRateLimit(context, limiter, person, clients)) {
                    context.next();
                }
                return;
            }
            if (EdgeAccess.needsPerson(request.method().name(), request.path()) && person.isEmpty()) {
                UnauthorizedProblem.send(context);
                return;
            }
            if (!withinRateLimit(context, limiter, person, clients)) {
                return;
            }
            long maxBody = maxBodyBytes(config, route.get(), request.path());
            if (declaredLength(request) > maxBody) {
                tooLarge(context, maxBody);
                return;
            }
            CircuitBreaker breaker = breakers.get(route.get().area());
            long now = System.nanoTime();
            if (!breaker.allows(now)) {
                unavailable(context, route.get(), breaker.secondsUntilTrial(now), "is not answering (circuit open)");
                return;
            }
            // RFC 9745 / RFC 8594: a deprecated operation says so on every answer, the gateway's own included.
            if (!deprecations.isEmpty()) { // matching the path to its template is work no request should pay for nothing
                deprecations.headersFor(request.method().name(), templates.templateOf(request.path()))
                        .forEach(context.response()::putHeader);
            }
            request.pause();
            forwarding.attempt(context, route.get(), requestId, 0, false);
        });
    }

    /**
     * The name a request's metrics carry: an API path's template; any other path over 128 characters
     * one shared name; else none, and Quarkus names it (its own /q/ paths, NOT_FOUND).
     */
    static String metricsNameOf(String path, PathTemplates templates) {
        if (path == null) {
            return TOO_LONG;
        }
        if (path.startsWith("/api/v1/")) {
            return templates.templateOf(path);
        }
        return path.length() > 128 ? TOO_LONG : null;
    }

    /** The public document (META-INF/openapi.json, merged at build time); empty when the build stored none. */
    private static JsonObject publicDocument() {
        try (var document = ProxyRoutes.class.getResourceAsStream("/META-INF/openapi.json")) {
            if (document == null) {
                return new JsonObject();
            }
            return new JsonObject(new String(document.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The subject of the verified token; proactive authentication already refused a forged one. */
    private static Optional<String> person(RoutingContext context) {
        if (context.user() instanceof QuarkusHttpUser user && !user.getSecurityIdentity().isAnonymous()) {
            return Optional.of(user.getSecurityIdentity().getPrincipal() instanceof JsonWebToken jwt && jwt.getSubject() != null
                    ? jwt.getSubject()
                    : user.getSecurityIdentity().getPrincipal().getName());
        }
        return Optional.empty();
    }

    private static boolean withinRateLimit(RoutingContext context, RateLimiter limiter, Optional<String> person,
            ClientAddresses clients) {
        HttpServerRequest request = context.request();
        String partnerKey = request.getHeader("X-Api-Key");
        RateLimiter.Limited limited;
        if (partnerKey != null && !partnerKey.isBlank() && (request.path().equals(PARTNER_PREFIX)
                || request.path().startsWith(PARTNER_PREFIX + "/"))) {
            limited = limiter.take(Caller.PARTNER, partnerKey);
        } else if (person.isPresent()) {
            limited = limiter.take(Caller.PERSON, person.get());
        } else {
            limited = limiter.take(Caller.ANONYMOUS, clientOf(context, clients));
        }
        if (limited == null) {
            return true;
        }
        HttpServerResponse response = context.response();
        response.putHeader("RateLimit-Policy", limited.policy().policyField());
        response.putHeader("RateLimit", limited.policy().limitField(limited.decision()));
        if (limited.decision().allowed()) {
            return true;
        }
        long retryAfter = limited.decision().retryAfterSeconds();
        response.putHeader("Retry-After", String.valueOf(retryAfter));
        EdgeProblems.send(context, 429, "rate-limited", "Too many requests",
                "The rate limit \"" + limited.policy().name() + "\" allows " + limited.policy().burst()
                        + " requests at once, refilled at " + limited.policy().perSecond() + " per second. Try again in "
                        + retryAfter + " s.");
        return false;
    }

    /** The owning service's limit for this path when it has one below the gateway's own. */
    static long maxBodyBytes(GatewayConfig config, Route route, String path) {
        long gateway = config.limits().maxBodyBytes();
        GatewayConfig.Upstream upstream = config.upstreams().get(route.area());
        if (upstream.largeBodyMaxBytes().isPresent() && upstream.largeBodyPaths().orElse(List.of()).contains(path)) {
            return Math.min(gateway, upstream.largeBodyMaxBytes().getAsLong());
        }
        return Math.min(gateway, upstream.maxBodyBytes().orElse(gateway));
    }

    /** -1 when the body is chunked or its length unknown. */
    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader("Content-Length");
        if (length == null) {
            return request.getHeader("Transfer-Encoding") == null ? 0 : -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    static void tooLarge(RoutingContext context, long maxBytes) {
        context.response().putHeader("Connection", "close");
        EdgeProblems.send(context, 413, "payload-too-large", "Payload too large",
                "The request body is larger than " + maxBytes / 1024 + " KB.");
    }

    static void unavailable(RoutingContext context, Route route, long retryAfterSeconds, String why) {
        HttpServerResponse response = context.response();
        if (response.headWritten()) {
            response.reset();
            return;
        }
        response.putHeader("Retry-After", String.valueOf(retryAfterSeconds));
        EdgeProblems.send(context, 503, "upstream-unavailable", title(route) + " is unavailable",
                "The " + route.area() + " service " + why + "; other areas keep working. Try again shortly.");
    }

    private static String title(Route route) {
        return route.area().substring(0, 1).toUpperCase(Locale.ROOT) + route.area().substring(1);
    }

    /** One request's way to its service, with retries for idempotent methods. */
    private record Forwarding(Vertx vertx, HttpClient client, HttpClient streamClient, EventStreams streams, GatewayConfig config,
            Map<String, CircuitBreaker> breakers, MeterRegistry meters, boolean tracing, PathTemplates templates,
            AllowedMethods allowed) {

        /** @param bodySent whether an earlier try already consumed the client's body */
        void attempt(RoutingContext context, Route route, String requestId, int attempt, boolean bodySent) {
            HttpServerRequest request = context.request();
            URI upstream = route.upstream();
            RequestOptions options = new RequestOptions()
                    .setMethod(request.method())
                    .setHost(upstream.getHost())
                    .setPort(upstream.getPort() > 0 ? upstream.getPort() : 80)
                    .setURI(request.uri())
                    .setIdleTimeout(config.upstreams().get(route.area()).timeout().toMillis());
            boolean stream = streams.isStream(request.method().name(), request.path(), templates);
            (stream ? streamClient : client).request(options).onComplete(opened -> {
                if (opened.failed() && opened.cause() instanceof ConnectionPoolTooBusyException) {
                    // every stream connection to the service is taken: the service is fine, this gateway is full
                    unavailable(context, route, 5, "has as many live streams open from this gateway as it allows ("
                            + config.streams().maxOpenPerService() + ")");
                    return;
                }
                if (opened.failed()) {
                    failed(context, route, requestId, attempt, bodySent, opened.cause());
                    return;
                }
                HttpClientRequest outgoing = opened.result();
                copyHeaders(request.headers(), outgoing.headers());
                if (tracing) {
                    TRACE_CONTEXT.forEach(outgoing.headers()::remove);
                }
                outgoing.putHeader(REQUEST_ID, requestId);
                outgoing.putHeader("X-Forwarded-Host", String.valueOf(request.authority()));
                outgoing.putHeader("X-Forwarded-Proto", request.scheme());
                if (request.remoteAddress() != null) {
                    // the chain so far, then the peer: what a proxy adds (RFC 7239's predecessor)
                    String chain = String.join(", ", request.headers().getAll(FORWARDED_FOR));
                    String peer = request.remoteAddress().hostAddress();
                    outgoing.putHeader(FORWARDED_FOR, chain.isEmpty() ? peer : chain + ", " + peer);
                }
                long maxBody = maxBodyBytes(config, route, request.path());
                BodyLimit body = new BodyLimit(request, maxBody);
                var answer = bodySent ? outgoing.send() : outgoing.send(body);
                answer.onComplete(answered -> {
                    if (body.exceeded()) {
                        outgoing.reset();
                        if (!context.response().headWritten()) {
                            tooLarge(context, maxBody);
                        }
                    } else if (answered.failed()) {
                        failed(context, route, requestId, attempt, true, answered.cause());
                    } else {
                        breakers.get(route.area()).succeeded();
                        relayWithAllow(context, answered.result(), route, requestId);
                    }
                });
            });
        }

        private void failed(RoutingContext context, Route route, String requestId, int attempt, boolean bodySent,
                Throwable cause) {
            CircuitBreaker breaker = breakers.get(route.area());
            long now = System.nanoTime();
            breaker.failed(now);
            HttpServerRequest request = context.request();
            LOG.warnf("%s %s: the %s service did not answer, try %d (%s) [%s]", request.method(), request.path(),
                    route.area(), attempt + 1, cause.toString(), requestId);
            boolean timedOut = cause.getClass().getSimpleName().contains("Timeout");
            // A body already streamed cannot be sent again; a slow service is not asked twice.
            boolean resendable = !bodySent || declaredLength(request) == 0;
            if (!timedOut && resendable && IDEMPOTENT.contains(request.method()) && attempt < config.resilience().retries()
                    && !context.response().headWritten() && breaker.allows(now)) {
                meters.counter("restwell.gateway.upstream.retries", "area", route.area()).increment();
                long backoff = Math.max(1, config.resilience().retryBackoff().toMillis() * (attempt + 1));
                vertx.setTimer(backoff, tick -> attempt(context, route, requestId, attempt + 1, bodySent));
                return;
            }
            if (timedOut && !context.response().headWritten()) {
                context.response().putHeader("Retry-After", "5");
                EdgeProblems.send(context, 504, "upstream-timeout", title(route) + " timed out",
                        "The " + route.area() + " service did not answer in time; other areas keep working.");
                return;
            }
            long retryAfter = breaker.state() == CircuitBreaker.State.OPEN ? breaker.secondsUntilTrial(now) : 5;
            unavailable(context, route, retryAfter, "did not answer");
        }

        private void relayWithAllow(RoutingContext context, HttpClientResponse answer, Route route, String requestId) {
            if (answer.statusCode() == 405 && answer.getHeader("Allow") == null) {
                // A 405 must say what the path takes (RFC 9110); the services' framework does not, the document does.
                String allow = allowed.of(templates.templateOf(context.request().path()));
                if (allow != null) {
                    context.response().putHeader("Allow", allow);
                }
            }
            ProxyRoutes.relay(context, answer, route, requestId);
        }
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

    private static void copyHeaders(MultiMap from, MultiMap to) {
        from.forEach(header -> {
            if (!HOP_BY_HOP.contains(header.getKey().toLowerCase(Locale.ROOT))) {
                to.add(header.getKey(), header.getValue());
            }
        });
    }
}
