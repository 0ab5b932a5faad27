package io.restwell.booking.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.restwell.booking.BusyInterval;
import io.restwell.booking.domain.BusyTimeImport.Taken;
import io.restwell.booking.domain.Interval;
import io.restwell.booking.repository.BookingRepository.BusyTime;

/** A clinic's imported busy time, and the locks that keep it and new bookings from crossing. */
@ApplicationScoped
public class BusyIntervalRepository implements PanacheRepositoryBase<BusyInterval, UUID> {

    /** Advisory-lock class of "a therapist's time" (two-key locks, apart from the outbox's one-key lock). */
    private static final int THERAPIST_TIME_LOCK = 0x52570001;

    /**
     * Sends this transaction's writes in JDBC batches of {@code size}, which the driver turns into multi-row
     * inserts (reWriteBatchedInserts): a bulk import then costs a few round trips instead of one per row. Only
     * for the import's own transaction: a booking's single insert stays unbatched, so its constraint violations
     * reach the problem mapping as they are.
     */
    public void batchWrites(int size) {
        getEntityManager().unwrap(org.hibernate.Session.class).setJdbcBatchSize(size);
    }

    /** The clinic's intervals with these external ids. */
    public List<BusyInterval> byExternalIds(UUID clinicId, Collection<String> externalIds) {
        if (externalIds.isEmpty()) {
            return List.of();
        }
        return list("clinicId = :clinic and externalId in :ids",
                Parameters.with("clinic", clinicId).and("ids", externalIds));
    }

    /** Busy time of these therapists that overlaps {@code [from, to)}. */
    public List<BusyTime> overlapping(Collection<UUID> therapistIds, Instant from, Instant to) {
        if (therapistIds.isEmpty()) {
            return List.of();
        }
        // one therapist (a booking's check) by "=": a list parameter makes Hibernate translate the query on every call
        boolean one = therapistIds.size() == 1;
        return find((one ? "therapistId = :ids" : "therapistId in :ids") + " and startAt < :to and endAt > :from",
                Parameters.with("ids", one ? therapistIds.iterator().next() : therapistIds)
                        .and("from", from.atOffset(java.time.ZoneOffset.UTC)).and("to", to.atOffset(java.time.ZoneOffset.UTC)))
                .list().stream()
                .map(busy -> new BusyTime(busy.therapistId, new Interval(busy.startAt.toInstant(), busy.endAt.toInstant())))
                .toList();
    }

    /**
     * Holds the therapist's time until the transaction ends, alone: an import waits for the bookings of the
     * therapist in flight and keeps new ones out until it commits, so neither slips past the other's check.
     */
    public void lockTherapistTime(UUID therapistId) {
        advisoryLock("pg_advisory_xact_lock", therapistId);
    }

    /**
     * Holds the therapist's time until the transaction ends, shared with other bookings: a booking waits only
     * for an import in flight, never for another booking (bookings among themselves are kept apart by the
     * booking table's exclusion constraint).
     */
    public void shareTherapistTime(UUID therapistId) {
        advisoryLock("pg_advisory_xact_lock_shared", therapistId);
    }

    private void advisoryLock(String function, UUID therapistId) {
        getEntityManager().createNativeQuery("select count(*) from (select " + function + "(:lockClass, hashtext(:id))) locked")
                .setParameter("lockClass", THERAPIST_TIME_LOCK)
                .setParameter("id", therapistId.toString())
                .getSingleResult();
    }

    /** Bookings (not holds) of these therapists whose time, buffer included, overlaps {@code [from, to)}. */
    public List<Taken> bookingsOverlapping(Collection<UUID> therapistIds, Instant from, Instant to) {
        if (therapistIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "select id, therapist_id, start_at, blocked_until from booking"
                        + " where therapist_id in (:ids) and status in ('BOOKED', 'ARRIVED', 'COMPLETED', 'NO_SHOW')"
                        + " and tstzrange(start_at, blocked_until) && tstzrange(:from, :to)"
                        + " order by start_at")
                .setParameter("ids", therapistIds)
                .setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to))
                .getResultList();
        return rows.stream().map(row -> new Taken((UUID) row[0], (UUID) row[1],
                new Interval(instant(row[2]), instant(row[3])))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
