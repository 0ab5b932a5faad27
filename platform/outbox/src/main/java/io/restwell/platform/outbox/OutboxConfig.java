package io.restwell.platform.outbox;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How a service's outbox publishes: where to ({@code topic}, {@code source}) and at what pace. A service
 * sets the first three; the rest have defaults that suit every Restwell service.
 */
@ConfigMapping(prefix = "restwell.outbox")
public interface OutboxConfig {

    /** The Kafka topic the events go to, e.g. {@code journal.events}. */
    String topic();

    /** The CloudEvents {@code source} of every event, e.g. {@code /journal-service}. */
    String source();

    /**
     * The PostgreSQL advisory lock that lets one instance relay at a time; any number unique within
     * the service's database (Restwell uses the service's name in ASCII).
     */
    long lockId();

    /** Whether this instance relays at all (tests that drive the relay by hand switch it off). */
    @WithDefault("true")
    boolean relayEnabled();

    /** How often the relay looks for events it was not woken for (another instance's, or retries). */
    @WithDefault("1s")
    Duration sweepInterval();

    @WithDefault("200")
    int batchSize();

    /** How long a send may take before the relay counts it failed and retries later. */
    @WithDefault("5s")
    Duration sendTimeout();

    /** The longest pause between retries while Kafka keeps failing (doubling from the sweep interval). */
    @WithDefault("10s")
    Duration maxBackoff();

    /** Published events are kept this long (for diagnosis), then deleted: they may hold health data. */
    @WithDefault("P7D")
    Duration retention();

    /**
     * Event types whose rows are deleted as soon as Kafka has them instead of being kept for
     * {@code retention} (none by default): journal-service's erasure event, which names the person who
     * asked to be forgotten and must not outlive its delivery in the database.
     */
    Optional<Set<String>> dropWhenPublished();

    /** How often the backlog metrics are read from the table. */
    @WithDefault("15s")
    Duration metricsRefresh();
}
