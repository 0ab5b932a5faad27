package io.restwell.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restwell.gateway.EchoUpstreams;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;

/** Retries for idempotent methods only, timeouts, and a circuit breaker per upstream. */
@QuarkusTest
@TestProfile(TightLimitsProfile.class)
@WithTestResource(EchoUpstreams.class)
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "kafka", value = "false"))
class ResilienceTests {

    /** On the management interface (the path is under its root, /q): the public port does not serve it. */
    @TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    private static String token() {
        return DevTokens.issue("resilience-" + UUID.randomUUID(), List.of("user"));
    }

    @Test
    void aGetIsRetriedAfterDroppedConnectionsAndSucceeds() {
        given().auth().oauth2(token()).get("/api/v1/journal/drop-twice-get").then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("attempt", equalTo(3));
    }

    @Test
    void aPostIsNeverSentTwice() {
        given().auth().oauth2(token()).contentType("application/json").body("{}")
                .post("/api/v1/journal/drop-twice-post").then().statusCode(503)
                .body("type", equalTo("https://restwell.dev/problems/upstream-unavailable"));
        // The next POST is the service's second sight of one: the first was not retried behind the client's back.
        given().auth().oauth2(token()).contentType("application/json").body("{}")
                .post("/api/v1/journal/drop-twice-post").then().statusCode(503);
        given().auth().oauth2(token()).contentType("application/json").body("{}")
                .post("/api/v1/journal/drop-twice-post").then().statusCode(200).body("attempt", equalTo(3));
    }

    @Test
    void aServiceThatStaysSilentAnswers504AfterItsTimeoutWithoutARetry() {
        long started = System.nanoTime();
        given().auth().oauth2(token()).get("/api/v1/journal/slow").then().statusCode(504)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/upstream-timeout"));
        long tookMillis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(tookMillis >= 900 && tookMillis < 2_900, "one 1 s timeout, not three: " + tookMillis + " ms");
    }

    @Test
    void aDeadServicesCircuitOpensAndThenAnswersAtOnceWhileOtherAreasWork() {
        // Six transport failures in a row open it (TightLimitsProfile): two GETs, each tried three times.
        for (int i = 0; i < 2; i++) {
            given().auth().oauth2(token()).get("/api/v1/recommendations").then().statusCode(503);
        }
        given().auth().oauth2(token()).get("/api/v1/recommendations").then().statusCode(503)
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("(2[0-9]|30)"))
                .body("detail", containsString("circuit open"))
                .body("title", equalTo("Recommendation is unavailable"));
        given().auth().oauth2(token()).get("/api/v1/journal/summary").then().statusCode(200);
        given().get(metrics).then().statusCode(200)
                .body(containsString("restwell_gateway_upstream_circuit_open{area=\"recommendation\"} 1.0"));
    }
}
