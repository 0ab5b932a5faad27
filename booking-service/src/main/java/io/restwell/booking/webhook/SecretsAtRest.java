package io.restwell.booking.webhook;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.quarkus.runtime.StartupEvent;
import io.restwell.booking.domain.SecretBox;

/**
 * Seals signing secrets stored in plain text before sealing existed, once, at start-up. Safe with
 * several instances starting at once: a row is replaced only while it still holds the plain text.
 */
@ApplicationScoped
public class SecretsAtRest {

    private static final Logger LOG = Logger.getLogger(SecretsAtRest.class);

    private final DataSource dataSource;
    private final SecretBox secrets;

    SecretsAtRest(DataSource dataSource, SecretBox secrets) {
        this.dataSource = dataSource;
        this.secrets = secrets;
    }

    void onStart(@Observes StartupEvent startup) {
        try {
            int sealed = sealPlainText();
            if (sealed > 0) {
                LOG.infof("Sealed %d webhook signing secrets stored in plain text", sealed);
            }
        } catch (SQLException e) {
            // the dispatcher still signs with plain-text secrets; the next start seals them
            LOG.warnf("Could not seal stored webhook secrets now: %s", e.getMessage());
        }
    }

    /** @return how many rows this call sealed */
    int sealPlainText() throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            Map<UUID, String> plain = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement(
                    "select id, secret from webhook_endpoint where secret not like 'v1:%'");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    plain.put(rows.getObject(1, UUID.class), rows.getString(2));
                }
            }
            int sealed = 0;
            try (PreparedStatement update = connection.prepareStatement(
                    "update webhook_endpoint set secret = ? where id = ? and secret = ?")) {
                for (Map.Entry<UUID, String> row : plain.entrySet()) {
                    update.setString(1, secrets.seal(row.getValue(), row.getKey().toString()));
                    update.setObject(2, row.getKey());
                    update.setString(3, row.getValue());
                    sealed += update.executeUpdate();
                }
            }
            return sealed;
        }
    }
}
