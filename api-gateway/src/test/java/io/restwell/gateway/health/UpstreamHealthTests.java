package io.restwell.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.ResourceArg;
import io.restwell.gateway.EchoUpstreams;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.defaults.health.SharedHealthContract;

/** Metrics as every part (the contract); health shows each upstream, readiness does not depend on them. */
@QuarkusTest
@WithTestResource(EchoUpstreams.class)
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "kafka", value = "false"))
class UpstreamHealthTests extends SharedHealthContract {

    @Test
    void healthShowsEachUpstreamAndIsDownWhileOneIs() {
        given().when().get(health)
                .then().statusCode(503)
                .body("status", equalTo("DOWN"))
                .body("checks.find { it.name == 'Upstream services' }.data.booking", equalTo("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.journal", equalTo("UP"))
                .body("checks.find { it.name == 'Upstream services' }.data.recommendation", startsWith("DOWN"));
    }

    @Test
    void readinessDoesNotDependOnUpstreamsSoOtherAreasKeepServing() {
        given().when().get(readiness).then().statusCode(200).body("status", equalTo("UP"));
    }
}
