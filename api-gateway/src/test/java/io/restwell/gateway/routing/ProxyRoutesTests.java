package io.restwell.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.gateway.EchoUpstreams;

@QuarkusTest
@WithTestResource(EchoUpstreams.class)
class ProxyRoutesTests {

    @Test
    void forwardsThePathQueryAndHeadersUnchanged() {
        given().auth().oauth2("token-123")
                .when().get("/api/v1/journal/sleep-entries?from=2026-11-01&size=5")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/journal/sleep-entries?from=2026-11-01&size=5"))
                .body("authorization", equalTo("Bearer token-123"));
    }

    @Test
    void streamsRequestBodiesToTheOwningService() {
        given().contentType("application/json").body("{\"notes\":\"" + "x".repeat(100_000) + "\"}")
                .when().post("/api/v1/bookings")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/bookings"))
                .body("bodyLength", equalTo(100_012));
    }

    @Test
    void pathsNoServiceOwnsAreNotFound() {
        given().when().get("/api/v1/nothing-here").then().statusCode(404);
        given().when().get("/api/v1/journalx").then().statusCode(404);
    }

    @Test
    void aServiceThatIsDownAnswersBadGatewayWhileOthersKeepWorking() {
        given().when().get("/api/v1/recommendations").then().statusCode(502);
        given().when().get("/api/v1/session-types").then().statusCode(200);
    }
}
