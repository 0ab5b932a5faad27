package io.restwell.recommendation.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.restwell.events.booking.BookingEvent;
import io.restwell.recommendation.domain.RecommendationException.SessionNotFound;
import io.restwell.recommendation.domain.RecommendationException.SessionNotReportable;
import io.restwell.recommendation.domain.RecommendationException.SessionReportNotFound;
import io.restwell.recommendation.domain.SessionReport;

/**
 * The person's side of a session: the bookings booking.events told us are theirs, and what they report about
 * each (attended, relief). Only their own bookings can be reported on; another person's is not found.
 */
@ApplicationScoped
public class SessionReports {

    /** A session and the person's report on it, as stored. */
    public record Reported(UUID bookingId, String sessionType, LocalDate sessionDate, String bookingStatus, SessionReport report,
            OffsetDateTime reportedAt) {

        /** Whether it counts as attended (domain/SessionReport: the clinic's mark wins). */
        public boolean countsAsAttended() {
            return SessionReport.countsAsAttended(bookingStatus, report);
        }
    }

    private final EntityManager entityManager;

    SessionReports(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Remembers the booking as an event describes it; runs in the transaction that applies the event. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void record(BookingEvent booking) {
        entityManager.createNativeQuery("""
                insert into session_booking (booking_id, user_id, session_type, session_date, start_at, end_at, status, updated_at)
                values (cast(:booking as uuid), :user, :type, :day, :start, :end, :status, now())
                on conflict (booking_id) do update set session_type = excluded.session_type, session_date = excluded.session_date,
                    start_at = excluded.start_at, end_at = excluded.end_at, status = excluded.status, updated_at = excluded.updated_at
                where session_booking.user_id = excluded.user_id""")
                .setParameter("booking", booking.bookingId()).setParameter("user", booking.userId())
                .setParameter("type", booking.sessionType()).setParameter("day", booking.start().toLocalDate())
                .setParameter("start", booking.start()).setParameter("end", booking.end())
                .setParameter("status", booking.status()).executeUpdate();
    }

    /**
     * Records (or replaces) the person's report on one of their sessions.
     *
     * @throws SessionNotFound       when the booking is not known to be theirs
     * @throws SessionNotReportable  when it was cancelled or has not started
     */
    @Transactional
    public Reported report(String userId, UUID bookingId, SessionReport report) {
        Object[] booking = booking(userId, bookingId);
        String status = (String) booking[2];
        SessionReport.refusal(status, ((OffsetDateTime) booking[3]).toInstant(), Instant.now()).ifPresent(reason -> {
            throw new SessionNotReportable(reason);
        });
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
        entityManager.createNativeQuery("""
                insert into session_outcome (booking_id, user_id, attended, relief, reported_at)
                values (:booking, :user, :attended, nullif(:relief, -1), :now)
                on conflict (booking_id) do update set attended = excluded.attended, relief = excluded.relief,
                    reported_at = excluded.reported_at""")
                .setParameter("booking", bookingId).setParameter("user", userId).setParameter("attended", report.attended())
                // -1 stands for "none": a bare null parameter has no type PostgreSQL can infer
                .setParameter("relief", report.relief() == null ? -1 : report.relief())
                .setParameter("now", now).executeUpdate();
        return new Reported(bookingId, (String) booking[0], toDate(booking[1]), status, report, now);
    }

    /** The person's report on one of their sessions; not found when there is none (or the session is not theirs). */
    @Transactional
    public Reported find(String userId, UUID bookingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select b.session_type, b.session_date, b.status, o.attended, o.relief, o.reported_at
                from session_booking b join session_outcome o on o.booking_id = b.booking_id
                where b.booking_id = :booking and b.user_id = :user and o.user_id = :user""")
                .setParameter("booking", bookingId).setParameter("user", userId).getResultList();
        if (rows.isEmpty()) {
            throw new SessionReportNotFound();
        }
        Object[] row = rows.get(0);
        return new Reported(bookingId, (String) row[0], toDate(row[1]), (String) row[2],
                new SessionReport((Boolean) row[3], row[4] == null ? null : ((Number) row[4]).intValue()), toTime(row[5]));
    }

    /** {session_type, session_date, status, start_at} of the person's booking. */
    private Object[] booking(String userId, UUID bookingId) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("""
                select session_type, session_date, status, start_at from session_booking
                where booking_id = :booking and user_id = :user for update""")
                .setParameter("booking", bookingId).setParameter("user", userId).getResultList();
        if (rows.isEmpty()) {
            throw new SessionNotFound();
        }
        Object[] row = rows.get(0);
        row[3] = toTime(row[3]);
        return row;
    }

    static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date date ? date.toLocalDate() : (LocalDate) value;
    }

    static OffsetDateTime toTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        if (value instanceof java.sql.Timestamp timestamp) {
            return timestamp.toInstant().atOffset(ZoneOffset.UTC);
        }
        throw new IllegalStateException("not a time: " + value);
    }
}
