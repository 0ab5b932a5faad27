package io.restwell.booking.rest;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

import io.restwell.platform.defaults.problem.Problem;
import io.restwell.platform.defaults.problem.ProblemType;

/**
 * A body limit of {@value #MAX_BODY_BYTES} bytes before routing ({@value #BULK_MAX_BODY_BYTES} for the bulk
 * import of busy time), answered with a problem document.
 * (Vert.x itself enforces a higher hard limit, {@code quarkus.http.limits.max-body-size}, with an empty
 * 413.) Runs just after the request id (restwell-service-defaults, requestid/RequestIds), so the 413
 * carries one too.
 */
@ApplicationScoped
public class BodyLimit {

    static final long MAX_BODY_BYTES = 64 * 1024;
    /** A clinic's bulk import of busy time: 500 intervals of a few hundred bytes each. */
    static final long BULK_MAX_BODY_BYTES = 256 * 1024;

    void install(@Observes Router router) {
        router.route().order(-999).handler(context -> {
            String length = context.request().getHeader("Content-Length");
            long limit = io.restwell.booking.rest.partner.PartnerBusyTimeResource.SYNC_PATH.equals(context.request().path())
                    ? BULK_MAX_BODY_BYTES : MAX_BODY_BYTES;
            if (length != null && tooLong(length, limit)) {
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(new JsonObject()
                                .put("type", ProblemType.PAYLOAD_TOO_LARGE.uri())
                                .put("title", ProblemType.PAYLOAD_TOO_LARGE.title)
                                .put("status", 413)
                                .put("detail", "The request body is larger than " + limit / 1024 + " KB.")
                                .put("instance", context.request().path())
                                .encode());
                return;
            }
            context.next();
        });
    }

    private static boolean tooLong(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }
}
