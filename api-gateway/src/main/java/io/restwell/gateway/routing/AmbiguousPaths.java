package io.restwell.gateway.routing;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.vertx.ext.web.Router;

/**
 * Refuses (400) a path that the gateway and a service could read as two different paths, before any
 * routing or authentication decision: dot segments ({@code .}, {@code ..}, also before a {@code ;}
 * parameter), percent-encoded dots, slashes, backslashes or percent signs, a backslash, an empty segment
 * ({@code //}). The gateway decides on the raw path it received and forwards it unchanged, while a
 * service resolves such forms; {@code /api/v1/clinics/%2e%2e/admin/clinics} looked like a public catalog
 * read here and was the admin API there. Refusing them, rather than normalising exactly as every service
 * would, leaves one path per request to reason about; no documented path needs any of them.
 */
@ApplicationScoped
public class AmbiguousPaths {

    /** After the URL and header limits, before the failed-authentication throttle, CORS, authentication and routing. */
    private static final int ORDER = -2_988;

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            Optional<String> why = reasonToRefuse(context.request().path());
            if (why.isPresent()) {
                EdgeProblems.send(context, 400, "malformed-request", "Malformed request", "The path holds " + why.get()
                        + ", which the gateway and the services could read differently; send the path without it.");
            } else {
                context.next();
            }
        });
    }

    /** Why the raw (still percent-encoded) path is refused; empty when it reads the same everywhere. */
    public static Optional<String> reasonToRefuse(String rawPath) {
        if (rawPath == null) {
            return Optional.empty();
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        if (lower.contains("%2e")) {
            return Optional.of("a percent-encoded dot (%2e)");
        }
        if (lower.contains("%2f")) {
            return Optional.of("a percent-encoded slash (%2f)");
        }
        if (lower.contains("%5c") || rawPath.indexOf('\\') >= 0) {
            return Optional.of("a backslash");
        }
        if (lower.contains("%25")) {
            return Optional.of("a percent-encoded percent sign (%25), a second layer of encoding");
        }
        if (rawPath.contains("//")) {
            return Optional.of("an empty segment (//)");
        }
        for (String segment : rawPath.split("/", -1)) {
            String name = segment.split(";", 2)[0]; // a path parameter does not hide a dot segment: "..;x"
            if (name.equals(".") || name.equals("..")) {
                return Optional.of("a dot segment (" + name + ")");
            }
        }
        return Optional.empty();
    }
}
