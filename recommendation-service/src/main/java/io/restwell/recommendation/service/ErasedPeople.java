package io.restwell.recommendation.service;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.restwell.recommendation.domain.Erasures;

/** The minimal record of each erasure (table {@code erased_person}), asked before any event is applied. */
@ApplicationScoped
public class ErasedPeople {

    private final EntityManager entityManager;

    ErasedPeople(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Remembers the erasure; a later one of the same person moves the moment on, an older one does not. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void remember(String userId, OffsetDateTime erasedAt) {
        entityManager.createNativeQuery("""
                insert into erased_person (user_hash, erased_at) values (:hash, :at)
                on conflict (user_hash) do update set erased_at = greatest(erased_person.erased_at, excluded.erased_at)""")
                .setParameter("hash", Erasures.userHash(userId)).setParameter("at", erasedAt).executeUpdate();
    }

    /** Whether the person erased their data after this event was written: then the event is not applied. */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean erasedSince(String userId, OffsetDateTime eventWritten) {
        @SuppressWarnings("unchecked")
        List<Object> found = entityManager.createNativeQuery("select erased_at from erased_person where user_hash = :hash")
                .setParameter("hash", Erasures.userHash(userId)).getResultList();
        return !found.isEmpty() && Erasures.erased(eventWritten, toOffsetDateTime(found.get(0)));
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(java.time.ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
}
