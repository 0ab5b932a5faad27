package io.restwell.booking.repository;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.restwell.booking.Booking;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.domain.Interval;
import io.restwell.booking.domain.TimeBound;

@ApplicationScoped
public class BookingRepository implements PanacheRepositoryBase<Booking, UUID> {

    /** Time a therapist is taken: a booking's start to its end plus buffer. */
    public record BusyTime(UUID therapistId, Interval interval) {
    }

    /** Statuses of holds: rows in this table that are not bookings. */
    static final List<BookingStatus> HOLDS = List.of(BookingStatus.HELD, BookingStatus.EXPIRED);

    /** The booking if it is this person's; someone else's is as absent as a missing one. */
    public Booking findOwned(UUID id, String userId) {
        return find("id = ?1 and userId = ?2 and status not in ?3", id, userId, HOLDS).firstResult();
    }

    /** The same, locked for the rest of the transaction, so concurrent changes of one booking queue up. */
    public Booking findOwnedForUpdate(UUID id, String userId) {
        return find("id = ?1 and userId = ?2 and status not in ?3", id, userId, HOLDS)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public Booking findInClinicForUpdate(UUID id, UUID clinicId) {
        return find("id = ?1 and clinicId = ?2 and status not in ?3", id, clinicId, HOLDS)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    /** A hold of this person (live, expired or released); someone else's is absent. */
    public Booking findHold(UUID id, String userId, boolean lock) {
        var query = find("id = ?1 and userId = ?2 and status in ?3", id, userId, HOLDS);
        return (lock ? query.withLock(LockModeType.PESSIMISTIC_WRITE) : query).firstResult();
    }

    /** The person's own still-HELD hold on exactly this slot, locked: booking that slot turns it into the booking. */
    public Booking findOwnHold(String userId, UUID therapistId, UUID sessionTypeId, java.time.OffsetDateTime start,
            int durationMinutes) {
        return find("userId = ?1 and therapistId = ?2 and sessionType.id = ?3 and startAt = ?4 and durationMinutes = ?5"
                        + " and status = ?6", userId, therapistId, sessionTypeId, start, durationMinutes, BookingStatus.HELD)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
    }

    public long liveHoldsOf(String userId, Instant now) {
        return count("userId = ?1 and status = ?2 and expiresAt > ?3", userId, BookingStatus.HELD,
                now.atOffset(java.time.ZoneOffset.UTC));
    }

    /**
     * Serialises one person's booking changes until the transaction ends (a transaction-scoped advisory
     * lock on the person), so two concurrent requests cannot both count the same open bookings and both
     * pass the limits. The two-key form keeps these locks apart from the outbox relay's one-key lock;
     * two people whose ids hash alike merely queue behind each other.
     */
    public void lockPerson(String userId) {
        getEntityManager().createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(:space, hashtext(:user))) as locked")
                .setParameter("space", PERSON_LOCK_SPACE)
                .setParameter("user", userId)
                .getSingleResult();
    }

    /** "bkng" in ASCII: the first key of the per-person locks. */
    static final int PERSON_LOCK_SPACE = 0x626b6e67;

    /**
     * The person's open future bookings and live holds (domain/BookingLimits), leaving out {@code except}
     * (the row being booked, converted or moved); with a clinic and date, only those at that clinic on
     * that clinic-local day.
     */
    public long openOf(String userId, Instant now, UUID except, UUID clinicId, java.time.LocalDate localDate) {
        StringBuilder where = new StringBuilder("userId = :user and id <> :except and startAt > :now"
                + " and (status = :booked or (status = :held and expiresAt > :now))");
        Parameters parameters = Parameters.with("user", userId).and("except", except)
                .and("now", now.atOffset(java.time.ZoneOffset.UTC))
                .and("booked", BookingStatus.BOOKED).and("held", BookingStatus.HELD);
        if (clinicId != null) {
            where.append(" and clinicId = :clinic and localDate = :date");
            parameters.and("clinic", clinicId).and("date", localDate);
        }
        return count(where.toString(), parameters);
    }

    /**
     * Whether someone other than {@code takerId} (null: anyone) already has a live booking or hold of the therapist
     * overlapping {@code [from, to)}. A read without locks, to turn away the losers of a rush at once; the exclusion
     * constraint stays the judge of the races this read cannot see.
     */
    public boolean takenByOthers(UUID therapistId, Instant from, Instant to, String takerId) {
        // the status list repeats the exclusion constraint's predicate, so PostgreSQL can use its GiST index
        jakarta.persistence.Query taken = getEntityManager().createNativeQuery("select exists (select 1 from booking"
                        + " where therapist_id = :therapist and status in ('HELD', 'BOOKED', 'ARRIVED', 'COMPLETED', 'NO_SHOW')"
                        + " and tstzrange(start_at, blocked_until) && tstzrange(:from, :to)"
                        + " and (status <> 'HELD' or expires_at > now())"
                        + (takerId == null ? "" : " and user_id <> :taker") + ")")
                .setParameter("therapist", therapistId)
                .setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to));
        if (takerId != null) {
            taken.setParameter("taker", takerId);
        }
        return (Boolean) taken.getSingleResult();
    }

    /**
     * Marks expired holds of a therapist overlapping {@code [from, to)} EXPIRED, so the exclusion
     * constraint lets a new booking take their time. Runs in the booking's transaction.
     */
    public int expireStaleHolds(UUID therapistId, Instant from, Instant to) {
        return getEntityManager().createNativeQuery(
                "update booking set status = 'EXPIRED', updated_at = now(), version = version + 1"
                        + " where therapist_id = :therapist and status = 'HELD' and expires_at <= now()"
                        + " and tstzrange(start_at, blocked_until) && tstzrange(:from, :to)")
                .setParameter("therapist", therapistId)
                .setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to))
                .executeUpdate();
    }

    /** A person's bookings by start, optionally in a range (dates are clinic-local days) and of one status. */
    public PanacheQuery<Booking> ofUser(String userId, TimeBound from, TimeBound to, BookingStatus status, int page, int size) {
        return filtered("userId = :owner", Parameters.with("owner", userId), from, to, status, page, size);
    }

    public PanacheQuery<Booking> ofClinic(UUID clinicId, TimeBound from, TimeBound to, BookingStatus status, int page, int size) {
        return filtered("clinicId = :owner", Parameters.with("owner", clinicId), from, to, status, page, size);
    }

    /**
     * A clinic's bookings for its partner API. With {@code changedSince}: only those changed at or after
     * it, oldest change first (the order a sync walks in); else by start.
     */
    public PanacheQuery<Booking> ofClinicForPartner(UUID clinicId, TimeBound from, TimeBound to,
            Collection<BookingStatus> statuses, Instant changedSince, int page, int size) {
        Parameters parameters = Parameters.with("owner", clinicId);
        String owner = "clinicId = :owner";
        if (changedSince == null) {
            return filtered(owner, parameters, from, to, statuses, Sort.by("startAt").and("id"), page, size);
        }
        parameters.and("changedSince", changedSince.atOffset(java.time.ZoneOffset.UTC));
        return filtered(owner + " and updatedAt >= :changedSince", parameters, from, to, statuses,
                Sort.by("updatedAt").and("id"), page, size);
    }

    /** A booking (not a hold) of one clinic; another clinic's is as absent as a missing one. */
    public Booking findInClinic(UUID id, UUID clinicId) {
        return find("id = ?1 and clinicId = ?2 and status not in ?3", id, clinicId, HOLDS).firstResult();
    }

    private PanacheQuery<Booking> filtered(String owner, Parameters parameters, TimeBound from, TimeBound to,
            BookingStatus status, int page, int size) {
        return filtered(owner, parameters, from, to, status == null ? null : List.of(status), Sort.by("startAt").and("id"),
                page, size);
    }

    private PanacheQuery<Booking> filtered(String owner, Parameters parameters, TimeBound from, TimeBound to,
            Collection<BookingStatus> statuses, Sort sort, int page, int size) {
        StringBuilder where = new StringBuilder(owner).append(" and status not in :holds");
        parameters.and("holds", HOLDS);
        if (from != null) {
            where.append(from.date() != null ? " and localDate >= :fromDate" : " and startAt >= :fromInstant");
            parameters.and(from.date() != null ? "fromDate" : "fromInstant",
                    from.date() != null ? from.date() : from.instant().atOffset(java.time.ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(to.date() != null ? " and localDate <= :toDate" : " and startAt < :toInstant");
            parameters.and(to.date() != null ? "toDate" : "toInstant",
                    to.date() != null ? to.date() : to.instant().atOffset(java.time.ZoneOffset.UTC));
        }
        if (statuses != null) {
            where.append(" and status in :statuses");
            parameters.and("statuses", statuses);
        }
        return find(where.toString(), sort, parameters).page(Page.of(page, size));
    }

    /**
     * What blocks the given therapists between two instants: bookings that still hold their time, and
     * live holds.
     * Uses the same range test as the exclusion constraint, so its GiST index serves it.
     */
    @SuppressWarnings("unchecked")
    public List<BusyTime> busyTimes(Collection<UUID> therapistIds, Instant from, Instant to) {
        if (therapistIds.isEmpty()) {
            return List.of();
        }
        List<Object[]> rows = getEntityManager().createNativeQuery(
                "select therapist_id, start_at, blocked_until from booking"
                        + " where therapist_id in (:ids)"
                        + " and (status in ('BOOKED', 'ARRIVED', 'COMPLETED', 'NO_SHOW')"
                        + "      or (status = 'HELD' and expires_at > now()))"
                        + " and tstzrange(start_at, blocked_until) && tstzrange(:from, :to)")
                .setParameter("ids", therapistIds)
                .setParameter("from", Timestamp.from(from))
                .setParameter("to", Timestamp.from(to))
                .getResultList();
        return rows.stream().map(row -> new BusyTime((UUID) row[0],
                new Interval(instant(row[1]), instant(row[2])))).toList();
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
