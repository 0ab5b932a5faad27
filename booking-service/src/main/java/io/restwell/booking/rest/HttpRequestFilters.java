package io.restwell.booking.rest;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * What every request goes through before routing:
 * <ul>
 * <li>{@code X-Request-Id}: the client's when it sent a sane one, else a new one; on the answer and in
 * the logging MDC ({@code %X{requestId}}) of every log line of the request;</li>
 * <li>a body limit of {@value #MAX_BODY_BYTES} bytes, answered with a problem document. (Vert.x itself
 * enforces a higher hard limit, {@code quarkus.http.limits.max-body-size}, with an empty 413.)</li>
 * </ul>
 */
@ApplicationScoped
public class HttpRequestFilters {

    public static final String REQUEST_ID = "X-Request-Id";
    static final long MAX_BODY_BYTES = 64 * 1024;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            String id = context.request().getHeader(REQUEST_ID);
            if (id == null || !SANE.matcher(id).matches()) {
                id = UUID.randomUUID().toString();
            }
            context.put("requestId", id);
            MDC.put("requestId", id);
            // on the trace span too, so a log line leads to its trace
            io.opentelemetry.api.trace.Span.current().setAttribute("restwell.request_id", id);
            context.response().putHeader(REQUEST_ID, id);

            String length = context.request().getHeader("Content-Length");
            if (length != null && tooLong(length)) {
                context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                        .putHeader("Connection", "close")
                        .end(new JsonObject()
                                .put("type", Problem.TYPE_PREFIX + "payload-too-large")
                                .put("title", "Payload too large")
                                .put("status", 413)
                                .put("detail", "The request body is larger than " + MAX_BODY_BYTES / 1024 + " KB.")
                                .put("instance", context.request().path())
                                .encode());
                return;
            }
            context.next();
        });
    }

    private static boolean tooLong(String contentLength) {
        try {
            return Long.parseLong(contentLength.trim()) > MAX_BODY_BYTES;
        } catch (NumberFormatException e) {
            return false; // Vert.x refuses a malformed length itself
        }
    }
}
