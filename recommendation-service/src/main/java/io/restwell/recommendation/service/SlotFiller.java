package io.restwell.recommendation.service;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.restwell.platform.defaults.messaging.TransientFailures;
import io.restwell.recommendation.Recommendation;
import io.restwell.recommendation.RecommendationStatus;
import io.restwell.recommendation.domain.OfferedSlot;
import io.restwell.recommendation.config.RecommendationConfig;

/**
 * Attaches open slots to suggestions, outside the transaction that made them: right after it
 * commits, and again on a sweep while booking-service is away. A suggestion refreshed meanwhile is
 * left for the next attempt rather than given slots for the wrong session type. Storing the slots
 * can lose a race with another writer of the suggestion (a poor night refreshing it, the person,
 * another instance's filler): it is stored again at once from a fresh read, not left for the sweep.
 */
@ApplicationScoped
public class SlotFiller {

    private static final Logger LOG = Logger.getLogger(SlotFiller.class);
    /** How long storing the slots is retried after losing a race (50 ms, doubling: four more tries). */
    static final Duration RACE_BUDGET = Duration.ofSeconds(1);

    private final EntityManager entityManager;
    private final SuitableSlots suitableSlots;
    private final ObjectMapper json;
    private final RecommendationConfig config;
    private final SuggestionNotices notices;
    private ScheduledExecutorService executor;

    SlotFiller(EntityManager entityManager, SuitableSlots suitableSlots, ObjectMapper json, RecommendationConfig config,
            SuggestionNotices notices) {
        this.entityManager = entityManager;
        this.suitableSlots = suitableSlots;
        this.json = json;
        this.config = config;
        this.notices = notices;
    }

    void start(@Observes StartupEvent startup) {
        // A few at once: each fill waits on booking-service, and a burst of poor nights should not queue.
        executor = Executors.newScheduledThreadPool(config.slotFillers(), task -> new Thread(task, "slot-filler"));
        long sweep = config.slotSweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdownNow();
    }

    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Suggestions.SlotsWanted wanted) {
        if (executor != null && !executor.isShutdown()) {
            executor.execute(() -> fill(wanted.recommendationId()));
        }
    }

    private void sweep() {
        try {
            List<UUID> pending = QuarkusTransaction.requiringNew().call(() -> entityManager.createQuery(
                    "select r.id from Recommendation r where r.slotsStatus = :pending and r.status = :open order by r.updatedAt",
                    UUID.class)
                    .setParameter("pending", Recommendation.SlotsStatus.PENDING)
                    .setParameter("open", RecommendationStatus.SUGGESTED)
                    .setMaxResults(50).getResultList());
            pending.forEach(this::fill);
        } catch (RuntimeException e) {
            LOG.warnf("Slot sweep failed: %s", e.getMessage());
        }
    }

    private void fill(UUID recommendationId) {
        Wanted wanted = QuarkusTransaction.requiringNew().call(() -> wanted(recommendationId));
        if (wanted == null) {
            return;
        }
        SuitableSlots.Offer offer;
        try {
            offer = suitableSlots.offerFor(wanted.userId(), wanted.sessionType());
        } catch (RuntimeException e) {
            LOG.infof("No slots for suggestion %s yet (booking-service: %s); will retry", recommendationId, e.getMessage());
            return;
        }
        String slotsJson = write(offer.slots());
        String nearestJson = write(offer.nearestOptions());
        try {
            // each try reads the suggestion afresh: refreshed meanwhile, it is left alone (its refresh asked for slots)
            TransientFailures.retry(() -> QuarkusTransaction.requiringNew().run(() -> {
                Recommendation recommendation = entityManager.find(Recommendation.class, recommendationId);
                if (recommendation != null && recommendation.slotsStatus == Recommendation.SlotsStatus.PENDING
                        && recommendation.updatedAt.isEqual(wanted.asOf())) {
                    recommendation.slots = slotsJson;
                    recommendation.nearestOptions = nearestJson;
                    recommendation.noneInReach = offer.noneInReach();
                    recommendation.slotsStatus = Recommendation.SlotsStatus.FILLED;
                    notices.ready(recommendation, offer.slots());
                }
            }), RACE_BUDGET);
        } catch (RuntimeException e) {
            LOG.warnf("Slots for suggestion %s not stored (%s); the sweep tries again", recommendationId, e.getMessage());
        }
    }

    private record Wanted(String userId, String sessionType, OffsetDateTime asOf) {
    }

    private Wanted wanted(UUID recommendationId) {
        Recommendation recommendation = entityManager.find(Recommendation.class, recommendationId);
        if (recommendation == null || recommendation.slotsStatus != Recommendation.SlotsStatus.PENDING
                || recommendation.status != RecommendationStatus.SUGGESTED || recommendation.sessionTypeCode == null) {
            return null;
        }
        return new Wanted(recommendation.userId, recommendation.sessionTypeCode, recommendation.updatedAt);
    }

    private String write(List<OfferedSlot> slots) {
        try {
            return json.writeValueAsString(slots);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
