package io.restwell.gateway.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Upstreams and the edge's limits (application.properties documents each default). */
@ConfigMapping(prefix = "restwell.gateway")
public interface GatewayConfig {

    /** Keyed by area name: booking, journal, recommendation. */
    Map<String, Upstream> upstreams();

    Resilience resilience();

    Streams streams();

    Limits limits();

    RateLimits rateLimits();

    /**
     * The proxies in front of the gateway (ingress, load balancer) whose {@code X-Forwarded-For} is
     * believed: CIDR blocks or single addresses, none by default. Per-address limits count against the
     * first address left of them; with none, against the connection's peer, whatever the header says, so a
     * caller cannot rotate it for fresh anonymous and failed-authentication budgets. Set exactly the
     * ingress's addresses ({@code RESTWELL_GATEWAY_TRUSTED_PROXIES}), never a whole private range.
     */
    Optional<List<String>> trustedProxies();

    interface Upstream {
        URI url();

        /**
         * The service's management interface, where its {@code /q/health/ready} is (health/UpstreamHealth):
         * the public port does not serve it.
         */
        URI managementUrl();

        List<String> prefixes();

        /** Longest silence allowed from the service once a request is sent. */
        @WithDefault("30s")
        Duration timeout();

        /**
         * The service's own body limit, enforced here first: a 413 problem before anything is sent,
         * rather than the service's early answer racing the body still streaming to it.
         */
        java.util.OptionalLong maxBodyBytes();

        /**
         * Exact paths of the service that take a larger body than {@link #maxBodyBytes} (a bulk import), up to
         * {@link #largeBodyMaxBytes}, which the service enforces itself for those paths as well.
         */
        Optional<List<String>> largeBodyPaths();

        java.util.OptionalLong largeBodyMaxBytes();
    }

    interface Resilience {
        @WithDefault("2s")
        Duration connectTimeout();

        /** Extra attempts after a transport failure, for idempotent methods only. */
        @WithDefault("2")
        int retries();

        @WithDefault("50ms")
        Duration retryBackoff();

        /** Transport failures in a row that open an upstream's circuit. */
        @WithDefault("5")
        int failureThreshold();

        /** How long an open circuit answers 503 at once before letting a trial request through. */
        @WithDefault("5s")
        Duration openFor();
    }

    /** Live event streams (routing/EventStreams): their own connections to each service, apart from ordinary requests. */
    interface Streams {
        /**
         * Streams open at once from this gateway instance to one service; one more answers 503 with Retry-After
         * (scale the gateway out, or raise this with the service's own connection limits in mind).
         */
        @WithDefault("10000")
        int maxOpenPerService();
    }

    interface Limits {
        /** Largest request body forwarded; larger ones answer 413. */
        @WithDefault("1048576")
        long maxBodyBytes();

        /** Longest path and query (the request target); longer ones answer 414. */
        @WithDefault("8192")
        int maxUriLength();

        /** Largest header fields together; larger ones answer 431. */
        @WithDefault("16384")
        int maxHeaderBytes();
    }

    interface RateLimits {
        @WithDefault("true")
        boolean enabled();

        /** A person, keyed by the subject of their verified token. */
        Quota person();

        /** A partner clinic, keyed by (a hash of) its API key. */
        Quota partner();

        /** Calls without a token (catalog reads), keyed by the client's address. */
        Quota anonymous();

        /** Failed authentications (401 answers) per client address, before it must wait. */
        Quota authFailures();
    }

    interface Quota {
        int burst();

        double perSecond();
    }
}
