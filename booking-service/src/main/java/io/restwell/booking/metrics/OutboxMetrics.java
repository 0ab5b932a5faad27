package io.restwell.booking.metrics;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The outbox backlog as Prometheus sees it, named as in journal- and recommendation-service:
 * {@code restwell_outbox_pending_events} and {@code restwell_outbox_oldest_pending_age_seconds},
 * read from the table on a timer (never during a scrape). The outbox alert of
 * deploy/kubernetes/components/monitoring uses them.
 */
@ApplicationScoped
public class OutboxMetrics {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);

    private final DataSource dataSource;
    private final long refreshMillis;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();
    private ScheduledExecutorService executor;

    OutboxMetrics(MeterRegistry registry, DataSource dataSource,
            @ConfigProperty(name = "restwell.booking.outbox.metrics-refresh", defaultValue = "15s") java.time.Duration refresh) {
        this.dataSource = dataSource;
        this.refreshMillis = refresh.toMillis();
        this.registry = registry;
        meters.add(Gauge.builder("restwell.outbox.pending.events", pending, AtomicLong::get)
                .description("Events written but not yet published to Kafka").register(registry));
        meters.add(Gauge.builder("restwell.outbox.oldest.pending.age", oldestSeconds, AtomicLong::get).baseUnit("seconds")
                .description("Age of the oldest event not yet published (0 when none)").register(registry));
    }

    void start(@Observes StartupEvent startup) {
        executor = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "booking-outbox-metrics"));
        executor.scheduleWithFixedDelay(this::refresh, 0, refreshMillis, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdownNow();
        // The global registry outlives the application (tests restart it): a gauge left behind would
        // keep reporting this instance's last values instead of the next one's.
        meters.forEach(registry::remove);
    }

    private void refresh() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet row = statement.executeQuery("select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)"
                    + " from outbox_event where published_at is null")) {
                row.next();
                pending.set(row.getLong(1));
                oldestSeconds.set(row.getLong(2));
            }
        } catch (SQLException | RuntimeException e) {
            LOG.debugf("Outbox metrics not refreshed: %s", e.getMessage()); // the database alerts cover this
        }
    }
}
