package io.restwell.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.UnauthorizedException;
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
        context.response().putHeader("WWW-Authenticate", "Bearer");
        EdgeProblems.send(context, 401, "unauthorized", "Authentication needed",
                "Send a valid bearer token in the Authorization header");
    }
}
