package io.restwell.gateway.health;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.gateway.EchoUpstreams;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;

/**
 * Health and metrics live on the management interface only: the public port (what the ingress routes to)
 * answers them with a 404 problem, whoever asks, while the API documents stay public.
 */
@QuarkusTest
@WithTestResource(EchoUpstreams.class)
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "kafka", value = "false"))
class ManagementInterfaceTests {

    @TestHTTPResource(value = "/metrics", management = true)
    URL metrics;

    @TestHTTPResource(value = "/health", management = true)
    URL health;

    @TestHTTPResource(value = "/", management = false)
    URL publicPort;

    @Test
    void thePublicPortAnswersManagementPathsWithANotFoundProblem() {
        String token = DevTokens.issue("management-probe", List.of("user", "admin"));
        for (String path : List.of("/q/metrics", "/q/metrics/", "/q/health", "/q/health/ready", "/q/health/live",
                "/q/health/started", "/q/health/well")) {
            given().when().get(path).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://restwell.dev/problems/not-found"))
                    .body("status", equalTo(404));
            given().auth().oauth2(token).when().get(path).then().statusCode(404);
        }
    }

    @Test
    void theManagementPortServesThemOnAPortOfItsOwn() {
        assertNotEquals(publicPort.getPort(), metrics.getPort(), "management shares the public port");
        given().when().get(metrics).then().statusCode(200).body(containsString("jvm_memory_used_bytes"));
        given().when().get(health).then().body(containsString("Upstream services"));
    }

    @Test
    void theApiDocumentsStayOnThePublicPort() {
        given().when().get("/q/openapi").then().statusCode(200);
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void unknownApiPathsAreNotFoundProblemsToo() {
        given().auth().oauth2(DevTokens.issue("management-probe", List.of("user"))).when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/not-found"));
    }
}
