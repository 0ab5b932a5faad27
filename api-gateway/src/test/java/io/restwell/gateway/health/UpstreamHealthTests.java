package io.restwell.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.ResourceArg;
import io.restwell.gateway.EchoUpstreams;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(EchoUpstreams.class)
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "kafka", value = "false"))
class UpstreamHealthTests {

    /** On the management interface (the path is under its root, /q): the public port does not serve it. */
    @TestHTTPResource(value = "/health", management = true)
    java.net.URL health;

    /** On the management interface (the path is under its root, /q): the public port does not serve it. */
    @TestHTTPResource(value = "/health/ready", management = true)
    java.net.URL readiness;

    /** On the management interface (the path is under its root, /q): the public port does not serve it. */
    @TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

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

    @Test
    void exportsPrometheusMetrics() {
        given().get("/api/v1/session-types"); // any API request; /q/ endpoints are not counted
        String metrics = given().get(this.metrics).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("http_server_requests_seconds_count"), "no HTTP metrics");
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("jvm_memory_used_bytes"), "no JVM metrics");
    }
}
