package io.restwell.recommendation.service;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.restwell.recommendation.domain.RecommendationException.RoutineCheckNotFound;
import io.restwell.recommendation.domain.RoutineCheck;
import io.restwell.recommendation.domain.RoutineStep;

/** Which steps of the bedtime routine a person did each evening, as they tick them. */
@ApplicationScoped
public class RoutineChecks {

    /** A stored check and when it was last changed. */
    public record Checked(RoutineCheck check, OffsetDateTime updatedAt) {
    }

    private final EntityManager entityManager;
    private final PersonalPreferences preferences;

    RoutineChecks(EntityManager entityManager, PersonalPreferences preferences) {
        this.entityManager = entityManager;
        this.preferences = preferences;
    }

    /** Records (or replaces) the check of one evening; the evening may not be after today on the person's clock. */
    @Transactional
    public Checked put(String userId, String night, List<RoutineStep> steps) {
        RoutineCheck check = RoutineCheck.of(night, steps, today(userId));
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("""
                insert into routine_check (user_id, night, steps, updated_at) values (:user, :night, :steps, :now)
                on conflict (user_id, night) do update set steps = excluded.steps, updated_at = excluded.updated_at""")
                .setParameter("user", userId).setParameter("night", check.night())
                .setParameter("steps", check.orderedSteps().stream().map(Enum::name).collect(Collectors.joining(",")))
                .setParameter("now", now).executeUpdate();
        return new Checked(check, now);
    }

    /** The check of one evening; not found when the person has not made one. */
    @Transactional
    public Checked find(String userId, String night) {
        LocalDate evening = RoutineCheck.evening(night, LocalDate.MAX);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select steps, updated_at from routine_check where user_id = :user and night = :night")
                .setParameter("user", userId).setParameter("night", evening).getResultList();
        if (rows.isEmpty()) {
            throw new RoutineCheckNotFound();
        }
        return new Checked(new RoutineCheck(evening, steps((String) rows.get(0)[0])), SessionReports.toTime(rows.get(0)[1]));
    }

    /** All of the person's checks. */
    @Transactional
    public List<RoutineCheck> all(String userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select night, steps from routine_check where user_id = :user order by night")
                .setParameter("user", userId).getResultList();
        return rows.stream().map(row -> new RoutineCheck(SessionReports.toDate(row[0]), steps((String) row[1]))).toList();
    }

    private LocalDate today(String userId) {
        return LocalDate.now(preferences.of(userId).zone());
    }

    private static Set<RoutineStep> steps(String stored) {
        return stored.isEmpty() ? Set.of()
                : Arrays.stream(stored.split(",")).map(RoutineStep::valueOf).collect(Collectors.toSet());
    }
}
