package io.restwell.booking.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the demo data of the local stack after Flyway's migrations (which run before start-up
 * observers). The script is idempotent, so every start may run it.
 */
@ApplicationScoped
public class DemoData {

    private static final Logger LOG = Logger.getLogger(DemoData.class);
    static final String SCRIPT = "db/seed/demo-data.sql";

    void load(@Observes StartupEvent startup, BookingConfig config, AgroalDataSource dataSource) {
        if (!config.demoData()) {
            return;
        }
        try (InputStream in = DemoData.class.getClassLoader().getResourceAsStream(SCRIPT);
             Connection connection = dataSource.getConnection();
             Statement statement = connection.createStatement()) {
            if (in == null) {
                throw new IllegalStateException(SCRIPT + " is missing from the application");
            }
            statement.execute(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            LOG.info("Demo data loaded (restwell.booking.demo-data=true): 3 clinics, 12 therapists, weekly hours");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (SQLException e) {
            throw new IllegalStateException("could not load the demo data: " + e.getMessage(), e);
        }
    }
}
