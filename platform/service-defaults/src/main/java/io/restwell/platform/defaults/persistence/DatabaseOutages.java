package io.restwell.platform.defaults.persistence;

import java.net.ConnectException;
import java.sql.SQLException;

/**
 * Recognises a failure that says the database could not be had just now, not that the request or the
 * data is wrong: the pool found no free connection within its acquisition timeout (a rush), PostgreSQL
 * is unreachable, restarting or out of connections (SQLState classes 08, 53, 57P). Such a failure
 * passes by itself: a resource answers it 503 with Retry-After, a consumer retries it.
 */
public final class DatabaseOutages {

    private DatabaseOutages() {
    }

    /** Whether {@code failure}, or one of its causes, says the database was unavailable or saturated. */
    public static boolean unavailable(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                if (state == null) {
                    // Agroal's own "Sorry, acquisition timeout!" carries no SQLState.
                    if (String.valueOf(sql.getMessage()).contains("acquisition timeout")) {
                        return true;
                    }
                } else if (state.startsWith("08") || state.startsWith("53") || state.startsWith("57P")) {
                    return true;
                }
            }
            if (cause instanceof ConnectException || cause.getClass().getSimpleName().equals("JDBCConnectionException")) {
                return true;
            }
        }
        return false;
    }
}
