package io.restwell.booking.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItems;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class HealthTests {

    /** On the management interface (paths under its root, /q); the public port serves none of them (SharedSecurityTests). */
    @TestHTTPResource(value = "/health", management = true)
    java.net.URL health;

    @TestHTTPResource(value = "/health/ready", management = true)
    java.net.URL readiness;

    @TestHTTPResource(value = "/health/well", management = true)
    java.net.URL wellness;

    @TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    @Test
    void healthReportsTheRealDatabaseAndKafkaUp() {
        given().when().get(health)
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItems("Database connections health check", "Kafka", "Events outbox"));
    }

    @Test
    void kafkaIsNotPartOfReadinessBecauseBookingGoesOnWithoutIt() {
        given().when().get(readiness)
                .then().statusCode(200)
                .body("checks.name", hasItems("Database connections health check", "Events outbox"))
                .body("checks.name", not(hasItem("Kafka")));
        given().when().get(wellness)
                .then().statusCode(200)
                .body("checks.find { it.name == 'Kafka' }.status", equalTo("UP"));
    }

    @Test
    void servesItsOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/session-types'.get.operationId", equalTo("listSessionTypes"))
                .body("paths.'/api/v1/session-types'.get.tags", hasItem("Catalog"))
                .body("paths.'/api/v1/clinics'.post.operationId", equalTo("createClinic"))
                .body("paths.'/api/v1/clinics'.post.security[0]", hasKey("bearer"))
                .body("paths.'/api/v1/clinics'.post.responses.'403'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/clinics/{id}/therapists'.get.operationId", equalTo("listClinicTherapists"))
                .body("paths.'/api/v1/availability'.get.operationId", equalTo("searchAvailability"))
                .body("paths.'/api/v1/bookings'.post.operationId", equalTo("createBooking"))
                .body("paths.'/api/v1/bookings'.post.parameters.name", hasItem("Idempotency-Key"))
                .body("paths.'/api/v1/bookings'.post.responses.'409'.content.'application/problem+json'.schema.'$ref'",
                        equalTo("#/components/schemas/Problem"))
                .body("paths.'/api/v1/bookings/{id}/cancel'.post.responses", hasKey("412"));
    }

    @Test
    void exportsPrometheusMetrics() {
        given().get("/api/v1/session-types"); // any API request; /q/ endpoints are not counted
        String metrics = given().get(this.metrics).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("http_server_requests_seconds_count"), "no HTTP metrics");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("jvm_memory_used_bytes"), "no JVM metrics");
    }
}
