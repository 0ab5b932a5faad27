package io.restwell.platform.defaults.persistence;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;

class ConcurrentChangesTest {

    /** Stands in for Hibernate's exception, which this module does not depend on: recognised by its class name. */
    static class StaleStateException extends RuntimeException {
    }

    @Test
    void aStaleVersionASerializationFailureAndADeadlockAreLostRaces() {
        assertTrue(ConcurrentChanges.lostTo(new IllegalStateException("commit", new OptimisticLockException("stale"))));
        assertTrue(ConcurrentChanges.lostTo(new RuntimeException(new SQLException("could not serialize", "40001"))));
        assertTrue(ConcurrentChanges.lostTo(new RuntimeException(new SQLException("deadlock detected", "40P01"))));
    }

    @Test
    void otherFailuresAreNot() {
        assertFalse(ConcurrentChanges.lostTo(new RuntimeException(new SQLException("connection refused", "08001"))));
        assertFalse(ConcurrentChanges.lostTo(new RuntimeException(new SQLException("duplicate key", "23505"))));
        assertFalse(ConcurrentChanges.lostTo(new StaleStateException()), "only Hibernate's own class counts");
        assertFalse(ConcurrentChanges.lostTo(new IllegalArgumentException("not JSON")));
        assertFalse(ConcurrentChanges.lostTo(new RuntimeException(new SQLException("pool: acquisition timeout"))), "no SQLState");
    }
}
