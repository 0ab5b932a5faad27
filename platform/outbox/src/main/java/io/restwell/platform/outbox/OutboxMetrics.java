package io.restwell.platform.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The outbox as Prometheus sees it: {@code restwell_outbox_pending_events} and
 * {@code restwell_outbox_oldest_pending_age_seconds} (read from the table on a timer, never during a
 * scrape), and the relay's {@code restwell_outbox_published_total} and
 * {@code restwell_outbox_publish_failures_total}. Every instance reports the same table, so alerts
 * take the maximum over the pods.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final OutboxBacklog backlog;
    private final OutboxConfig config;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();
    private ScheduledExecutorService executor;

    OutboxMetrics(MeterRegistry registry, OutboxBacklog backlog, OutboxConfig config) {
        this.backlog = backlog;
        this.config = config;
        this.registry = registry;
        meters.add(Gauge.builder("restwell.outbox.pending.events", pending, AtomicLong::get)
                .description("Events written but not yet published to Kafka").register(registry));
        meters.add(Gauge.builder("restwell.outbox.oldest.pending.age", oldestSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest event not yet published (0 when none)").register(registry));
        published = Counter.builder("restwell.outbox.published").description("Events the relay published").register(registry);
        failures = Counter.builder("restwell.outbox.publish.failures").description("Sends Kafka did not take").register(registry);
        meters.add(published);
        meters.add(failures);
    }

    void start(@Observes StartupEvent startup) {
        executor = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "outbox-metrics"));
        executor.scheduleWithFixedDelay(this::refresh, 0, config.metricsRefresh().toMillis(), TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdownNow();
        // The global registry outlives the application (tests restart it): a meter left behind would
        // keep reporting this instance's last values instead of the next one's.
        meters.forEach(registry::remove);
    }

    void published(int events) {
        published.increment(events);
    }

    void failed() {
        failures.increment();
    }

    private void refresh() {
        try {
            OutboxBacklog.Reading reading = backlog.read();
            pending.set(reading.pendingEvents());
            oldestSeconds.set(reading.oldestPendingSeconds());
        } catch (RuntimeException e) {
            LOG.debugf("Outbox metrics not refreshed: %s", e.getMessage()); // the database alerts cover this
        }
    }
}
