package io.restwell.booking.repository;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.booking.domain.GreatCircle;
import io.restwell.local.testing.RestwellInfrastructure;

/**
 * The near-me search is an index search, not a scan of every clinic. The test database holds only a few
 * clinics, where a scan is cheapest, so the planner is told scans cost extra: if the GiST index could not
 * answer the query, the plan would still be a sequential scan.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class NearSearchPlanTests {

    @Inject
    AgroalDataSource dataSource;

    @Test
    void theRadiusSearchUsesTheEarthPointIndex() throws Exception {
        double[] point = new GreatCircle.Position(52.52, 13.40).unitVector();
        String sql = ClinicRepository.nearSql(false)
                .replace(":earth", Double.toString(GreatCircle.EARTH_RADIUS_KM))
                .replace(":x", Double.toString(point[0])).replace(":y", Double.toString(point[1]))
                .replace(":z", Double.toString(point[2]))
                .replace(":chord", Double.toString(GreatCircle.chordFor(15))).replace(":radius", "15");
        List<String> plan = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local enable_seqscan = off");
            }
            try (PreparedStatement explain = connection.prepareStatement("explain " + sql);
                 ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
            connection.rollback();
        }
        String text = String.join("\n", plan);
        assertTrue(text.contains("clinic_earth_point"), text);
        assertFalse(text.contains("Seq Scan"), text);
    }
}
