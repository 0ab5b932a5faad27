package io.restwell.platform.defaults.persistence;

import java.sql.SQLException;
import java.util.List;

import jakarta.persistence.OptimisticLockException;

/**
 * Recognises a transaction that lost to a concurrent one on the same rows: a stale {@code @Version}
 * (JPA's OptimisticLockException or Hibernate's StaleStateException, found by name: no Hibernate
 * dependency here) or PostgreSQL's serialization failure and deadlock. Such a transaction did nothing;
 * run again from the start it usually succeeds. A resource answers it with 409, a consumer retries it.
 */
public final class ConcurrentChanges {

    /** PostgreSQL states of a transaction rolled back because another one got there first. */
    static final List<String> LOST_RACE_STATES = List.of(
            "40001", // serialization_failure
            "40P01"); // deadlock_detected

    private ConcurrentChanges() {
    }

    /** Whether {@code failure}, or one of its causes, says a concurrent transaction changed the same rows first. */
    public static boolean lostTo(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof OptimisticLockException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null && LOST_RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
            for (Class<?> type = cause.getClass(); type != null; type = type.getSuperclass()) {
                if (type.getName().equals("org.hibernate.StaleStateException")) {
                    return true;
                }
            }
        }
        return false;
    }
}
