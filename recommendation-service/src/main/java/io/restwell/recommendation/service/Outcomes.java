package io.restwell.recommendation.service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import io.restwell.recommendation.JournalNight;
import io.restwell.recommendation.JournalPain;
import io.restwell.recommendation.domain.Night;
import io.restwell.recommendation.domain.SessionOutcomes;

/** How each kind of session has worked for a person, from their completed sessions and their journal. */
@ApplicationScoped
public class Outcomes {

    private final EntityManager entityManager;
    private final SessionOutcomes outcomes = new SessionOutcomes();

    Outcomes(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public List<SessionOutcomes.Outcome> of(String userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select session_type, session_date from completed_session where user_id = :user order by session_date")
                .setParameter("user", userId).getResultList();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<SessionOutcomes.CompletedSession> sessions = rows.stream()
                .map(row -> new SessionOutcomes.CompletedSession((String) row[0], toDate(row[1]))).toList();
        List<Night> nights = entityManager.createQuery("from JournalNight where userId = :user", JournalNight.class)
                .setParameter("user", userId).getResultStream()
                .map(n -> new Night(n.entryId.toString(), n.night, n.sleepEfficiency, n.totalSleepMinutes, n.poorSleep,
                        n.poorSleepReasons.isBlank() ? List.of() : Arrays.asList(n.poorSleepReasons.split(","))))
                .toList();
        List<SessionOutcomes.DayPain> pain = entityManager.createQuery("from JournalPain where userId = :user", JournalPain.class)
                .setParameter("user", userId).getResultStream()
                .map(p -> new SessionOutcomes.DayPain(
                        p.recordedAt.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(p.recordedAtOffsetSeconds)).toLocalDate(),
                        p.intensity))
                .toList();
        return outcomes.outcomes(sessions, nights, pain);
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }
}
