package io.restwell.recommendation.service;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.events.EventTypes;
import io.restwell.events.journal.EntryDeletedEvent;
import io.restwell.events.journal.PainEntryEvent;
import io.restwell.events.journal.SleepEntryEvent;
import io.restwell.events.journal.UserDataErasedEvent;
import io.restwell.platform.defaults.messaging.IncomingEvents.IncomingEvent;
import io.restwell.recommendation.JournalNight;
import io.restwell.recommendation.JournalPain;
import io.restwell.recommendation.domain.Erasures;

/**
 * Applies journal events to this service's view of each person's journal, and turns a poor night
 * into a suggestion. Each event is applied once: its id is recorded in the same transaction.
 */
@ApplicationScoped
public class JournalFeed {

    /** An event that can never be applied (unreadable data): it goes to the dead-letter topic. */
    public static class UnreadableEvent extends RuntimeException {
        public UnreadableEvent(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Suggestions suggestions;
    private final ErasedPeople erased;

    JournalFeed(EntityManager entityManager, ObjectMapper json, Suggestions suggestions, ErasedPeople erased) {
        this.entityManager = entityManager;
        this.json = json;
        this.suggestions = suggestions;
        this.erased = erased;
    }

    /**
     * Applies one checked event (messaging's IncomingEvents: from journal-service, about the person its
     * key names). An event written before the person erased their data is recorded and dropped.
     *
     * @return false when the event had been applied before (a redelivery)
     */
    @Transactional
    public boolean apply(IncomingEvent event) {
        int fresh = entityManager.createNativeQuery(
                "insert into processed_event (event_id, processed_at) values (:id, now()) on conflict do nothing")
                .setParameter("id", event.id()).executeUpdate();
        if (fresh == 0) {
            return false;
        }
        if (EventTypes.USER_DATA_ERASED.equals(event.type())) {
            UserDataErasedEvent erasure = read(event.data(), UserDataErasedEvent.class);
            forget(event.userId());
            erased.remember(event.userId(), Erasures.erasureTime(erasure.erasedAt(), event.time()));
            return true;
        }
        if (erased.erasedSince(event.userId(), event.time())) {
            return true;
        }
        switch (event.type()) {
            case EventTypes.SLEEP_ENTRY_RECORDED, EventTypes.SLEEP_ENTRY_UPDATED -> {
                SleepEntryEvent night = read(event.data(), SleepEntryEvent.class);
                JournalNight stored = upsertNight(night);
                if (night.poorSleep()) {
                    suggestions.afterPoorNight(stored);
                }
            }
            case EventTypes.SLEEP_ENTRY_DELETED -> deleteEntry(JournalNight.class, read(event.data(), EntryDeletedEvent.class));
            case EventTypes.PAIN_ENTRY_RECORDED, EventTypes.PAIN_ENTRY_UPDATED ->
                    suggestions.afterPainRating(upsertPain(read(event.data(), PainEntryEvent.class)));
            case EventTypes.PAIN_ENTRY_DELETED -> deleteEntry(JournalPain.class, read(event.data(), EntryDeletedEvent.class));
            default -> {
                // A type this version does not know (a newer producer): nothing to do, and not an error.
            }
        }
        return true;
    }

    private JournalNight upsertNight(SleepEntryEvent event) {
        UUID id = UUID.fromString(event.entryId());
        JournalNight found = entityManager.find(JournalNight.class, id);
        JournalNight night = found != null ? found : new JournalNight();
        night.entryId = id;
        night.userId = event.userId();
        night.night = event.night();
        night.sleepEfficiency = event.sleepEfficiency();
        night.totalSleepMinutes = event.totalSleepMinutes();
        night.sleepLatencyMinutes = event.sleepLatencyMinutes();
        night.poorSleep = event.poorSleep();
        night.poorSleepReasons = String.join(",", event.poorSleepReasons());
        night.bedtimeOffsetSeconds = event.bedtime().getOffset().getTotalSeconds();
        night.bedtimeLocal = event.bedtime().toLocalTime();
        night.quality = event.quality() == null ? null : event.quality().shortValue();
        if (found == null) {
            entityManager.persist(night);
        }
        return night;
    }

    private JournalPain upsertPain(PainEntryEvent event) {
        UUID id = UUID.fromString(event.entryId());
        JournalPain found = entityManager.find(JournalPain.class, id);
        JournalPain pain = found != null ? found : new JournalPain();
        pain.entryId = id;
        pain.userId = event.userId();
        pain.recordedAt = event.recordedAt();
        pain.recordedAtOffsetSeconds = event.recordedAt().getOffset().getTotalSeconds();
        pain.intensity = (short) event.intensity();
        pain.location = event.location();
        pain.character = event.character();
        pain.chronic = event.chronic();
        pain.stressRelated = event.stressRelated();
        pain.disturbedSleep = event.disturbedSleep();
        pain.redFlags = event.redFlags() == null ? null : String.join(",", event.redFlags());
        if (found == null) {
            entityManager.persist(pain);
        }
        return pain;
    }

    private void deleteEntry(Class<?> entity, EntryDeletedEvent event) {
        Object entry = entityManager.find(entity, UUID.fromString(event.entryId()));
        if (entry != null) {
            entityManager.remove(entry);
        }
    }

    /** The person erased their data: forget everything held about them, suggestions, preferences, notifications, push subscriptions, session reports, routine checks and therapist-brief consents included (the brief read log names no one). */
    private void forget(String userId) {
        for (String table : new String[] {"journal_night", "journal_pain", "recommendation", "completed_session", "person_preferences",
                "push_subscription", "notification", "notification_due",
                "session_outcome", "session_booking", "routine_check", "brief_consent"}) {
            entityManager.createNativeQuery("delete from " + table + " where user_id = :user")
                    .setParameter("user", userId).executeUpdate();
        }
        entityManager.createNativeQuery("delete from outbox_event where aggregate_key = :user")
                .setParameter("user", userId).executeUpdate();
    }

    private <T> T read(String data, Class<T> type) {
        try {
            return json.readValue(data, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new UnreadableEvent("unreadable " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
