package io.restwell.platform.defaults.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A service with a database and Kafka: health reports both up (against the real ones the tests start), readiness
 * leaves Kafka out, as a Kafka outage must not take the service out of rotation. Each service's
 * {@code health/HealthTests} extends this and names its further checks and its own OpenAPI operations.
 */
public abstract class SharedServiceHealthContract extends SharedHealthContract {

    /** The service's checks besides the database and Kafka (e.g. {@code Events outbox}); none by default. */
    protected List<String> moreChecks() {
        return List.of();
    }

    @Test
    public void healthReportsTheRealDatabaseAndKafkaUp() {
        List<String> checks = new ArrayList<>(List.of("Database connections health check", "Kafka"));
        checks.addAll(moreChecks());
        given().when().get(health)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems(checks.toArray(String[]::new)));
        // Readiness is the database only: a Kafka outage must not take the service out of rotation.
        given().when().get(readiness)
                .then().statusCode(200)
                .body("checks.name", not(hasItem("Kafka")));
    }
}
