package io.restwell.booking.config;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

import javax.sql.DataSource;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.restwell.booking.domain.CustomerPseudonyms;
import io.restwell.booking.domain.SecretBox;

/** The keys behind what clinics get: their customers' pseudonyms, and their webhook secrets sealed at rest. */
public class PartnerSecrets {

    /** The installation's pseudonym key, made by migration V21, read once. */
    @Produces
    @Singleton
    CustomerPseudonyms customerPseudonyms(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "select key from pseudonym_key where purpose = 'partner-customer-id'");
                ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw new IllegalStateException("no partner-customer-id key in pseudonym_key (migration V21)");
            }
            return new CustomerPseudonyms(row.getBytes(1));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the pseudonym key", e);
        }
    }

    /** Seals webhook signing secrets with the key from configuration (a Secret in production). */
    @Produces
    @Singleton
    SecretBox webhookSecrets(PartnerConfig config) {
        return SecretBox.ofBase64(config.webhooks().secretKey());
    }
}
