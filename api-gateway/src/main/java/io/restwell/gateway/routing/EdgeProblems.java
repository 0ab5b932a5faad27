package io.restwell.gateway.routing;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** The gateway's own answers are RFC 9457 problem documents, like the services'. */
public final class EdgeProblems {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_PREFIX = "https://restwell.dev/problems/";
    /** A path longer than this is not echoed back (a 414's path can be tens of KB). */
    private static final int MAX_INSTANCE_LENGTH = 2048;

    private EdgeProblems() {
    }

    public static void send(RoutingContext context, int status, String kind, String title, String detail) {
        JsonObject problem = new JsonObject()
                .put("type", TYPE_PREFIX + kind)
                .put("title", title)
                .put("status", status)
                .put("detail", detail);
        String path = context.request().path();
        if (path != null && path.length() <= MAX_INSTANCE_LENGTH) {
            problem.put("instance", path);
        }
        context.response().setStatusCode(status)
                .putHeader("Content-Type", MEDIA_TYPE)
                .end(problem.encode());
    }
}
