package io.restwell.booking.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The booking rules that are business decisions rather than code: {@code restwell.booking.*}. */
@ConfigMapping(prefix = "restwell.booking")
public interface BookingConfig {

    /** Load the demo clinics, therapists and hours (db/seed/demo-data.sql) at start-up. */
    @WithDefault("false")
    boolean demoData();

    Availability availability();

    Cancellation cancellation();

    Holds holds();

    Outbox outbox();

    interface Availability {
        /** Slots start every this many minutes from the start of a working window. */
        @WithDefault("30")
        int slotStepMinutes();

        /** The earliest bookable slot starts this long after now. */
        @WithDefault("PT1H")
        Duration minNotice();

        /** The longest date range one availability search may cover. */
        @WithDefault("31")
        int maxRangeDays();
    }

    interface Cancellation {
        /** Cancelling at least this long before the start is free; later it is a late cancellation. */
        @WithDefault("PT24H")
        Duration freeUntilBeforeStart();
    }

    interface Holds {
        /** How long a hold keeps its slot. */
        @WithDefault("PT10M")
        Duration duration();

        /** Live holds one person may have at once, so nobody can sit on a clinic's week. */
        @WithDefault("3")
        int maxPerPerson();
    }

    interface Outbox {
        /** Whether this instance relays outbox rows to Kafka (only one instance relays at a time anyway). */
        @WithDefault("true")
        boolean relayEnabled();

        /** How often the relay looks for rows it was not woken for (retries, other instances' rows). */
        @WithDefault("PT1S")
        Duration sweepInterval();

        @WithDefault("100")
        int batchSize();

        /** How long one batch may wait for the broker before it counts as failed. */
        @WithDefault("PT10S")
        Duration sendTimeout();

        /** The longest pause between retries while Kafka keeps failing. */
        @WithDefault("PT30S")
        Duration maxBackoff();

        /** Published rows are deleted after this long. */
        @WithDefault("P7D")
        Duration retainPublished();
    }
}
