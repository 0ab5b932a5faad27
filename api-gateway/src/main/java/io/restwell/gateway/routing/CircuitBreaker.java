package io.restwell.gateway.routing;

import java.time.Duration;

/**
 * One per upstream. After {@code failureThreshold} transport failures in a row (no connection, a
 * reset, a timeout) the circuit opens: requests to that area fail fast with 503 for {@code openFor}
 * instead of piling up on a dead service. Then one trial request is let through; its success closes
 * the circuit, its failure opens it again. Times are nanoseconds from any fixed origin.
 */
public final class CircuitBreaker {

    public enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    private final int failureThreshold;
    private final long openForNanos;
    private State state = State.CLOSED;
    private int consecutiveFailures;
    private long openedAt;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("failureThreshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
    }

    /** Whether a request may go to the upstream now. */
    public synchronized boolean allows(long now) {
        if (state == State.OPEN && now - openedAt >= openForNanos) {
            state = State.HALF_OPEN;
            trialInFlight = false;
        }
        return switch (state) {
            case CLOSED -> true;
            case OPEN -> false;
            case HALF_OPEN -> {
                if (trialInFlight) {
                    yield false;
                }
                trialInFlight = true;
                yield true;
            }
        };
    }

    public synchronized void succeeded() {
        state = State.CLOSED;
        consecutiveFailures = 0;
        trialInFlight = false;
    }

    public synchronized void failed(long now) {
        consecutiveFailures++;
        if (state == State.HALF_OPEN || consecutiveFailures >= failureThreshold) {
            state = State.OPEN;
            openedAt = now;
            trialInFlight = false;
        }
    }

    public synchronized State state() {
        return state;
    }

    /** Seconds until a trial request will be let through; 0 unless open. */
    public synchronized long secondsUntilTrial(long now) {
        if (state != State.OPEN) {
            return 0;
        }
        return Math.max(1, (long) Math.ceil((openForNanos - (now - openedAt)) / 1e9));
    }
}
