package io.restwell.gateway.routing;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;

/**
 * What no route serves answers a problem, like the services' {@code not-found} and {@code method-not-allowed},
 * never the framework's page: an API path of no area, any other unknown path, and the management paths
 * ({@code /q/health}, {@code /q/metrics}), which only the management port serves, are 404. The gateway's own
 * paths, the API document and Swagger UI, are read only: another method is a 405 with {@code Allow} (Quarkus
 * would serve the document to a DELETE). API paths of an area go to their service with any method, and it
 * answers its own 405.
 */
@ApplicationScoped
public class NotFoundProblem {

    static final String DOCUMENT_METHODS = "GET, HEAD";
    private static final Set<HttpMethod> READS = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);

    /** After the ambiguous paths, before authentication: a method is wrong whoever sends it. */
    private static final int ORDER = -2_987;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            if (isDocumentPath(context.request().path()) && !READS.contains(context.request().method())) {
                context.response().putHeader("Allow", DOCUMENT_METHODS);
                EdgeProblems.send(context, 405, "method-not-allowed", "Method not allowed",
                        context.request().method().name() + " is not a method " + context.request().path() + " takes.");
            } else {
                context.next();
            }
        });
        router.errorHandler(404, context -> EdgeProblems.send(context, 404, "not-found", "Not found",
                "There is nothing at " + context.request().path() + "."));
    }

    static boolean isDocumentPath(String path) {
        return path != null && (path.equals("/q/openapi") || path.startsWith("/q/openapi/") || path.startsWith("/q/openapi.")
                || path.equals("/q/swagger-ui") || path.startsWith("/q/swagger-ui/"));
    }
}
