package io.restwell.recommendation.health;

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
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
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
                .body("paths.'/api/v1/recommendations'.get.operationId", equalTo("listRecommendations"))
                .body("paths.'/api/v1/recommendations'.get.tags", hasItem("Recommendations"))
                .body("paths.'/api/v1/recommendations'.get.security[0].keySet()", hasItem("bearer"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void exportsPrometheusMetrics() {
        given().get("/api/v1/session-types"); // any API request; /q/ endpoints are not counted
        String metrics = given().get(this.metrics).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("http_server_requests_seconds_count"), "no HTTP metrics");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("jvm_memory_used_bytes"), "no JVM metrics");
    }
}
