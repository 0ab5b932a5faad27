package io.restwell.gateway.routing;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * A path no route serves answers a 404 problem, like the services' {@code not-found}: an API path of no area,
 * and the management paths ({@code /q/health}, {@code /q/metrics}), which only the management port serves.
 */
@ApplicationScoped
public class NotFoundProblem {

    void install(@Observes Router router) {
        router.errorHandler(404, context -> EdgeProblems.send(context, 404, "not-found", "Not found",
                "There is nothing at " + context.request().path() + "."));
    }
}
