package io.restwell.gateway.routing;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The gateway's own answers are RFC 9457 problem documents, like the services'. */
public final class EdgeProblems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "https://restwell.dev/problems/";

    private EdgeProblems() {
    }

    public static void send(RoutingContext context, int status, String kind, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", TYPE_PREFIX + kind)
                .put("title", title)
                .put("status", status)
                .put("detail", detail)
                .put("instance", context.request().path());
        context.response().setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(problem.encode());
    }
}
