package io.restwell.recommendation.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import org.hibernate.LockOptions;
import org.jboss.logging.Logger;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.restwell.events.EventTypes;
import io.restwell.platform.outbox.Outbox;
import io.restwell.recommendation.Recommendation;
import io.restwell.recommendation.RecommendationStatus;
import io.restwell.recommendation.config.RecommendationConfig;
import io.restwell.recommendation.mapping.RecommendationEvents;

/**
 * Marks open suggestions whose week has passed ({@code expiresAt}) {@code EXPIRED}, each with
 * {@code restwell.recommendation.expired.v1} in the same transaction. Rows are locked with SKIP LOCKED
 * and re-checked, so with several instances each suggestion expires, and is announced, once.
 */
@ApplicationScoped
public class Expiry {

    private static final Logger LOG = Logger.getLogger(Expiry.class);
    private static final int BATCH = 100;

    private final EntityManager entityManager;
    private final Outbox outbox;
    private final RecommendationConfig config;
    private ScheduledExecutorService executor;

    Expiry(EntityManager entityManager, Outbox outbox, RecommendationConfig config) {
        this.entityManager = entityManager;
        this.outbox = outbox;
        this.config = config;
    }

    void start(@Observes StartupEvent startup) {
        executor = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "suggestion-expiry"));
        long sweep = config.expirySweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdownNow();
    }

    private void sweep() {
        try {
            expireDue();
        } catch (RuntimeException e) {
            LOG.warnf("Expiry sweep failed: %s", e.getMessage());
        }
    }

    /** Expires every open suggestion that is due now; returns how many this call expired. */
    public int expireDue() {
        int expired = 0;
        int batch;
        do {
            batch = QuarkusTransaction.requiringNew().call(this::expireBatch);
            expired += batch;
        } while (batch == BATCH);
        return expired;
    }

    private int expireBatch() {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        List<Recommendation> due = entityManager.createQuery(
                "from Recommendation where status = :open and expiresAt <= :now order by expiresAt", Recommendation.class)
                .setParameter("open", RecommendationStatus.SUGGESTED).setParameter("now", now)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE).setHint("jakarta.persistence.lock.timeout", LockOptions.SKIP_LOCKED)
                .setMaxResults(BATCH).getResultList();
        for (Recommendation suggestion : due) {
            suggestion.status = RecommendationStatus.EXPIRED;
            suggestion.updatedAt = now;
            outbox.append(EventTypes.RECOMMENDATION_EXPIRED, suggestion.userId, suggestion.id.toString(),
                    RecommendationEvents.toEvent(suggestion));
        }
        return due.size();
    }
}
