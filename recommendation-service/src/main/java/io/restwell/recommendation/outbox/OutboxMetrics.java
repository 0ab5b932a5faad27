package io.restwell.recommendation.outbox;

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

import org.jboss.logging.Logger;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Meter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.restwell.recommendation.config.RecommendationConfig;

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

    private final DataSource dataSource;
    private final RecommendationConfig.Outbox config;
    private final AtomicLong pending = new AtomicLong();
    private final AtomicLong oldestSeconds = new AtomicLong();
    private final Counter published;
    private final Counter failures;
    private final MeterRegistry registry;
    private final List<Meter> meters = new ArrayList<>();
    private ScheduledExecutorService executor;

    OutboxMetrics(MeterRegistry registry, DataSource dataSource, RecommendationConfig config) {
        this.dataSource = dataSource;
        this.config = config.outbox();
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
        executor = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "recommendation-outbox-metrics"));
        long every = config.metricsRefresh().toMillis();
        executor.scheduleWithFixedDelay(this::refresh, 0, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdownNow();
        // The global registry outlives the application (tests restart it): a gauge left behind would
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
