package io.restwell.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** A missing, expired or forged token answers 401 problem details, like every other error. */
@ApplicationScoped
public class UnauthorizedProblem {

    void install(@Observes Router router) {
        router.route().order(-1).failureHandler(context -> {
            Throwable failure = context.failure();
            if (failure instanceof AuthenticationFailedException || failure instanceof UnauthorizedException
                    || context.statusCode() == 401) {
                send(context);
            } else {
                context.next();
            }
        });
    }

    public static void send(RoutingContext context) {
        JsonObject problem = new JsonObject()
                .put("type", "https://restwell.dev/problems/unauthorized")
                .put("title", "Authentication needed")
                .put("status", 401)
                .put("detail", "Send a valid bearer token in the Authorization header")
                .put("instance", context.request().path());
        context.response().setStatusCode(401)
                .putHeader("Content-Type", "application/problem+json")
                .putHeader("WWW-Authenticate", "Bearer")
                .end(problem.encode());
    }
}
