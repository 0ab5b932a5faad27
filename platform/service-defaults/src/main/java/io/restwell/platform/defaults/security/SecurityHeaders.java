package io.restwell.platform.defaults.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;

/**
 * The headers every answer carries, whoever writes it (a resource, an exception mapper, a 401 before any
 * resource, the gateway relaying a service): {@code X-Content-Type-Options: nosniff}, so a browser never
 * runs a JSON answer as something else; {@code Cache-Control} ({@code no-store}) unless the answer chose its
 * own, so journal pages and bookings stay out of caches; {@code Strict-Transport-Security} where configured.
 * Set when the headers are written, so nothing later can drop them.
 */
@ApplicationScoped
public class SecurityHeaders {

    /** First of all filters: every answer passes its headers-end hook, even one ended by an early filter. */
    static final int PRIORITY = 10_000;

    void install(@Observes Filters filters, SecurityHeadersConfig config) {
        filters.register(context -> {
            context.addHeadersEndHandler(ended -> apply(context.response().headers(), config));
            context.next();
        }, PRIORITY);
    }

    static void apply(MultiMap headers, SecurityHeadersConfig config) {
        headers.set("X-Content-Type-Options", "nosniff");
        if (!headers.contains("Cache-Control")) {
            headers.set("Cache-Control", config.cacheControl());
        }
        config.strictTransportSecurity().ifPresent(value -> headers.set("Strict-Transport-Security", value));
    }
}
