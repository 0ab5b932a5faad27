package io.restwell.recommendation.push;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.restwell.platform.defaults.outbound.VettedHttp;
import io.restwell.recommendation.config.PushConfig;
import io.restwell.recommendation.domain.NotificationDetails;
import io.restwell.recommendation.domain.NotificationKind;
import io.restwell.recommendation.domain.PushRetry;
import io.restwell.recommendation.domain.QuietHours;
import io.restwell.recommendation.service.QuietTimes;

/**
 * Pushes notifications to their subscriptions. Each notification gets one {@code push_delivery} row per
 * subscription in the transaction that adds it (service/Inbox), so each is pushed to each subscription at most
 * once. A sweep takes due rows with SKIP LOCKED and, in that transaction, either holds a row until the person's
 * quiet hours end (domain/QuietHours; red-flag advice never waits) or leases it (moves its time ahead by
 * {@code restwell.push.lease} and counts the attempt); it sends after the commit, so two instances never send
 * one row, and a sender that dies mid-send leaves a row that is retried when its lease ends. The answer decides
 * (domain/PushRetry): sent; subscription gone (404/410: removed, with its pending pushes); retried with backoff
 * (429, 5xx, no answer; Retry-After honoured); or failed.
 */
@ApplicationScoped
public class PushDispatcher {

    private static final Logger LOG = Logger.getLogger(PushDispatcher.class);
    private static final Base64.Decoder B64URL = Base64.getUrlDecoder();

    private final EntityManager entityManager;
    private final PushSender sender;
    private final QuietTimes quietTimes;
    private final PushConfig config;
    private final ObjectMapper json;
    private final PushRetry retry;
    private ScheduledExecutorService poller;
    private ExecutorService senders;

    PushDispatcher(EntityManager entityManager, PushSender sender, QuietTimes quietTimes, PushConfig config, ObjectMapper json) {
        this.entityManager = entityManager;
        this.sender = sender;
        this.quietTimes = quietTimes;
        this.config = config;
        this.json = json;
        this.retry = new PushRetry(config.retryInitial(), config.retryMax(), config.maxAttempts());
    }

    void start(@Observes StartupEvent startup) {
        AtomicInteger number = new AtomicInteger();
        senders = Executors.newFixedThreadPool(Math.max(1, config.batchSize()), task -> {
            Thread thread = new Thread(task, "push-sender-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        sender.vapidPublicKey(); // unreadable or mismatched VAPID keys stop the start, not the first push
        if (!config.dispatcherEnabled()) {
            LOG.info("Push dispatcher disabled (restwell.push.dispatcher-enabled=false)");
            return;
        }
        poller = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "push-dispatcher"));
        long interval = config.sweepInterval().toMillis();
        poller.scheduleWithFixedDelay(this::sweep, interval, interval, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (poller != null) {
            poller.shutdownNow();
        }
        senders.shutdownNow();
    }

    private void sweep() {
        try {
            sendDue();
        } catch (RuntimeException e) {
            LOG.warnf("Push sweep failed: %s", e.getMessage());
        }
    }

    /** One push taken for sending. */
    private record Taken(UUID notificationId, UUID subscriptionId, int attempt, String endpoint, String p256dh, String auth,
            byte[] payload, String urgency) {
    }

    /** Sends every push that is due now (one batch after another); returns how many were attempted. */
    public int sendDue() {
        int attempted = 0;
        List<Taken> taken;
        do {
            taken = QuarkusTransaction.requiringNew().call(this::take);
            List<CompletableFuture<Void>> sends = new ArrayList<>();
            for (Taken push : taken) {
                sends.add(CompletableFuture.runAsync(() -> sendOne(push), senders));
            }
            CompletableFuture.allOf(sends.toArray(CompletableFuture[]::new)).join();
            attempted += taken.size();
        } while (taken.size() == config.batchSize());
        return attempted;
    }

    private List<Taken> take() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        @SuppressWarnings("unchecked")
        List<Object[]> due = entityManager.createNativeQuery("""
                select d.notification_id, d.subscription_id, d.user_id, d.attempts, s.endpoint, s.p256dh, s.auth, s.expires_at,
                       n.kind, n.title, n.body, cast(n.details as text)
                from push_delivery d
                join push_subscription s on s.id = d.subscription_id
                join notification n on n.id = d.notification_id
                where d.status = 'PENDING' and d.next_attempt_at <= :now
                order by d.next_attempt_at limit :batch
                for update of d skip locked""")
                .setParameter("now", now).setParameter("batch", config.batchSize()).getResultList();
        Map<String, Optional<QuietHours>> quiet = new HashMap<>();
        Map<UUID, Boolean> expired = new LinkedHashMap<>();
        List<Taken> taken = new ArrayList<>();
        for (Object[] row : due) {
            UUID notification = (UUID) row[0];
            UUID subscription = (UUID) row[1];
            String userId = (String) row[2];
            Object expiresAt = row[7];
            if (expiresAt != null && !toInstant(expiresAt).isAfter(now.toInstant())) {
                expired.put(subscription, true); // the browser said it ends: removed, not pushed to
                continue;
            }
            NotificationDetails details = details(notification, (String) row[11]);
            Instant pushAt = quiet.computeIfAbsent(userId, quietTimes::of).map(hours -> hours.pushAt(now.toInstant(), details))
                    .orElse(now.toInstant());
            if (pushAt.isAfter(now.toInstant())) {
                // quiet hours: it waits for their end, without counting an attempt
                update("update push_delivery set next_attempt_at = :at where notification_id = :n and subscription_id = :s",
                        notification, subscription, pushAt.atOffset(ZoneOffset.UTC));
                continue;
            }
            int attempt = ((Number) row[3]).intValue() + 1;
            update("update push_delivery set next_attempt_at = :at, attempts = attempts + 1 where notification_id = :n and subscription_id = :s",
                    notification, subscription, now.plus(config.lease()));
            NotificationKind kind = NotificationKind.valueOf((String) row[8]);
            taken.add(new Taken(notification, subscription, attempt, (String) row[4], (String) row[5], (String) row[6],
                    payload(notification, kind, (String) row[9], (String) row[10]), urgency(kind, details)));
        }
        expired.keySet().forEach(this::deleteSubscription);
        return taken;
    }

    private void sendOne(Taken push) {
        VettedHttp.Result result;
        try {
            result = sender.send(push.endpoint(), B64URL.decode(push.p256dh()), B64URL.decode(push.auth()), push.payload(), push.urgency());
        } catch (RuntimeException e) {
            LOG.warnf("Push %s to subscription %s not sent: %s", push.notificationId(), push.subscriptionId(), e.getMessage());
            result = new VettedHttp.Result(null, "not sent: " + e.getClass().getSimpleName(), null);
        }
        VettedHttp.Result answer = result;
        PushRetry.Outcome outcome = retry.outcome(answer.statusCode(), push.attempt());
        try {
            QuarkusTransaction.requiringNew().run(() -> record(push, answer, outcome));
        } catch (RuntimeException e) {
            LOG.warnf("Push %s result not recorded (retried after its lease): %s", push.notificationId(), e.getMessage());
        }
    }

    private void record(Taken push, VettedHttp.Result answer, PushRetry.Outcome outcome) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        String error = answer.error() == null ? null : answer.error().substring(0, Math.min(300, answer.error().length()));
        switch (outcome) {
            case SENT -> entityManager.createNativeQuery("""
                    update push_delivery set status = 'SENT', finished_at = :now, last_status = :status, last_error = null
                    where notification_id = :n and subscription_id = :s""")
                    .setParameter("now", now).setParameter("status", answer.statusCode())
                    .setParameter("n", push.notificationId()).setParameter("s", push.subscriptionId()).executeUpdate();
            case SUBSCRIPTION_GONE -> deleteSubscription(push.subscriptionId());
            case RETRY -> entityManager.createNativeQuery("""
                    update push_delivery set next_attempt_at = :at, last_status = :status, last_error = :error
                    where notification_id = :n and subscription_id = :s""")
                    .setParameter("at", retry.nextAttempt(push.attempt(), now.toInstant(), Optional.ofNullable(answer.retryAfter()))
                            .atOffset(ZoneOffset.UTC))
                    .setParameter("status", answer.statusCode()).setParameter("error", error)
                    .setParameter("n", push.notificationId()).setParameter("s", push.subscriptionId()).executeUpdate();
            case FAILED -> entityManager.createNativeQuery("""
                    update push_delivery set status = 'FAILED', finished_at = :now, last_status = :status, last_error = :error
                    where notification_id = :n and subscription_id = :s""")
                    .setParameter("now", now).setParameter("status", answer.statusCode()).setParameter("error", error)
                    .setParameter("n", push.notificationId()).setParameter("s", push.subscriptionId()).executeUpdate();
        }
    }

    private void deleteSubscription(UUID subscription) {
        entityManager.createNativeQuery("delete from push_subscription where id = :s").setParameter("s", subscription).executeUpdate();
    }

    private void update(String sql, UUID notification, UUID subscription, OffsetDateTime at) {
        entityManager.createNativeQuery(sql).setParameter("at", at).setParameter("n", notification).setParameter("s", subscription)
                .executeUpdate();
    }

    /** What the service worker gets: what the inbox shows, no more (no health details beyond title and body). */
    private byte[] payload(UUID id, NotificationKind kind, String title, String body) {
        Map<String, Object> message = new LinkedHashMap<>();
        message.put("id", id.toString());
        message.put("kind", kind.name());
        message.put("title", title);
        message.put("body", body);
        message.put("url", config.openUrl().replace("{id}", id.toString()));
        try {
            byte[] bytes = json.writeValueAsBytes(message);
            if (bytes.length > Aes128GcmEncoding.MAX_PAYLOAD) {
                message.put("body", body.substring(0, Math.min(body.length(), 1000)) + "…");
                bytes = json.writeValueAsBytes(message);
            }
            return bytes;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What the notification is about; unreadable details (none written so) count as an ordinary notification. */
    private NotificationDetails details(UUID notification, String text) {
        try {
            return json.readValue(text, NotificationDetails.class);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            LOG.warnf("Notification %s has unreadable details: %s", notification, e.getMessage());
            return new NotificationDetails(null, null);
        }
    }

    /**
     * RFC 8030 5.3: what cannot wait (red-flag advice, a session soon, a change by the clinic) wakes the device; the rest
     * may wait for it.
     */
    static String urgency(NotificationKind kind, NotificationDetails details) {
        if (details.redFlagAdvice()) {
            return "high";
        }
        return switch (kind) {
            case SESSION_REMINDER_2H, BOOKING_CANCELLED, BOOKING_RESCHEDULED -> "high";
            default -> "normal";
        };
    }

    private static Instant toInstant(Object value) {
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        return ((java.sql.Timestamp) value).toInstant();
    }
}
