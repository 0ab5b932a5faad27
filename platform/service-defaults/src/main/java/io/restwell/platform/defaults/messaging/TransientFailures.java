package io.restwell.platform.defaults.messaging;

import java.sql.SQLException;
import java.time.Duration;
import java.util.function.LongConsumer;

/**
 * Tells a failure that will pass (PostgreSQL restarting, unreachable, out of connections, a
 * serialization conflict) from one that never will (a malformed event), and retries the former with
 * growing pauses, so an event is dead-lettered only for what is wrong with it, not with the database.
 */
public final class TransientFailures {

    private TransientFailures() {
    }

    /** SQLState classes and codes of conditions that end by themselves. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null) {
                    // The pool's own "acquisition timeout": no connection could be had in time.
                    if (String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                        return true;
                    }
                } else if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")
                        || state.equals("40001") || state.equals("40P01")) {
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
     * Runs {@code action}; after a transient failure waits (1 s, doubling, at most 30 s) and runs it
     * again, until it succeeds, fails for good, or {@code budget} is spent.
     */
    public static void retry(Runnable action, Duration budget, LongConsumer sleepMillis) {
        long spent = 0;
        long pause = 1_000;
        while (true) {
            try {
                action.run();
                return;
            } catch (RuntimeException e) {
                if (!isTransient(e) || spent + pause > budget.toMillis()) {
                    throw e;
                }
                sleepMillis.accept(pause);
                spent += pause;
                pause = Math.min(pause * 2, 30_000);
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
