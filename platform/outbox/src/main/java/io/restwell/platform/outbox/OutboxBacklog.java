package io.restwell.platform.outbox;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;

/** How many events wait for Kafka and for how long: read by the metrics and the readiness check. */
@ApplicationScoped
public class OutboxBacklog {

    public record Reading(long pendingEvents, long oldestPendingSeconds) {
    }

    private final DataSource dataSource;

    OutboxBacklog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public Reading read() {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(5);
            try (ResultSet row = statement.executeQuery("select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)"
                    + " from outbox_event where published_at is null")) {
                row.next();
                return new Reading(row.getLong(1), row.getLong(2));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the outbox backlog: " + e.getMessage(), e);
        }
    }
}
