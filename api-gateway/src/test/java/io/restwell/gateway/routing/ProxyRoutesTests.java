package io.restwell.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

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
    void aServiceThatIsDownAnswersAProblemNamingItsAreaWhileOthersKeepWorking() {
        given().when().get("/api/v1/recommendations").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://restwell.dev/problems/upstream-unavailable"))
                .body("title", equalTo("Recommendation is unavailable"))
                .body("instance", equalTo("/api/v1/recommendations"));
        given().when().get("/api/v1/session-types").then().statusCode(200);
    }

    @Test
    void aCorrelationIdGoesBothWaysKeptWhenSentMadeWhenNot() {
        given().header("X-Request-Id", "client-abc-123").when().get("/api/v1/journal/summary")
                .then().statusCode(200)
                .header("X-Request-Id", "client-abc-123")
                .body("requestId", equalTo("client-abc-123"));
        String made = given().when().get("/api/v1/journal/summary").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}")).extract().header("X-Request-Id");
        given().when().get("/api/v1/journal/summary").then().header("X-Request-Id", not(equalTo(made)));
        given().header("X-Request-Id", "bad id\r\nX-Evil: 1").when().get("/api/v1/journal/summary")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theServicesOwnLocationIsRewrittenToTheGateway() {
        given().when().post("/api/v1/journal/created").then().statusCode(200)
                .header("Location", matchesPattern("http://localhost:[0-9]+/api/v1/journal/sleep-entries/42"));
    }
}
