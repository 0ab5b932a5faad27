package io.restwell.booking.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/**
 * Where a person's data sits in this database, for their erasure: bookings (and holds), idempotency
 * keys, and the booking events in the outbox. Plain statements, not entities: an erasure must not fail
 * on a version a concurrent request just moved on, and the outbox's rows are JSON.
 */
@ApplicationScoped
public class PersonalDataRepository {

    /** One of the person's bookings: what its erasure needs to know. */
    public record BookingOfPerson(UUID id, UUID clinicId, String cancelledBy) {
    }

    private final EntityManager entityManager;

    PersonalDataRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** The person's bookings and holds created up to {@code until}, locked until the erasure commits. */
    public List<BookingOfPerson> bookingsOf(String userId, OffsetDateTime until) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery(
                "select id, clinic_id, cancelled_by from booking where user_id = :user and created_at <= :until order by id for update")
                .setParameter("user", userId).setParameter("until", until).getResultList();
        return rows.stream().map(row -> new BookingOfPerson((UUID) row[0], (UUID) row[1], (String) row[2])).toList();
    }

    /**
     * The booking keeps its time, therapist, session type, price and status; the person's link and
     * their text go. A new version, so partners syncing by {@code changedSince} and ETags see the change.
     */
    public void anonymise(UUID bookingId, String standIn, boolean keepReason) {
        entityManager.createNativeQuery("""
                update booking set user_id = :standIn, notes = null,
                    cancellation_reason = case when :keep then cancellation_reason else null end,
                    updated_at = now(), version = version + 1
                where id = :id""")
                .setParameter("standIn", standIn).setParameter("keep", keepReason).setParameter("id", bookingId)
                .executeUpdate();
    }

    /** The person's idempotency keys (their own strings, and a link from them to bookings). */
    public int dropIdempotencyKeys(String userId, OffsetDateTime until) {
        return entityManager.createNativeQuery("delete from idempotency_key where user_id = :user and created_at <= :until")
                .setParameter("user", userId).setParameter("until", until).executeUpdate();
    }

    /**
     * The booking's events in the outbox, published or not: keyed and naming the stand-in instead of the
     * person (key and body must agree, consumers check it), and without the person's reason.
     */
    public int scrubOutbox(String userId, UUID bookingId, String standIn, boolean keepReason) {
        return entityManager.createNativeQuery("""
                update outbox_event set aggregate_key = :standIn,
                    payload = jsonb_set(payload, '{userId}', to_jsonb(cast(:standIn as text)))
                        || case when :keep then '{}'::jsonb else '{"reason": null}'::jsonb end
                where aggregate_key = :user and subject = :booking""")
                .setParameter("standIn", standIn).setParameter("keep", keepReason)
                .setParameter("user", userId).setParameter("booking", bookingId.toString()).executeUpdate();
    }

    /** Any other event still keyed by the person (none is written today): it goes. */
    public int dropOtherOutboxEvents(String userId, OffsetDateTime until) {
        return entityManager.createNativeQuery("delete from outbox_event where aggregate_key = :user and created_at <= :until")
                .setParameter("user", userId).setParameter("until", until).executeUpdate();
    }
}
