package io.restwell.journal.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.defaults.health.SharedServiceHealthContract;

/** Health, readiness and metrics as every service (the contract), and the journal's own document and metric series. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class HealthTests extends SharedServiceHealthContract {

    @Test
    void servesItsOpenApiDocument() {
        given().queryParam("format", "json").when().get("/q/openapi")
                .then().statusCode(200)
                .body("paths.'/api/v1/journal/sleep-entries'.get.operationId", equalTo("listSleepEntries"));
    }

    @Test
    void metricsTagNoIdsAndCarryWhatTheAlertsRead() {
        // Refused before a resource matched (no token): the path, with its id, must not become a tag.
        String id = java.util.UUID.randomUUID().toString();
        given().get("/api/v1/journal/sleep-entries/" + id).then().statusCode(401);
        String metrics = metrics();
        org.junit.jupiter.api.Assertions.assertFalse(metrics.contains(id), "a path with an id became a metric tag");
        // what the alerts of deploy/kubernetes/components/monitoring read
        for (String name : java.util.List.of("http_server_requests_seconds_bucket{", "le=\"0.025\"", "le=\"10.0\"",
                "restwell_outbox_pending_events ", "restwell_outbox_oldest_pending_age_seconds ",
                "restwell_outbox_published_total ", "restwell_outbox_publish_failures_total ", "agroal_awaiting_count{")) {
            org.junit.jupiter.api.Assertions.assertTrue(metrics.contains(name), "no " + name + " in\n" + metrics);
        }
    }
}
