package io.restwell.gateway.routing;

import java.util.Map;
import java.util.OptionalLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.restwell.gateway.config.GatewayConfig;
import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;

/**
 * The edge's limits on a request's URL (414) and header fields (431), answered with problem documents.
 * <p>
 * Vert.x answers requests over its own decoder limits ({@code quarkus.http.limits.max-initial-line-length},
 * {@code max-header-size}, and {@code max-header-list-size} for HTTP/2) with a bare status or a reset
 * before any route runs, and Quarkus offers no hook for that
 * answer (quarkusio/quarkus#55082). So the decoder limits are set well above these, and these are the ones
 * clients meet. Start-up fails if the configuration would let the bare answer come first.
 */
@ApplicationScoped
public class RequestHeadLimits {

    /** Right after the correlation id, before CORS, authentication and routing. */
    private static final int ORDER = -2_990;
    /** Each header line's ": " and CRLF, as the HTTP decoder counts them. */
    private static final int HEADER_LINE_OVERHEAD = 4;
    /** Vert.x's default SETTINGS_MAX_HEADER_LIST_SIZE for HTTP/2. */
    private static final long VERTX_HEADER_LIST_DEFAULT = 8192;

    void install(@Observes Router router, GatewayConfig config,
            @ConfigProperty(name = "quarkus.http.limits.max-initial-line-length") int decoderLineLimit,
            @ConfigProperty(name = "quarkus.http.limits.max-header-size") MemorySize decoderHeaderLimit,
            @ConfigProperty(name = "quarkus.http.limits.max-header-list-size") OptionalLong http2HeaderListLimit) {
        long maxUri = config.limits().maxUriLength();
        long maxHeaders = config.limits().maxHeaderBytes();
        requireBelow("restwell.gateway.limits.max-uri-length", maxUri,
                "quarkus.http.limits.max-initial-line-length", decoderLineLimit);
        requireBelow("restwell.gateway.limits.max-header-bytes", maxHeaders,
                "quarkus.http.limits.max-header-size", decoderHeaderLimit.asLongValue());
        // HTTP/2 carries the URL in the :path field, so it counts towards the header list too.
        requireBelow("restwell.gateway.limits.max-uri-length + max-header-bytes", maxUri + maxHeaders,
                "quarkus.http.limits.max-header-list-size", http2HeaderListLimit.orElse(VERTX_HEADER_LIST_DEFAULT));

        router.route().order(ORDER).handler(context -> {
            if (context.request().uri().length() > maxUri) {
                EdgeProblems.send(context, 414, "uri-too-long", "URI too long",
                        "The request's path and query are longer than " + maxUri + " characters.");
            } else if (headerBytes(context.request().headers()) > maxHeaders) {
                EdgeProblems.send(context, 431, "header-fields-too-large", "Request header fields too large",
                        "The request's header fields are larger than " + maxHeaders / 1024 + " KB together.");
            } else {
                context.next();
            }
        });
    }

    static long headerBytes(MultiMap headers) {
        long total = 0;
        for (Map.Entry<String, String> header : headers) {
            total += header.getKey().length() + header.getValue().length() + HEADER_LINE_OVERHEAD;
        }
        return total;
    }

    /** The decoder's answer would come first and carry no problem document. */
    static void requireBelow(String ours, long ourLimit, String decoders, long decoderLimit) {
        // The request line also holds the method and the protocol version; headers the Host line.
        if (ourLimit + 64 > decoderLimit) {
            throw new IllegalStateException(ours + " (" + ourLimit + ") must stay well below " + decoders + " ("
                    + decoderLimit + "), or over-limit requests get Vert.x's bare answer instead of a problem");
        }
    }
}
