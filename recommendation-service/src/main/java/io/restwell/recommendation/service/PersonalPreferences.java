package io.restwell.recommendation.service;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.recommendation.JournalNight;
import io.restwell.recommendation.PersonPreferences;
import io.restwell.recommendation.domain.Preferences;
import io.restwell.recommendation.domain.RecommendationException;
import io.restwell.recommendation.domain.SavedPreferences;

/** Each person's preferences: read with their defaults filled in, replaced whole, guarded by their version. */
@ApplicationScoped
public class PersonalPreferences {

    private static final String SAVE_WHATEVER_IS_THERE = """
            insert into person_preferences (user_id, settings, version, updated_at) values (:user, cast(:settings as jsonb), 1, :now)
            on conflict (user_id) do update set settings = excluded.settings, version = person_preferences.version + 1,
                updated_at = excluded.updated_at
            returning version""";
    private static final String SAVE_FIRST = """
            insert into person_preferences (user_id, settings, version, updated_at) values (:user, cast(:settings as jsonb), 1, :now)
            on conflict (user_id) do nothing
            returning version""";
    private static final String SAVE_OVER_VERSION = """
            update person_preferences set settings = cast(:settings as jsonb), version = version + 1, updated_at = :now
            where user_id = :user and version = :expected
            returning version""";

    private final EntityManager entityManager;
    private final ObjectMapper json;

    PersonalPreferences(EntityManager entityManager, ObjectMapper json) {
        this.entityManager = entityManager;
        this.json = json;
    }

    @Transactional
    public SavedPreferences of(String userId) {
        PersonPreferences stored = entityManager.find(PersonPreferences.class, userId);
        ZoneId journalZone = journalZone(userId);
        return stored == null ? new SavedPreferences(Preferences.DEFAULTS, 0, null, journalZone)
                : new SavedPreferences(read(stored.settings), stored.version, stored.updatedAt, journalZone);
    }

    /**
     * Replaces the person's preferences.
     *
     * @param expectedVersion the version the client last read (If-Match); empty to replace whatever is there
     * @throws RecommendationException.PreferencesChanged when someone saved another version meanwhile
     */
    @Transactional
    public SavedPreferences replace(String userId, Preferences preferences, Optional<Integer> expectedVersion) {
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        // One statement each, so two devices saving at once cannot both win against the same version.
        Query save;
        if (expectedVersion.isEmpty()) {
            save = entityManager.createNativeQuery(SAVE_WHATEVER_IS_THERE);
        } else if (expectedVersion.get() == 0) {
            save = entityManager.createNativeQuery(SAVE_FIRST);
        } else {
            save = entityManager.createNativeQuery(SAVE_OVER_VERSION).setParameter("expected", expectedVersion.get());
        }
        List<?> version = save.setParameter("user", userId).setParameter("settings", write(preferences))
                .setParameter("now", now).getResultList();
        if (version.isEmpty()) {
            throw new RecommendationException.PreferencesChanged();
        }
        return new SavedPreferences(preferences, ((Number) version.get(0)).intValue(), now, journalZone(userId));
    }

    private ZoneId journalZone(String userId) {
        List<JournalNight> latest = entityManager.createQuery(
                "from JournalNight where userId = :user order by night desc", JournalNight.class)
                .setParameter("user", userId).setMaxResults(1).getResultList();
        return latest.isEmpty() ? null : ZoneOffset.ofTotalSeconds(latest.get(0).bedtimeOffsetSeconds);
    }

    private String write(Preferences preferences) {
        try {
            return json.writeValueAsString(preferences);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Preferences could not be written as JSON", e);
        }
    }

    private Preferences read(String settings) {
        try {
            return json.readValue(settings, Preferences.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored preferences could not be read", e);
        }
    }
}
