package io.restwell.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restwell.gateway.EchoUpstreams;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RawHttp;
import io.restwell.local.testing.RestwellInfrastructure;

/**
 * The gateway's own refusals of issue items: tokens for another audience, without one or too old; paths
 * that a service would read as another path; and the security headers on what it answers and relays.
 * The echo upstreams answer 200 to anything that reaches them, so every refusal here is the gateway's.
 */
@QuarkusTest
@WithTestResource(EchoUpstreams.class)
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "kafka", value = "false"))
class EdgeSecurityTests {

    @TestHTTPResource("/")
    URI gateway;

    private static String token(Optional<String> audience, Instant issuedAt) {
        return DevTokens.issue("edge-" + UUID.randomUUID(), List.of("user"), audience, issuedAt, Duration.ofHours(3));
    }

    @Test
    void onlyRecentTokensForRestwellPassTheEdge() {
        given().auth().oauth2(token(Optional.of(DevTokens.AUDIENCE), Instant.now())).get("/api/v1/bookings")
                .then().statusCode(200);
        for (String refused : List.of(token(Optional.of("another-client"), Instant.now()), token(Optional.empty(), Instant.now()),
                token(Optional.of(DevTokens.AUDIENCE), Instant.now().minus(Duration.ofHours(2))))) {
            given().auth().oauth2(refused).get("/api/v1/bookings").then().statusCode(401)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://restwell.dev/problems/unauthorized"));
        }
        assertEquals("restwell-api", ConfigProvider.getConfig().getValue("mp.jwt.verify.audiences", String.class));
        assertEquals(3600L, ConfigProvider.getConfig().getValue("mp.jwt.verify.token.age", Long.class));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/api/v1/clinics/%2e%2e/admin/clinics", "/api/v1/clinics/%2E%2E/admin/clinics", "/api/v1/clinics/.%2e/admin/clinics",
            "/api/v1/clinics/../admin/clinics", "/api/v1/partner/../bookings", "/api/v1/clinics/..;/admin/clinics",
            "/api/v1/clinics%2f..%2fadmin%2fclinics", "/api/v1/clinics/%5c..%5cadmin/clinics", "/api/v1/session-types//../bookings",
            "/api/v1/availability/%252e%252e/journal/sleep-entries"})
    void aPathThatCouldMeanAnotherPathIsRefusedBeforeAnyTokenDecisionOrService(String path) {
        RawHttp.Answer answer = RawHttp.send(gateway, "GET", path, Map.of());
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        JsonPath problem = JsonPath.from(answer.body());
        assertEquals("https://restwell.dev/problems/malformed-request", problem.getString("type"));
        assertEquals("nosniff", answer.header("X-Content-Type-Options"));
        // with a valid token too: the request means nothing definite, so it goes nowhere
        RawHttp.Answer withToken = RawHttp.send(gateway, "GET", path,
                Map.of("Authorization", "Bearer " + DevTokens.issue("edge-" + UUID.randomUUID(), List.of("user"))));
        assertEquals(400, withToken.status(), withToken.body());
    }

    /** A raw backslash is no URI character: Vert.x's HTTP decoder answers a bare 400 before any route, nothing is forwarded. */
    @Test
    void aRawBackslashNeverGetsPastTheHttpDecoder() {
        RawHttp.Answer answer = RawHttp.send(gateway, "GET", "/api/v1/clinics\\..\\admin\\clinics", Map.of());
        assertEquals(400, answer.status(), answer.body());
        assertTrue(!answer.body().contains("\"uri\""), answer.body());
    }

    /** A clinic's bookings and schedules sit under the public /api/v1/clinics prefix but are admin reads. */
    @Test
    void adminReadsUnderThePublicClinicsPrefixNeedATokenAtTheEdge() {
        for (String path : List.of("/api/v1/clinics/some-clinic/bookings", "/api/v1/clinics/some-clinic/therapists/t/schedule",
                "/api/v1/clinics/some-clinic/therapists/t/schedule/exceptions")) {
            given().get(path).then().statusCode(401).body("type", equalTo("https://restwell.dev/problems/unauthorized"));
        }
    }

    @Test
    void aPlainPublicPathStillReachesItsService() {
        RawHttp.Answer answer = RawHttp.send(gateway, "GET", "/api/v1/clinics/some-clinic/therapists", Map.of());
        assertEquals(200, answer.status(), answer.body());
        assertEquals("/api/v1/clinics/some-clinic/therapists", JsonPath.from(answer.body()).getString("uri"));
    }

    @Test
    void relayedAnswersAndTheGatewaysOwnCarryNosniffAndNoStoreButNoHstsOutsideProduction() {
        String token = DevTokens.issue("edge-" + UUID.randomUUID(), List.of("user"));
        var relayed = given().auth().oauth2(token).get("/api/v1/journal/sleep-entries").then().statusCode(200)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store")
                .extract();
        assertNull(relayed.header("Strict-Transport-Security"));
        given().get("/api/v1/journal/sleep-entries").then().statusCode(401)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
        given().get("/api/v1/nothing-here").then().statusCode(404).header("X-Content-Type-Options", "nosniff");
        given().get("/q/openapi").then().statusCode(200).header("X-Content-Type-Options", "nosniff");
    }
}
