package io.restwell.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.gateway.EchoUpstreams;

@QuarkusTest
@WithTestResource(EchoUpstreams.class)
class UpstreamHealthTests {

    @Test
    void healthShowsEachUpstreamAndIsDownWhileOneIs() {
        given().when().get("/q/health")
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Upstream services' }.data.booking", equalTo("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.journal", equalTo("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.recommendation", startsWith("DOWN"));
    }

    @Test
    void readinessDoesNotDependOnUpstreamsSoOtherAreasKeepServing() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
