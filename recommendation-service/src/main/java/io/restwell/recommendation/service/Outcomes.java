package io.restwell.recommendation.service;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.restwell.recommendation.JournalNight;
import io.restwell.recommendation.JournalPain;
import io.restwell.recommendation.config.InsightsConfig;
import io.restwell.recommendation.domain.Night;
import io.restwell.recommendation.domain.RoutineEffects;
import io.restwell.recommendation.domain.SessionOutcomes;
import io.restwell.recommendation.domain.SessionReport;

/**
 * How each kind of session, and each step of the routine, has worked for a person: from the sessions that count
 * as attended (the clinic's mark, else the person's word), their reports and routine checks, and their journal.
 */
@ApplicationScoped
public class Outcomes {

    /** Everything the insights show, and the minimum of nights behind a figure. */
    public record Insights(List<SessionOutcomes.Outcome> averages, List<SessionOutcomes.SessionTypeEffect> sessionTypes,
            List<RoutineEffects.StepEffect> routineSteps, int minimumNights) {
    }

    private final EntityManager entityManager;
    private final RoutineChecks routineChecks;
    private final InsightsConfig config;
    private final SessionOutcomes outcomes = new SessionOutcomes();

    Outcomes(EntityManager entityManager, RoutineChecks routineChecks, InsightsConfig config) {
        this.entityManager = entityManager;
        this.routineChecks = routineChecks;
        this.config = config;
    }

    @Transactional
    public Insights of(String userId) {
        List<SessionOutcomes.AttendedSession> attended = attended(userId);
        List<Night> nights = nights(userId);
        List<SessionOutcomes.DayPain> pain = pain(userId);
        List<SessionOutcomes.CompletedSession> sessions = attended.stream()
                .map(session -> new SessionOutcomes.CompletedSession(session.sessionType(), session.day())).toList();
        return new Insights(outcomes.outcomes(sessions, nights, pain),
                outcomes.effects(attended, nights, pain, config.minimumNights()),
                RoutineEffects.of(routineChecks.all(userId), nights, config.minimumNights()), config.minimumNights());
    }

    /** What each session type did for the person's nights; what the rules weigh. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<SessionOutcomes.SessionTypeEffect> sessionEffects(String userId) {
        List<SessionOutcomes.AttendedSession> attended = attended(userId);
        if (attended.isEmpty()) {
            return List.of();
        }
        return outcomes.effects(attended, nights(userId), pain(userId), config.minimumNights());
    }

    /** The person's sessions that count as attended (domain/SessionReport), with the relief they reported. */
    private List<SessionOutcomes.AttendedSession> attended(String userId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select b.session_type, b.session_date, b.status, o.attended, o.relief
                from session_booking b left join session_outcome o on o.booking_id = b.booking_id
                where b.user_id = :user order by b.session_date""")
                .setParameter("user", userId).getResultList();
        List<SessionOutcomes.AttendedSession> attended = new ArrayList<>();
        for (Object[] row : rows) {
            String status = (String) row[2];
            SessionReport report = row[3] == null ? null
                    : new SessionReport((Boolean) row[3], row[4] == null ? null : ((Number) row[4]).intValue());
            if (SessionReport.countsAsAttended(status, report)) {
                attended.add(new SessionOutcomes.AttendedSession((String) row[0], SessionReports.toDate(row[1]),
                        SessionReport.countedRelief(status, report).orElse(null)));
            }
        }
        return attended;
    }

    private List<Night> nights(String userId) {
        return entityManager.createQuery("from JournalNight where userId = :user", JournalNight.class)
                .setParameter("user", userId).getResultStream()
                .map(n -> new Night(n.entryId.toString(), n.night, n.sleepEfficiency, n.totalSleepMinutes, n.poorSleep,
                        n.poorSleepReasons.isBlank() ? List.of() : Arrays.asList(n.poorSleepReasons.split(",")), n.sleepLatencyMinutes))
                .toList();
    }

    private List<SessionOutcomes.DayPain> pain(String userId) {
        return entityManager.createQuery("from JournalPain where userId = :user", JournalPain.class)
                .setParameter("user", userId).getResultStream()
                .map(p -> new SessionOutcomes.DayPain(
                        p.recordedAt.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(p.recordedAtOffsetSeconds)).toLocalDate(),
                        p.intensity))
                .toList();
    }
}
