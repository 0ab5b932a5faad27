package io.restwell.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.restwell.gateway.ratelimit.RateLimiter;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Slows down guessing: every 401 counts against the client's address, and once its quota of failures
 * is used up, its requests that carry credentials (a bearer token, a partner key) answer 429 before
 * anything verifies them. Requests without credentials (catalog reads) are not held back: they cannot
 * guess anything, and they may come from the same office network as a guesser.
 */
@ApplicationScoped
public class AuthFailureThrottle {

    /** After the edge limits, before Quarkus's authentication (which verifies the token). */
    private static final int ORDER = -2_985;

    void install(@Observes Router router, RateLimiter limiter, ClientAddresses clients) {
        router.route().order(ORDER).handler(context -> {
            HttpServerRequest request = context.request();
            if (!carriesCredentials(request)) {
                context.next();
                return;
            }
            String client = ProxyRoutes.clientOf(context, clients);
            RateLimiter.Limited allowed = limiter.authFailuresAllow(client);
            if (allowed != null && !allowed.decision().allowed()) {
                refuse(context, allowed);
                return;
            }
            context.addHeadersEndHandler(ended -> {
                if (context.response().getStatusCode() == 401) {
                    limiter.countAuthFailure(client);
                }
            });
            context.next();
        });
    }

    private static boolean carriesCredentials(HttpServerRequest request) {
        return request.getHeader("Authorization") != null || request.getHeader("X-Api-Key") != null;
    }

    private static void refuse(RoutingContext context, RateLimiter.Limited limited) {
        context.response()
                .putHeader("RateLimit-Policy", limited.policy().policyField())
                .putHeader("RateLimit", limited.policy().limitField(limited.decision()))
                .putHeader("Retry-After", String.valueOf(limited.decision().retryAfterSeconds()));
        EdgeProblems.send(context, 429, "rate-limited", "Too many failed authentications",
                "Requests from your address failed authentication too often; credentials are checked again in "
                        + limited.decision().retryAfterSeconds() + " s. Check that your token or key is current.");
    }
}
