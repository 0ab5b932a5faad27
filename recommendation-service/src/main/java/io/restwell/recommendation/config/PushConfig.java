package io.restwell.recommendation.config;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Web Push delivery of notifications (docs/notifications.md, "Web Push"). */
@ConfigMapping(prefix = "restwell.push")
public interface PushConfig {

    Vapid vapid();

    /** The application server's VAPID identity (RFC 8292); production takes it from the environment. */
    interface Vapid {
        /** base64url of the 65-byte public point: browsers subscribe with it (RESTWELL_VAPID_PUBLIC_KEY). */
        String publicKey();

        /** base64url of the 32-byte private key, a secret (RESTWELL_VAPID_PRIVATE_KEY); the prod profile refuses the DEV-ONLY one. */
        String privateKey();

        /** Who push services may contact about our pushes: a mailto: or https: URI (RESTWELL_VAPID_SUBJECT). */
        String subject();

        /** How long each VAPID JWT is valid (RFC 8292: at most 24 h). */
        @WithDefault("12h")
        Duration tokenLifetime();
    }

    /** Whether this instance sends pushes (the queue is still filled when off). */
    @WithDefault("true")
    boolean dispatcherEnabled();

    /** How often due pushes are looked for. */
    @WithDefault("1s")
    Duration sweepInterval();

    /** Pushes taken per sweep and sent at once. */
    @WithDefault("20")
    int batchSize();

    /** How long a taken push is reserved for the instance sending it; a crashed sender's push is retried after it. */
    @WithDefault("2m")
    Duration lease();

    @WithDefault("5s")
    Duration connectTimeout();

    @WithDefault("10s")
    Duration requestTimeout();

    /** The push service keeps an undelivered message this long (the TTL header) while the device is offline. */
    @WithDefault("24h")
    Duration ttl();

    /** First retry after a 429, a 5xx or no answer; doubling from there. */
    @WithDefault("10s")
    Duration retryInitial();

    /** The longest wait between attempts, Retry-After included. */
    @WithDefault("1h")
    Duration retryMax();

    /** Attempts per push before it is given up. */
    @WithDefault("8")
    int maxAttempts();

    /** Subscriptions (browsers, devices) one person may register. */
    @WithDefault("10")
    int maxSubscriptionsPerPerson();

    /** What a notification click opens; {id} becomes the notification's id. */
    @WithDefault("/notifications/{id}")
    String openUrl();

    /**
     * Allow https:// and http:// endpoints on localhost / 127.0.0.1 / [::1] (tests and the local stack);
     * the prod profile refuses it. Everywhere else endpoints must be https on a public host.
     */
    @WithDefault("false")
    boolean allowInsecureLocalhost();

    /** A PKCS12 trust store to trust instead of the JDK's (tests' own push endpoint); the prod profile refuses it. */
    Optional<String> trustStore();

    Optional<String> trustStorePassword();
}
