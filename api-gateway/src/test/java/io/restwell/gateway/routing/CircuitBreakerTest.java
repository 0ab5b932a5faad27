package io.restwell.gateway.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class CircuitBreakerTest {

    private static final long SECOND = 1_000_000_000L;
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(5));

    @Test
    void opensAfterTheThresholdOfFailuresInARowOnly() {
        breaker.failed(0);
        breaker.failed(0);
        breaker.succeeded();
        breaker.failed(0);
        breaker.failed(0);
        assertTrue(breaker.allows(0), "a success in between resets the count");
        breaker.failed(0);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.allows(SECOND));
        assertEquals(4, breaker.secondsUntilTrial(SECOND));
    }

    @Test
    void letsOneTrialThroughAfterTheOpenPeriodAndClosesOnItsSuccess() {
        open();
        assertTrue(breaker.allows(5 * SECOND), "the trial");
        assertFalse(breaker.allows(5 * SECOND), "only one trial at a time");
        breaker.succeeded();
        assertEquals(CircuitBreaker.State.CLOSED, breaker.state());
        assertTrue(breaker.allows(5 * SECOND));
    }

    @Test
    void aFailedTrialOpensTheCircuitForAnotherPeriod() {
        open();
        assertTrue(breaker.allows(6 * SECOND));
        breaker.failed(6 * SECOND);
        assertEquals(CircuitBreaker.State.OPEN, breaker.state());
        assertFalse(breaker.allows(10 * SECOND));
        assertTrue(breaker.allows(11 * SECOND));
    }

    private void open() {
        for (int i = 0; i < 3; i++) {
            breaker.failed(0);
        }
    }
}
