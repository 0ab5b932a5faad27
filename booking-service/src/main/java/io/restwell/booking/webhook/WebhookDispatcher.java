package io.restwell.booking.webhook;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.SSLContext;
import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;

import org.jboss.logging.Logger;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.restwell.booking.WebhookDelivery;
import io.restwell.booking.config.PartnerConfig;
import io.restwell.booking.domain.EndpointHealthPolicy;
import io.restwell.booking.domain.RetrySchedule;
import io.restwell.booking.domain.SecretBox;
import io.restwell.booking.domain.WebhookSignature;
import io.restwell.platform.defaults.outbound.OutboundUrlPolicy;
import io.restwell.platform.defaults.outbound.VettedHttp;

/**
 * Sends queued webhook deliveries on its own threads, never in a request's path: a slow or dead
 * endpoint costs a sender thread for at most the timeouts, and bookings never wait for it.
 *
 * <ul>
 * <li>A poller (every {@code poll-interval}, and woken after each commit that queued deliveries) claims
 * due deliveries, at most as many as there are free senders, with one statement that selects them
 * {@code FOR UPDATE SKIP LOCKED} and moves their {@code next_attempt_at} ahead by a lease. Another
 * instance (or poller) skips them, so a delivery is never sent twice at the same time; if this
 * instance dies mid-send, the lease runs out and another one retries.</li>
 * <li>Each delivery is POSTed with the signature, event id and delivery id headers and a timeout; a 2xx
 * answer is a success, anything else (redirects included) a failure, retried on {@link RetrySchedule}
 * until {@code retry-for} after it was queued. {@link EndpointHealthPolicy} disables an endpoint that
 * keeps failing.</li>
 * </ul>
 * Plain JDBC with auto-commit: each claim and each outcome is one short transaction of its own.
 */
@ApplicationScoped
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class);
    static final String USER_AGENT = "Restwell-Webhooks/1.0";

    /** A claimed delivery with what sending it needs. The secret is never logged. */
    record Claimed(UUID id, UUID endpointId, UUID eventId, String eventType, String body, int attempt,
            Instant retryUntil, String url, String storedSecret, String storedPreviousSecret) {
        @Override
        public String toString() {
            return "delivery " + id + " (" + eventType + ") to endpoint " + endpointId;
        }
    }

    /** What one attempt got: the HTTP status (null when there was no answer) and an error, null on success. */
    record Outcome(Integer statusCode, String error, long millis) {
        boolean succeeded() {
            return error == null;
        }
    }

    private final DataSource dataSource;
    private final PartnerConfig config;
    private final Clock clock;
    private final SecretBox secrets;

    WebhookDispatcher(DataSource dataSource, PartnerConfig config, Clock clock, SecretBox secrets) {
        this.dataSource = dataSource;
        this.config = config;
        this.clock = clock;
        this.secrets = secrets;
    }

    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private ScheduledExecutorService poller;
    private ExecutorService senders;
    private VettedHttp http;
    private volatile long lastPurgeNanos = System.nanoTime();

    void start(@Observes StartupEvent startup) {
        OutboundUrlPolicy urlPolicy = new OutboundUrlPolicy(config.webhooks().allowInsecureLocalhost());
        try {
            http = new VettedHttp(InetAddress::getAllByName, urlPolicy::problemWithAddresses, SSLContext.getDefault(),
                    config.webhooks().connectTimeout(), config.webhooks().requestTimeout(), config.webhooks().concurrency(),
                    USER_AGENT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("no default TLS context", e);
        }
        if (!config.webhooks().dispatcherEnabled()) {
            LOG.info("Webhook dispatcher disabled (restwell.booking.partner.webhooks.dispatcher-enabled=false)");
            return;
        }
        AtomicInteger number = new AtomicInteger();
        senders = Executors.newFixedThreadPool(config.webhooks().concurrency(),
                task -> new Thread(task, "webhook-sender-" + number.incrementAndGet()));
        poller = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "webhook-dispatcher"));
        long interval = config.webhooks().pollInterval().toMillis();
        poller.scheduleWithFixedDelay(this::poll, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (poller == null) {
            closeClient();
            return;
        }
        poller.shutdown();
        senders.shutdown();
        try {
            // unfinished sends keep their lease: another instance retries them once it runs out
            senders.awaitTermination(config.webhooks().requestTimeout().toSeconds() + 2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        closeClient();
    }

    private void closeClient() {
        try {
            http.close();
        } catch (IOException e) {
            LOG.debugf("Webhook client: %s", e.getMessage());
        }
    }

    void onQueued(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookOutbox.Queued queued) {
        wake();
    }

    /** Looks for due deliveries now rather than at the next poll (after a commit or a redelivery). */
    public void wake() {
        if (poller != null && !poller.isShutdown() && wakeQueued.compareAndSet(false, true)) {
            poller.execute(() -> {
                wakeQueued.set(false);
                poll();
            });
        }
    }

    /** Claims due deliveries for the free senders and hands them over. */
    void poll() {
        try {
            int free = config.webhooks().concurrency() - inFlight.get();
            if (free > 0) {
                for (Claimed claimed : claim(free)) {
                    inFlight.incrementAndGet();
                    senders.execute(() -> {
                        try {
                            deliver(claimed);
                        } finally {
                            inFlight.decrementAndGet();
                        }
                    });
                }
            }
            purgeFinished();
        } catch (RuntimeException | SQLException e) {
            LOG.warnf("Webhook dispatcher: %s", e.getMessage());
        }
    }

    /**
     * Claims up to {@code max} due deliveries and sends them one after another on the calling thread.
     * What a poll does, without the sender threads: for tests that play several instances at once.
     */
    public int dispatchDue(int max) throws SQLException {
        List<Claimed> claimed = claim(max);
        claimed.forEach(this::deliver);
        return claimed.size();
    }

    List<Claimed> claim(int max) throws SQLException {
        Duration lease = config.webhooks().connectTimeout().plus(config.webhooks().requestTimeout()).plusSeconds(30);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement claim = connection.prepareStatement(
                        "update webhook_delivery d"
                                + " set next_attempt_at = now() + make_interval(secs => ?), attempts = d.attempts + 1,"
                                + " last_attempt_at = now()"
                                + " from webhook_endpoint e"
                                + " where e.id = d.endpoint_id and d.id in ("
                                + "   select c.id from webhook_delivery c join webhook_endpoint ce on ce.id = c.endpoint_id"
                                + "   join clinic cc on cc.id = ce.clinic_id and cc.active"
                                + "   where c.status = 'PENDING' and c.next_attempt_at <= now() and ce.enabled"
                                + "   order by c.next_attempt_at limit ? for update of c skip locked)"
                                + " returning d.id, d.endpoint_id, d.event_id, d.event_type, d.body, d.attempts, d.retry_until,"
                                + " e.url, e.secret,"
                                + " case when e.previous_secret_until > now() then e.previous_secret end")) {
            connection.setAutoCommit(true);
            failDeactivatedClinics(connection);
            claim.setDouble(1, lease.toMillis() / 1000.0);
            claim.setInt(2, max);
            List<Claimed> claimed = new ArrayList<>();
            try (ResultSet rows = claim.executeQuery()) {
                while (rows.next()) {
                    claimed.add(new Claimed(rows.getObject(1, UUID.class), rows.getObject(2, UUID.class),
                            rows.getObject(3, UUID.class), rows.getString(4), rows.getString(5), rows.getInt(6),
                            rows.getTimestamp(7).toInstant(), rows.getString(8), rows.getString(9), rows.getString(10)));
                }
            }
            return claimed;
        }
    }

    /**
     * Deliveries of a deactivated clinic end unsent. CatalogService fails them when the clinic is deactivated;
     * this catches any queued by a transaction that overlapped the deactivation.
     */
    private static void failDeactivatedClinics(Connection connection) throws SQLException {
        update(connection, "update webhook_delivery d set status = 'FAILED', next_attempt_at = null, last_error = ?"
                + " from webhook_endpoint e join clinic c on c.id = e.clinic_id"
                + " where e.id = d.endpoint_id and d.status = 'PENDING' and not c.active and d.next_attempt_at <= now()",
                WebhookDelivery.CLINIC_DEACTIVATED);
    }

    void deliver(Claimed delivery) {
        Outcome outcome = send(delivery);
        try {
            record(delivery, outcome);
        } catch (SQLException | RuntimeException e) {
            // the lease runs out and the delivery is tried again: at least once, deduplicated by event id
            LOG.warnf("Webhook %s: could not record the outcome: %s", delivery, e.getMessage());
        }
    }

    Outcome send(Claimed delivery) {
        Instant now = clock.instant();
        URI url;
        try {
            url = URI.create(delivery.url());
        } catch (IllegalArgumentException e) {
            return new Outcome(null, "invalid URL", 0);
        }
        List<String> signingSecrets = new ArrayList<>();
        try {
            signingSecrets.add(open(delivery.storedSecret(), delivery.endpointId()));
            if (delivery.storedPreviousSecret() != null) {
                signingSecrets.add(open(delivery.storedPreviousSecret(), delivery.endpointId()));
            }
        } catch (IllegalStateException e) {
            return new Outcome(null, "not sent: the signing secret does not open (was "
                    + "restwell.booking.partner.webhooks.secret-key changed?)", 0);
        }
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(WebhookSignature.HEADER, WebhookSignature.header(signingSecrets, now, delivery.body()));
        headers.put("Restwell-Event-Id", delivery.eventId().toString());
        headers.put("Restwell-Event-Type", delivery.eventType());
        headers.put("Restwell-Delivery-Id", delivery.id().toString());
        headers.put("Restwell-Delivery-Attempt", Integer.toString(delivery.attempt()));
        long started = System.nanoTime();
        // the client resolves the host once, checks every address and connects only to those (VettedHttp)
        VettedHttp.Result result = http.post(url, headers, delivery.body());
        return new Outcome(result.statusCode(), result.error(), elapsed(started));
    }

    private String open(String storedSecret, UUID endpointId) {
        return SecretBox.isSealed(storedSecret) ? secrets.open(storedSecret, endpointId.toString())
                : storedSecret; // stored before sealing, until SecretsAtRest seals it
    }

    private void record(Claimed delivery, Outcome outcome) throws SQLException {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (outcome.succeeded()) {
                    update(connection, "update webhook_delivery set status = 'SUCCEEDED', delivered_at = now(), next_attempt_at = null,"
                            + " last_status_code = ?, last_error = null, last_duration_ms = ? where id = ? and status = 'PENDING'",
                            outcome.statusCode(), (int) outcome.millis(), delivery.id());
                    update(connection, "update webhook_endpoint set consecutive_failures = 0, failing_since = null"
                            + " where id = ? and consecutive_failures > 0", delivery.endpointId());
                } else {
                    Optional<Instant> next = retries().next(delivery.attempt(), now, delivery.retryUntil(),
                            ThreadLocalRandom.current().nextDouble());
                    update(connection, "update webhook_delivery set status = ?, next_attempt_at = ?, last_status_code = ?,"
                            + " last_error = ?, last_duration_ms = ? where id = ? and status = 'PENDING'",
                            next.isPresent() ? "PENDING" : "FAILED", next.map(Timestamp::from).orElse(null),
                            outcome.statusCode(), truncate(outcome.error(), 500), (int) outcome.millis(), delivery.id());
                    failed(connection, delivery, now);
                    LOG.infof("Webhook %s, attempt %d failed: %s; %s", delivery, delivery.attempt(), outcome.error(),
                            next.map(at -> "next attempt at " + at).orElse("giving up"));
                }
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    private void failed(Connection connection, Claimed delivery, Instant now) throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "update webhook_endpoint set consecutive_failures = consecutive_failures + 1,"
                        + " failing_since = coalesce(failing_since, now()) where id = ?"
                        + " returning consecutive_failures, failing_since, enabled")) {
            count.setObject(1, delivery.endpointId());
            try (ResultSet row = count.executeQuery()) {
                if (!row.next() || !row.getBoolean(3)) {
                    return;
                }
                int failures = row.getInt(1);
                Instant since = row.getTimestamp(2).toInstant();
                if (health().shouldDisable(failures, since, now)) {
                    update(connection, "update webhook_endpoint set enabled = false, disabled_reason = ?, updated_at = now()"
                            + " where id = ?", "Disabled after " + failures + " failed attempts in a row since " + since
                            + "; fix the endpoint, then enable it again (its pending deliveries resume).", delivery.endpointId());
                    LOG.warnf("Webhook endpoint %s disabled after %d failed attempts in a row since %s",
                            delivery.endpointId(), failures, since);
                }
            }
        }
    }

    /** Finished deliveries are kept for {@code retain-finished}, then deleted; checked every few minutes. */
    private void purgeFinished() throws SQLException {
        if (System.nanoTime() - lastPurgeNanos < TimeUnit.MINUTES.toNanos(5)) {
            return;
        }
        lastPurgeNanos = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            update(connection, "delete from webhook_delivery where status <> 'PENDING' and created_at < ?",
                    Timestamp.from(clock.instant().minus(config.webhooks().retainFinished())));
        }
    }

    private RetrySchedule retries() {
        return new RetrySchedule(config.webhooks().firstRetry(), config.webhooks().maxRetryInterval());
    }

    private EndpointHealthPolicy health() {
        return new EndpointHealthPolicy(config.webhooks().disableAfterFailures(), config.webhooks().disableAfterFailingFor());
    }

    private static void update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static long elapsed(long startedNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startedNanos);
    }

    private static String truncate(String text, int length) {
        return text == null || text.length() <= length ? text : text.substring(0, length);
    }
}
