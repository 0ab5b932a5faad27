package io.restwell.booking.repository;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** A person's {@code Idempotency-Key}s: which booking each made, and from which request. */
@ApplicationScoped
public class IdempotencyKeyRepository {

    /** What a key was first used for: the request's fingerprint and the booking it made. */
    public record Earlier(String requestHash, UUID bookingId) {
    }

    private final EntityManager entityManager;

    IdempotencyKeyRepository(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /**
     * Claims the key for this request and booking, or answers what it was used for before. A concurrent
     * request with the same key waits on the row until the first one's transaction ends.
     */
    public Optional<Earlier> claim(String userId, String key, String requestHash, UUID bookingId) {
        int claimed = entityManager.createNativeQuery(
                "insert into idempotency_key (user_id, idempotency_key, request_hash, booking_id, created_at)"
                        + " values (:user, :key, :hash, :booking, now()) on conflict do nothing")
                .setParameter("user", userId).setParameter("key", key)
                .setParameter("hash", requestHash).setParameter("booking", bookingId)
                .executeUpdate();
        if (claimed == 1) {
            return Optional.empty();
        }
        Object[] earlier = (Object[]) entityManager.createNativeQuery(
                "select request_hash, booking_id from idempotency_key where user_id = :user and idempotency_key = :key")
                .setParameter("user", userId).setParameter("key", key)
                .getSingleResult();
        return Optional.of(new Earlier(((String) earlier[0]).trim(), (UUID) earlier[1]));
    }

    /** The key now names another booking (a hold that became the booking). */
    public void rebind(String userId, String key, UUID bookingId) {
        entityManager.createNativeQuery(
                "update idempotency_key set booking_id = :booking where user_id = :user and idempotency_key = :key")
                .setParameter("booking", bookingId).setParameter("user", userId).setParameter("key", key)
                .executeUpdate();
    }
}
