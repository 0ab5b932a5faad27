package io.restwell.recommendation.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;

import io.restwell.events.EventTypes;
import io.restwell.recommendation.JournalNight;
import io.restwell.recommendation.JournalPain;
import io.restwell.recommendation.Recommendation;
import io.restwell.recommendation.RecommendationStatus;
import io.restwell.recommendation.config.RecommendationConfig;
import io.restwell.recommendation.domain.Night;
import io.restwell.recommendation.domain.PainRating;
import io.restwell.recommendation.domain.Suggestion;
import io.restwell.recommendation.domain.SuggestionLifetime;
import io.restwell.recommendation.domain.SuggestionRules;
import io.restwell.recommendation.mapping.RecommendationEvents;
import io.restwell.platform.outbox.Outbox;

/** Creates or refreshes a person's one open suggestion after a poor night, or at once for a red flag. */
@ApplicationScoped
public class Suggestions {

    /** Fired for a suggestion that needs slots; the slot filler acts once the transaction has committed. */
    public record SlotsWanted(UUID recommendationId) {
    }

    private final EntityManager entityManager;
    private final RecommendationConfig config;
    private final Event<SlotsWanted> slotsWanted;
    private final Outbox outbox;
    private final Outcomes outcomes;
    private final SuggestionNotices notices;
    private final SuggestionRules rules = new SuggestionRules();

    Suggestions(EntityManager entityManager, RecommendationConfig config, Event<SlotsWanted> slotsWanted, Outbox outbox,
            Outcomes outcomes, SuggestionNotices notices) {
        this.entityManager = entityManager;
        this.config = config;
        this.slotsWanted = slotsWanted;
        this.outbox = outbox;
        this.outcomes = outcomes;
        this.notices = notices;
    }

    /** Runs inside the transaction that applied the poor night's event. */
    void afterPoorNight(JournalNight trigger) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        Suggestion suggestion = rules.preferWhatWorked(
                rules.suggest(toNight(trigger), recentNights(trigger), recentPain(trigger.userId, trigger.night)),
                outcomes.sessionEffects(trigger.userId));
        store(trigger.userId, suggestion, trigger.entryId, now);
    }

    /**
     * Runs inside the transaction that applied a pain rating's event: a red flag answered yes is advice to
     * seek care at once, without waiting for a poor night (SuggestionRules.seekCare decides).
     */
    void afterPainRating(JournalPain rating) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        PainRating logged = toRating(rating);
        rules.seekCare(logged, recentPain(rating.userId, logged.recordedAt().toLocalDate()), now)
                .ifPresent(advice -> store(rating.userId, advice, rating.entryId, now));
    }

    /** Creates or refreshes the person's one open suggestion; a recent dismissal holds back anything but red-flag advice. */
    private void store(String userId, Suggestion suggestion, UUID triggeringEntryId, OffsetDateTime now) {
        Recommendation open = entityManager.createQuery(
                "from Recommendation where userId = :user and status = :open", Recommendation.class)
                .setParameter("user", userId).setParameter("open", RecommendationStatus.SUGGESTED)
                .getResultStream().findFirst().orElse(null);
        if (open == null) {
            if (!SuggestionRules.redFlag(suggestion.rule()) && recentlyDismissed(userId, now)) {
                return;
            }
            open = new Recommendation();
            open.id = UUID.randomUUID();
            open.userId = userId;
            open.status = RecommendationStatus.SUGGESTED;
            open.createdAt = now;
        }
        open.sessionTypeCode = suggestion.sessionType();
        open.seeClinician = suggestion.seeClinician();
        open.rule = suggestion.rule();
        open.explanation = suggestion.explanation();
        open.selfCare = String.join("\n", suggestion.selfCare());
        open.triggeringEntryId = triggeringEntryId;
        open.ruleVersion = suggestion.ruleVersion();
        open.updatedAt = now;
        open.expiresAt = SuggestionLifetime.expiresAt(now);
        open.slots = "[]";
        open.nearestOptions = "[]";
        open.noneInReach = false;
        open.slotsStatus = suggestion.seeClinician() ? Recommendation.SlotsStatus.NONE : Recommendation.SlotsStatus.PENDING;
        if (!entityManager.contains(open)) {
            entityManager.persist(open);
        }
        outbox.append(EventTypes.RECOMMENDATION_SUGGESTED, open.userId, open.id.toString(), RecommendationEvents.toEvent(open));
        if (open.slotsStatus == Recommendation.SlotsStatus.PENDING) {
            slotsWanted.fire(new SlotsWanted(open.id));
        } else {
            notices.ready(open, List.of());
        }
    }

    private boolean recentlyDismissed(String userId, OffsetDateTime now) {
        return !entityManager.createQuery(
                "select r.id from Recommendation r where r.userId = :user and r.status = :dismissed and r.dismissedAt > :since",
                UUID.class)
                .setParameter("user", userId).setParameter("dismissed", RecommendationStatus.DISMISSED)
                .setParameter("since", now.minus(config.dismissalCooldown()))
                .setMaxResults(1).getResultList().isEmpty();
    }

    private List<Night> recentNights(JournalNight trigger) {
        return entityManager.createQuery("from JournalNight where userId = :user and night > :since and night <= :night",
                JournalNight.class)
                .setParameter("user", trigger.userId).setParameter("since", trigger.night.minusDays(15))
                .setParameter("night", trigger.night)
                .getResultStream().map(Suggestions::toNight).toList();
    }

    /** The person's ratings of the 15 days up to {@code day} and after it. */
    private List<PainRating> recentPain(String userId, LocalDate day) {
        OffsetDateTime since = day.minusDays(15).atStartOfDay().atOffset(ZoneOffset.UTC);
        return entityManager.createQuery("from JournalPain where userId = :user and recordedAt > :since", JournalPain.class)
                .setParameter("user", userId).setParameter("since", since)
                .getResultStream().map(Suggestions::toRating).toList();
    }

    private static PainRating toRating(JournalPain pain) {
        return new PainRating(pain.entryId.toString(),
                pain.recordedAt.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(pain.recordedAtOffsetSeconds)),
                pain.intensity, pain.location, pain.character, pain.chronic, pain.stressRelated, pain.disturbedSleep,
                pain.redFlags == null ? null : pain.redFlags.isEmpty() ? List.of() : Arrays.asList(pain.redFlags.split(",")));
    }

    private static Night toNight(JournalNight night) {
        return new Night(night.entryId.toString(), night.night, night.sleepEfficiency, night.totalSleepMinutes,
                night.poorSleep, night.poorSleepReasons.isBlank() ? List.of() : Arrays.asList(night.poorSleepReasons.split(",")),
                night.sleepLatencyMinutes);
    }
}
