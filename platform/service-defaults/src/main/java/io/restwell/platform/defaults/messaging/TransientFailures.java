package io.restwell.platform.defaults.messaging;

import java.time.Duration;
import java.util.function.LongConsumer;

import io.restwell.platform.defaults.persistence.ConcurrentChanges;
import io.restwell.platform.defaults.persistence.DatabaseOutages;

/**
 * Tells a failure that will pass (PostgreSQL restarting, unreachable, out of connections; a transaction
 * that lost a race on the same rows) from one that never will (a malformed event), and retries the former
 * with growing pauses, so an event is dead-lettered only for what is wrong with it, not with the database
 * or with a request that happened to touch the same suggestion at the same moment.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    /** A database that could not be had just now (DatabaseOutages) or a lost race (ConcurrentChanges). */
    public static boolean isTransient(Throwable failure) {
        return ConcurrentChanges.lostTo(failure) || DatabaseOutages.unavailable(failure);
    }

    /**
     * Runs {@code action}; after a transient failure waits and runs it again, until it succeeds, fails for
     * good, or {@code budget} is spent. An outage waits 1 s, doubling up to 30 s; a lost race (the other
     * transaction has already committed) 50 ms, doubling up to 1 s.
     */
    public static void retry(Runnable action, Duration budget, LongConsumer sleepMillis) {
        long spent = 0;
        long outagePause = 1_000;
        long racePause = 50;
        while (true) {
            try {
                action.run();
                return;
            } catch (RuntimeException e) {
                boolean lostRace = ConcurrentChanges.lostTo(e);
                long pause = lostRace ? racePause : outagePause;
                if (!isTransient(e) || spent + pause > budget.toMillis()) {
                    throw e;
                }
                sleepMillis.accept(pause);
                spent += pause;
                if (lostRace) {
                    racePause = Math.min(racePause * 2, 1_000);
                } else {
                    outagePause = Math.min(outagePause * 2, 30_000);
                }
            }
        }
    }

    /** {@link #retry(Runnable, Duration, LongConsumer)} pausing on the consumer's worker thread. */
    public static void retry(Runnable action, Duration budget) {
        retry(action, budget, TransientFailures::sleep);
    }

    /** The pause between tries, on the consumer's worker thread. */
    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting to retry", e);
        }
    }
}
