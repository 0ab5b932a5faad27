package io.restwell.journal.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class HealthTests {

    /** On the management interface (paths under its root, /q); the public port serves none of them (SharedSecurityTests). */
    @TestHTTPResource(value = "/health", management = true)
    java.net.URL health;

    @TestHTTPResource(value = "/health/ready", management = true)
    java.net.URL readiness;

    @TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    @Test
    void healthReportsTheRealDatabaseAndKafkaUp() {
        given().when().get(health)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka"));
        // Readiness is the database only: a Kafka outage must not take the service out of rotation.
        given().when().get(readiness)
                .then().statusCode(200)
                .body("checks.name", not(hasItem("Kafka")));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/journal/sleep-entries'.get.operationId", equalTo("listSleepEntries"));
    }

    @Test
    void exportsPrometheusMetrics() {
        given().get("/api/v1/session-types"); // any API request; /q/ endpoints are not counted
        // Refused before a resource matched (no token): the path, with its id, must not become a tag.
        String id = java.util.UUID.randomUUID().toString();
        given().get("/api/v1/journal/sleep-entries/" + id).then().statusCode(401);
        String metrics = given().get(this.metrics).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("http_server_requests_seconds_count"), "no HTTP metrics");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("jvm_memory_used_bytes"), "no JVM metrics");
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains(id), "a path with an id became a metric tag");
        // what the alerts of deploy/kubernetes/components/monitoring read
        for (String name : java.util.List.of("http_server_requests_seconds_bucket{", "le=\"0.025\"", "le=\"10.0\"",
                "restwell_outbox_pending_events ", "restwell_outbox_oldest_pending_age_seconds ",
                "restwell_outbox_published_total ", "restwell_outbox_publish_failures_total ", "agroal_awaiting_count{")) {
            org.junit.jupiter.api.Assertions.assertTrue(metrics.contains(name), "no " + name + " in\n" + metrics);
        }
    }
}
