package io.restwell.recommendation.service;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.restwell.recommendation.config.NotificationConfig;
import io.restwell.recommendation.domain.QuietHours;
import io.restwell.recommendation.domain.SavedPreferences;
import io.restwell.recommendation.domain.UsualBedtime;

/** A person's quiet hours (domain/QuietHours) from what is known of them: preferences, logged bedtimes, time zone. */
@ApplicationScoped
public class QuietTimes {

    private static final int RECENT_NIGHTS = 14;

    private final EntityManager entityManager;
    private final PersonalPreferences preferences;
    private final NotificationConfig config;

    QuietTimes(EntityManager entityManager, PersonalPreferences preferences, NotificationConfig config) {
        this.entityManager = entityManager;
        this.preferences = preferences;
        this.config = config;
    }

    /** In the caller's transaction. */
    public Optional<QuietHours> of(String userId) {
        SavedPreferences saved = preferences.of(userId);
        List<LocalTime> bedtimes = entityManager.createQuery(
                "select n.bedtimeLocal from JournalNight n where n.userId = :user and n.bedtimeLocal is not null order by n.night desc",
                LocalTime.class).setParameter("user", userId).setMaxResults(RECENT_NIGHTS).getResultList();
        return QuietHours.of(Optional.ofNullable(saved.preferences().quietHours()), UsualBedtime.of(bedtimes), LocalTime.of(config.morningHour(), 0),
                saved.zone());
    }
}
