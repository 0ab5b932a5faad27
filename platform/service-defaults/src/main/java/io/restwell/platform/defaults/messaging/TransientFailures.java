package io.restwell.platform.defaults.messaging;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.LongConsumer;

import io.restwell.platform.defaults.persistence.ConcurrentChanges;

/**
 * Tells a failure that will pass (PostgreSQL restarting, unreachable, out of connections; a transaction
 * that lost a race on the same rows) from one that never will (a malformed event), and retries the former
 * with growing pauses, so an event is dead-lettered only for what is wrong with it, not with the database
 * or with a request that happened to touch the same suggestion at the same moment.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    /** SQLState classes and codes of conditions that end by themselves, and lost races (ConcurrentChanges). */
    public static boolean isTransient(Throwable failure) {
        if (ConcurrentChanges.lostTo(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null) {
                    // The pool's own "acquisition timeout": no connection could be had in time.
                    if (String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                        return true;
                    }
                } else if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
            }
            if (cause instanceof java.net.ConnectException || cause.getClass().getSimpleName().equals("JDBCConnectionException")) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
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
