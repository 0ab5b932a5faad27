package io.restwell.recommendation.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.defaults.health.SharedServiceHealthContract;

/** Health, readiness and metrics as every service (the contract), and recommendation's own document. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class HealthTests extends SharedServiceHealthContract {

    @Test
    void servesItsOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/recommendations'.get.operationId", equalTo("listRecommendations"))
                .body("paths.'/api/v1/recommendations'.get.tags", hasItem("Recommendations"))
                .body("paths.'/api/v1/recommendations'.get.security[0].keySet()", hasItem("bearer"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }
}
