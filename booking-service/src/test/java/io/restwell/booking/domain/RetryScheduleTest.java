package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryScheduleTest {

    private final RetrySchedule production = new RetrySchedule(Duration.ofSeconds(30), Duration.ofHours(1));

    @Test
    void thePauseDoublesFromThirtySecondsUpToAnHour() {
        List<Duration> pauses = new ArrayList<>();
        for (int failures = 1; failures <= 10; failures++) {
            pauses.add(production.delayAfter(failures));
        }
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofMinutes(1), Duration.ofMinutes(2), Duration.ofMinutes(4),
                Duration.ofMinutes(8), Duration.ofMinutes(16), Duration.ofMinutes(32), Duration.ofHours(1),
                Duration.ofHours(1), Duration.ofHours(1)), pauses);
        assertEquals(Duration.ofHours(1), production.delayAfter(10_000)); // no overflow however long it fails
    }

    @Test
    void retriesGoOnForTheWholeWindowAndStopAtItsEnd() {
        Instant queued = Instant.parse("2026-11-20T09:00:00Z");
        Instant deadline = queued.plus(Duration.ofHours(24));
        Instant now = queued;
        int attempts = 1;
        Optional<Instant> next;
        while ((next = production.next(attempts, now, deadline, 0.0)).isPresent()) {
            assertTrue(next.get().isAfter(now));
            now = next.get();
            attempts++;
        }
        // 30 s + 1 + 2 + 4 + 8 + 16 + 32 min ≈ 63.5 min, then hourly: about 30 attempts in 24 h
        assertTrue(attempts >= 28 && attempts <= 31, "attempts: " + attempts);
        assertFalse(now.isAfter(deadline));
        assertTrue(Duration.between(now, deadline).compareTo(Duration.ofHours(1)) < 0, "the last attempt is in the last hour");
    }

    @Test
    void jitterAddsAtMostATenthOfThePause() {
        Instant now = Instant.parse("2026-11-20T09:00:00Z");
        Instant far = now.plus(Duration.ofDays(2));
        assertEquals(now.plusSeconds(60), production.next(2, now, far, 0.0).orElseThrow());
        Instant most = production.next(2, now, far, 1.0).orElseThrow();
        assertTrue(most.isAfter(now.plusSeconds(65)) && most.isBefore(now.plusSeconds(66)), most.toString());
        assertTrue(production.next(1, now, now.plusSeconds(29), 0.0).isEmpty());
    }

    @Test
    void aScheduleNeedsAPositiveFirstPauseNoLongerThanItsMaximum() {
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ZERO, Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> new RetrySchedule(Duration.ofHours(2), Duration.ofHours(1)));
    }

    @Test
    void anEndpointIsDisabledOnlyAfterManyFailuresOverALongEnoughTime() {
        EndpointHealthPolicy policy = new EndpointHealthPolicy(20, Duration.ofHours(24));
        Instant since = Instant.parse("2026-11-20T09:00:00Z");
        assertFalse(policy.shouldDisable(19, since, since.plus(Duration.ofDays(3))), "too few failures");
        assertFalse(policy.shouldDisable(500, since, since.plus(Duration.ofHours(23))), "a burst in a short outage");
        assertTrue(policy.shouldDisable(20, since, since.plus(Duration.ofHours(24))));
        assertFalse(policy.shouldDisable(20, null, since));
    }
}
