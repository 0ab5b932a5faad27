package io.restwell.booking.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItems;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.defaults.health.SharedServiceHealthContract;

/** Health, readiness and metrics as every service (the contract, with the outbox's check), booking's wellness and document. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class HealthTests extends SharedServiceHealthContract {

    /** On the management interface, beside the contract's health, readiness and metrics. */
    @TestHTTPResource(value = "/health/well", management = true)
    java.net.URL wellness;

    @Override
    protected List<String> moreChecks() {
        return List.of("Events outbox");
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
}
