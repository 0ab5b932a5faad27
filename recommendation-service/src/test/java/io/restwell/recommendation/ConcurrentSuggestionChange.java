package io.restwell.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

/**
 * Another transaction's change of a person's open suggestion (a bare version bump), held open until whatever races
 * it waits on the row, then committed: the racer's update finds a newer version than it read. For tests of lost races.
 */
public final class ConcurrentSuggestionChange implements AutoCloseable {

    private final DataSource dataSource;
    private final Connection held;

    private ConcurrentSuggestionChange(DataSource dataSource, Connection held) {
        this.dataSource = dataSource;
        this.held = held;
    }

    public static ConcurrentSuggestionChange begin(DataSource dataSource, String user) throws SQLException {
        Connection held = dataSource.getConnection();
        held.setAutoCommit(false);
        try (PreparedStatement change = held.prepareStatement(
                "update recommendation set version = version + 1 where user_id = ? and status = 'SUGGESTED'")) {
            change.setString(1, user);
            assertEquals(1, change.executeUpdate());
        }
        return new ConcurrentSuggestionChange(dataSource, held);
    }

    /**
     * Waits until an update of a suggestion waits for this change's row lock (polled from a connection of its own: in
     * a transaction pg_stat_activity keeps showing its first snapshot); false when {@code stop} says so first or the
     * time runs out.
     */
    public boolean awaitARacerWaiting(Duration timeout, BooleanSupplier stop) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Connection observer = dataSource.getConnection();
                PreparedStatement waiting = observer.prepareStatement("select count(*) from pg_stat_activity where "
                        + "wait_event_type = 'Lock' and datname = current_database() and query ilike 'update recommendation%'")) {
            while (System.nanoTime() < deadline && !stop.getAsBoolean()) {
                try (ResultSet found = waiting.executeQuery()) {
                    found.next();
                    if (found.getInt(1) > 0) {
                        return true;
                    }
                }
                Thread.sleep(50);
            }
        }
        return false;
    }

    public void commit() throws SQLException {
        held.commit();
    }

    @Override
    public void close() throws SQLException {
        held.close();
    }
}
