package io.restwell.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.List;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.restwell.gateway.EchoUpstreams;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;

/**
 * What no service serves answers a problem at the edge, like everything else, never the framework's page:
 * an unknown path 404 {@code not-found}, a method the gateway's own paths do not take 405
 * {@code method-not-allowed} with {@code Allow}, with and without a token; a service's 405 (which its framework
 * sends without {@code Allow}) gets the documented methods of the path.
 */
@QuarkusTest
@WithTestResource(EchoUpstreams.class)
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "kafka", value = "false"))
class UnknownPathsTests {

    private static final String TOKEN = DevTokens.issue("unknown-paths", List.of("user"));

    private static List<Supplier<RequestSpecification>> callers() {
        return List.of(() -> given(), () -> given().auth().oauth2(TOKEN));
    }

    @Test
    void unknownPathsAreNotFoundProblemsWithAndWithoutAToken() {
        for (Supplier<RequestSpecification> caller : callers()) {
            for (String path : List.of("/nope", "/api/v1/nope", "/api/v2/bookings", "/api", "/")) {
                for (String method : List.of("GET", "POST", "DELETE")) {
                    caller.get().accept("text/html").when().request(method, path).then().statusCode(404)
                            .contentType(startsWith("application/problem+json"))
                            .body("type", equalTo("https://restwell.dev/problems/not-found"))
                            .body("status", equalTo(404))
                            .body("instance", equalTo(path));
                }
            }
        }
    }

    @Test
    void aServicesMethodNotAllowedNamesTheDocumentedMethodsOfThePath() {
        given().auth().oauth2(TOKEN).header("X-Echo-Status", "405").when().patch("/api/v1/journal/summary")
                .then().statusCode(405).header("Allow", equalTo("GET, HEAD"))
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(TOKEN).header("X-Echo-Status", "405").when().post("/api/v1/journal/sleep-entries/" + java.util.UUID.randomUUID())
                .then().statusCode(405).header("Allow", equalTo("GET, HEAD, PUT, DELETE"));
        // only a 405 gets it
        given().auth().oauth2(TOKEN).when().get("/api/v1/journal/summary").then().statusCode(200)
                .header("Allow", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void wrongMethodsOnTheGatewaysOwnPathsAreMethodNotAllowedProblems() {
        for (Supplier<RequestSpecification> caller : callers()) {
            // Quarkus served the document to any method (a DELETE answered 200 and the YAML).
            for (String method : List.of("POST", "PUT", "DELETE", "PATCH")) {
                for (String path : List.of("/q/openapi", "/q/swagger-ui/")) {
                    caller.get().accept("text/html").when().request(method, path).then().statusCode(405)
                            .contentType(startsWith("application/problem+json"))
                            .header("Allow", equalTo(NotFoundProblem.DOCUMENT_METHODS))
                            .body("type", equalTo("https://restwell.dev/problems/method-not-allowed"))
                            .body("status", equalTo(405));
                }
            }
            caller.get().when().get("/q/openapi").then().statusCode(200);
            caller.get().when().head("/q/openapi").then().statusCode(200);
        }
    }
}
