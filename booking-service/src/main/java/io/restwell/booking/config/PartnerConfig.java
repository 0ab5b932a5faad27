package io.restwell.booking.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Partner access: clinic API keys ({@code restwell.booking.partner.*}). */
@ConfigMapping(prefix = "restwell.booking.partner")
public interface PartnerConfig {

    /**
     * The start of every key this environment issues, e.g. {@code rw_live_} in production and
     * {@code rw_test_} elsewhere, so a key says where it belongs.
     */
    @WithDefault("rw_live_")
    String keyPrefix();

    /** Live (unrevoked) keys one clinic may hold at once: enough to rotate, not enough to lose track. */
    @WithDefault("10")
    int maxKeysPerClinic();

    /** A key's last use is written at most this often, so authenticating stays a read. */
    @WithDefault("PT1M")
    Duration lastUsedGranularity();

    Webhooks webhooks();

    CalendarFeeds calendarFeeds();

    /** Private iCalendar feeds of bookings ({@code restwell.booking.partner.calendar-feeds.*}). */
    interface CalendarFeeds {
        /**
         * Bookings that ended up to this long ago stay in a feed, so a cancellation or a late change of a
         * recent booking still reaches the calendars that poll it; older ones drop out.
         */
        @WithDefault("P7D")
        Duration past();

        /** At most this many events per feed (the earliest first): a calendar app reads the whole feed at every poll. */
        @WithDefault("2000")
        int maxEvents();
    }

    /** Signed webhook deliveries of booking events ({@code restwell.booking.partner.webhooks.*}). */
    interface Webhooks {
        /**
         * Seals the signing secrets in the database (domain/SecretBox): base64 of 32 random bytes, the same
         * on every instance and never changed (the stored secrets open only with it). Production reads
         * RESTWELL_WEBHOOK_SECRET_KEY; every other profile has a DEV-ONLY key, which production refuses.
         */
        String secretKey();

        /** After a secret is rotated, how long the previous one also signs deliveries. */
        @WithDefault("PT24H")
        Duration secretRotationOverlap();

        /** Whether this instance sends deliveries (any number of instances may: claims never overlap). */
        @WithDefault("true")
        boolean dispatcherEnabled();

        /** How often the dispatcher looks for due deliveries it was not woken for (retries, other instances' rows). */
        @WithDefault("PT1S")
        Duration pollInterval();

        /** Deliveries in flight at once per instance (the sender threads). */
        @WithDefault("8")
        int concurrency();

        @WithDefault("PT5S")
        Duration connectTimeout();

        /** How long an endpoint may take to answer. */
        @WithDefault("PT10S")
        Duration requestTimeout();

        /** The pause after a first failure; it doubles after each further one ... */
        @WithDefault("PT30S")
        Duration firstRetry();

        /** ... up to this. */
        @WithDefault("PT1H")
        Duration maxRetryInterval();

        /** A delivery is retried until this long after it was queued (or redelivered), then it has failed. */
        @WithDefault("PT24H")
        Duration retryFor();

        /** An endpoint is disabled after at least this many failed attempts in a row ... */
        @WithDefault("20")
        int disableAfterFailures();

        /** ... spanning at least this long. */
        @WithDefault("PT24H")
        Duration disableAfterFailingFor();

        /**
         * Allow http:// to localhost / 127.0.0.1 / [::1] (tests and the local stack). Everywhere else URLs
         * must be https on a public host.
         */
        @WithDefault("false")
        boolean allowInsecureLocalhost();

        @WithDefault("10")
        int maxEndpointsPerClinic();

        /** Finished deliveries (succeeded or failed) are kept this long for the delivery log. */
        @WithDefault("P30D")
        Duration retainFinished();
    }
}
