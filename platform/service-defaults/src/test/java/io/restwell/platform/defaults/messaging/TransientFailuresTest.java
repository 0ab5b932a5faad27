package io.restwell.platform.defaults.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.persistence.OptimisticLockException;

import org.junit.jupiter.api.Test;

class TransientFailuresTest {

    @Test
    void aDatabaseThatIsGoneOrBusyIsTransientABadEventIsNot() {
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("gone", "08006"))));
        assertTrue(TransientFailures.isTransient(new IllegalStateException("tx", new SQLException("shutting down", "57P01"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("Sorry, acquisition timeout!"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new SQLException("deadlock", "40P01"))));
        assertTrue(TransientFailures.isTransient(new RuntimeException(new OptimisticLockException("stale version"))));
        assertFalse(TransientFailures.isTransient(new IllegalArgumentException("not JSON")));
        assertFalse(TransientFailures.isTransient(new RuntimeException(new SQLException("bad value", "22P02"))));
    }

    @Test
    void retriesTransientFailuresWithGrowingPausesThenSucceeds() {
        AtomicInteger calls = new AtomicInteger();
        List<Long> pauses = new ArrayList<>();
        TransientFailures.retry(() -> {
            if (calls.incrementAndGet() < 4) {
                throw new RuntimeException(new SQLException("gone", "08006"));
            }
        }, Duration.ofMinutes(5), pauses::add);
        assertEquals(4, calls.get());
        assertEquals(List.of(1_000L, 2_000L, 4_000L), pauses);
    }

    @Test
    void aLostRaceIsRetriedAtOnceWithShortPauses() {
        AtomicInteger calls = new AtomicInteger();
        List<Long> pauses = new ArrayList<>();
        TransientFailures.retry(() -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("commit failed",
                        new OptimisticLockException("Row was updated or deleted by another transaction"));
            }
        }, Duration.ofMinutes(5), pauses::add);
        assertEquals(3, calls.get());
        assertEquals(List.of(50L, 100L), pauses);
    }

    @Test
    void aPermanentFailureIsNotRetriedAndATransientOneStopsAtTheBudget() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(IllegalArgumentException.class, () -> TransientFailures.retry(() -> {
            calls.incrementAndGet();
            throw new IllegalArgumentException("never valid");
        }, Duration.ofMinutes(5), pause -> { }));
        assertEquals(1, calls.get());

        List<Long> pauses = new ArrayList<>();
        assertThrows(RuntimeException.class, () -> TransientFailures.retry(() -> {
            throw new RuntimeException(new SQLException("gone", "08006"));
        }, Duration.ofSeconds(10), pauses::add));
        assertEquals(List.of(1_000L, 2_000L, 4_000L), pauses, "1 + 2 + 4 s fit in 10 s, 8 more would not");
    }
}
