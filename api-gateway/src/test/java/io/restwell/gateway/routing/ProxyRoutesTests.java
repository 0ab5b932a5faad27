package io.restwell.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.common.ResourceArg;
import io.restwell.gateway.EchoUpstreams;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(EchoUpstreams.class)
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "kafka", value = "false"))
class ProxyRoutesTests {

    /** On the management interface (the path is under its root, /q): the public port does not serve it. */
    @TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    private static final String TOKEN = DevTokens.issue("gateway-test-user", List.of("user"));

    @Test
    void forwardsThePathQueryAndHeadersUnchanged() {
        given().auth().oauth2(TOKEN)
                .when().get("/api/v1/journal/sleep-entries?from=2026-11-01&size=5")
                .then().statusCode(200)
                .body("method", equalTo("GET"))
                .body("uri", equalTo("/api/v1/journal/sleep-entries?from=2026-11-01&size=5"))
                .body("authorization", equalTo("Bearer " + TOKEN));
    }

    /** recommendation is down in these tests (EchoUpstreams): its paths answer 503, booking's are echoed. */
    @Test
    void aClinicsReadOfATherapistBriefGoesToRecommendationTheRestOfThePartnerApiToBooking() {
        for (String brief : List.of("/api/v1/partner/briefs/some-id", "/api/v1/partner/fhir/QuestionnaireResponse/some-id")) {
            given().header("X-Api-Key", "rw_test_brief").when().get(brief).then().statusCode(503);
        }
        for (String partner : List.of("/api/v1/partner/bookings/some-id", "/api/v1/partner/fhir/Appointment/some-id",
                "/api/v1/partner/briefsx", "/api/v1/partner/me")) {
            given().header("X-Api-Key", "rw_test_brief").when().get(partner).then().statusCode(200).body("uri", equalTo(partner));
        }
    }

    @Test
    void streamsRequestBodiesToTheOwningService() {
        given().auth().oauth2(TOKEN).contentType("application/json").body("{\"notes\":\"" + "x".repeat(60_000) + "\"}")
                .when().post("/api/v1/bookings")
                .then().statusCode(200)
                .body("method", equalTo("POST"))
                .body("uri", equalTo("/api/v1/bookings"))
                .body("bodyLength", equalTo(60_012));
    }

    @Test
    void idempotencyKeysAndPreconditionsGoThroughAndEntityTagsComeBack() {
        given().auth().oauth2(TOKEN).header("Idempotency-Key", "key-42").header("If-Match", "\"v7\"")
                .contentType("application/json").body("{}")
                .when().post("/api/v1/bookings/some-id/cancel")
                .then().statusCode(200)
                .header("ETag", "\"v1\"")
                .body("idempotencyKey", equalTo("key-42"))
                .body("ifMatch", equalTo("\"v7\""));
    }

    @Test
    void eachServicesOwnBodyLimitIsEnforcedAtTheEdge() {
        String body = "{\"notes\":\"" + "x".repeat(20_000) + "\"}";
        given().auth().oauth2(TOKEN).contentType("application/json").body(body)
                .when().post("/api/v1/recommendations/some-id/accept")
                .then().statusCode(413).contentType("application/problem+json")
                .body("detail", equalTo("The request body is larger than 16 KB."));
        given().auth().oauth2(TOKEN).contentType("application/json").body(body)
                .when().post("/api/v1/journal/sleep-entries").then().statusCode(200);
    }

    @Test
    void aBulkImportPathTakesItsLargerLimitAndOnlyThatPath() {
        String body = "{\"intervals\":\"" + "x".repeat(200_000) + "\"}";
        given().header("X-Api-Key", "rw_test_bulk").contentType("application/json").body(body)
                .when().post("/api/v1/partner/busy-times/sync")
                .then().statusCode(200).body("bodyLength", equalTo(body.length()));
        given().header("X-Api-Key", "rw_test_bulk").contentType("application/json").body(body)
                .when().post("/api/v1/partner/bookings/some-id/cancel")
                .then().statusCode(413).body("detail", equalTo("The request body is larger than 64 KB."));
        String tooLarge = "{\"intervals\":\"" + "x".repeat(270_000) + "\"}";
        given().header("X-Api-Key", "rw_test_bulk").contentType("application/json").body(tooLarge)
                .when().post("/api/v1/partner/busy-times/sync")
                .then().statusCode(413).body("detail", equalTo("The request body is larger than 256 KB."));
    }

    @Test
    void pathsNoServiceOwnsAreNotFound() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/nothing-here").then().statusCode(404);
        given().auth().oauth2(TOKEN).when().get("/api/v1/journalx").then().statusCode(404);
    }

    @Test
    void aServiceThatIsDownAnswersAProblemNamingItsAreaWhileOthersKeepWorking() {
        given().auth().oauth2(TOKEN).when().get("/api/v1/recommendations").then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo("https://restwell.dev/problems/upstream-unavailable"))
                .body("title", equalTo("Recommendation is unavailable"))
                .body("instance", equalTo("/api/v1/recommendations"));
        given().when().get("/api/v1/session-types").then().statusCode(200);
    }

    @Test
    void aCorrelationIdGoesBothWaysKeptWhenSentMadeWhenNot() {
        given().auth().oauth2(TOKEN).header("X-Request-Id", "client-abc-123").when().get("/api/v1/journal/summary")
                .then().statusCode(200)
                .header("X-Request-Id", "client-abc-123")
                .body("requestId", equalTo("client-abc-123"));
        String made = given().auth().oauth2(TOKEN).when().get("/api/v1/journal/summary").then().statusCode(200)
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}")).extract().header("X-Request-Id");
        given().auth().oauth2(TOKEN).when().get("/api/v1/journal/summary").then().header("X-Request-Id", not(equalTo(made)));
        given().auth().oauth2(TOKEN).header("X-Request-Id", "bad id\r\nX-Evil: 1").when().get("/api/v1/journal/summary")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void theServicesOwnLocationIsRewrittenToTheGateway() {
        given().auth().oauth2(TOKEN).when().post("/api/v1/journal/created").then().statusCode(200)
                .header("Location", matchesPattern("http://localhost:[0-9]+/api/v1/journal/sleep-entries/42"));
    }

    @Test
    void peoplesAreasNeedAValidTokenAtTheEdgeTheCatalogAndPartnerApiDoNot() {
        given().when().get("/api/v1/journal/sleep-entries").then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer")
                .body("type", equalTo("https://restwell.dev/problems/unauthorized"));
        given().auth().oauth2("forged.token.here").when().get("/api/v1/bookings").then().statusCode(401);
        given().when().post("/api/v1/session-types").then().statusCode(401);
        given().when().get("/api/v1/session-types").then().statusCode(200);
        given().when().get("/api/v1/availability?sessionType=SWEDISH").then().statusCode(200);
        given().when().get("/api/v1/partner/bookings").then().statusCode(200);
    }

    /** Every id in a path must not become its own time series: the metrics stay bounded. */
    @Test
    void requestMetricsDoNotCarryIdsFromPaths() {
        String id = java.util.UUID.randomUUID().toString();
        given().auth().oauth2(TOKEN).when().get("/api/v1/journal/sleep-entries/" + id).then().statusCode(200);
        // Refused before routing: without a token (401), or too long (414), anywhere.
        String stranger = java.util.UUID.randomUUID().toString();
        given().when().get("/api/v1/journal/sleep-entries/" + stranger).then().statusCode(401);
        String junk = "junk-" + java.util.UUID.randomUUID() + "x".repeat(9_000);
        given().urlEncodingEnabled(false).when().get("/" + junk).then().statusCode(414);
        String metrics = given().when().get(this.metrics).then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(metrics.contains("http_server_requests_seconds_count"), "HTTP metrics exported");
        for (String fromAPath : java.util.List.of(id, stranger, junk.substring(0, 41))) {
            org.junit.jupiter.api.Assertions.assertFalse(metrics.contains(fromAPath), "a path became a metric tag: " + fromAPath);
        }
        // Buckets, so the p99 alert (RestwellSlowResponses) covers the edge too; the path as its template.
        org.junit.jupiter.api.Assertions.assertTrue(java.util.regex.Pattern.compile(
                "http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/journal/sleep-entries/\\{id}\",le=\"0\\.025\"")
                .matcher(metrics).find(), "a latency bucket for the path template");
    }
}
