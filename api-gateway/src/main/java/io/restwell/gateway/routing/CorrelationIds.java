package io.restwell.gateway.routing;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Every request gets its {@code X-Request-Id} before anything else runs (authentication, CORS,
 * routing), so every answer carries it, a 401 included: the client's when it is sane, else a new one.
 * The proxy passes it to the service, which logs it and puts it on its traces.
 */
@ApplicationScoped
public class CorrelationIds {

    public static final String HEADER = "X-Request-Id";
    /** Before Quarkus's CORS and authentication handlers. */
    private static final int ORDER = -3_000;
    private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String id = Optional.ofNullable(context.request().getHeader(HEADER))
                    .filter(sent -> SANE.matcher(sent).matches())
                    .orElseGet(() -> UUID.randomUUID().toString());
            context.put(HEADER, id);
            context.response().putHeader(HEADER, id);
            context.next();
        });
    }

    public static String of(RoutingContext context) {
        String id = context.get(HEADER);
        return id != null ? id : UUID.randomUUID().toString();
    }
}
