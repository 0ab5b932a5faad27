package io.restwell.platform.defaults.requestid;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.MDC;

import io.opentelemetry.api.trace.Span;
import io.vertx.ext.web.Router;

/**
 * {@code X-Request-Id} on every request before routing: the client's when it sent a sane one, else a
 * new one; on the answer, in the logging MDC ({@code %X{requestId}}) of every log line of the request
 * and on the request's trace span ({@value #SPAN_ATTRIBUTE}), so a log line leads to its trace; calls
 * made to other services for the request pass it on ({@link RequestIdPropagation}). JSON logs carry
 * the MDC as fields, so {@code requestId} is a field of every line.
 */
@ApplicationScoped
public class RequestIds {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";
    public static final String SPAN_ATTRIBUTE = "restwell.request_id";
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:@/+=-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(-1000).handler(context -> {
            String id = accepted(context.request().getHeader(HEADER));
            context.put(MDC_KEY, id);
            MDC.put(MDC_KEY, id);
            Span.current().setAttribute(SPAN_ATTRIBUTE, id);
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }

    /** The client's id when it is short and plain (it ends up in logs), else a new one. */
    static String accepted(String fromClient) {
        return fromClient != null && SANE.matcher(fromClient).matches() ? fromClient : UUID.randomUUID().toString();
    }
}
