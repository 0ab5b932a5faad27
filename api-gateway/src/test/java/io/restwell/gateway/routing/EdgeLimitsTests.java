package io.restwell.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restwell.gateway.EchoUpstreams;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;

/** Rate limits (429), body limits (413), CORS and correlation ids at the edge, with tight limits. */
@QuarkusTest
@TestProfile(TightLimitsProfile.class)
@WithTestResource(EchoUpstreams.class)
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "kafka", value = "false"))
class EdgeLimitsTests {

    /** On the management interface (the path is under its root, /q): the public port does not serve it. */
    @TestHTTPResource(value = "/metrics", management = true)
    java.net.URL metrics;

    @Test
    void aPersonGetsTheirBurstThen429WithRetryAfterAndTheIetfFieldsWhileOthersAreUnaffected() {
        String alice = DevTokens.issue("alice-" + UUID.randomUUID(), List.of("user"));
        String bob = DevTokens.issue("bob-" + UUID.randomUUID(), List.of("user"));
        for (int remaining = 2; remaining >= 0; remaining--) {
            given().auth().oauth2(alice).get("/api/v1/journal/summary").then().statusCode(200)
                    .header("RateLimit-Policy", "\"person\";q=3;w=15")
                    .header("RateLimit", matchesPattern("\"person\";r=" + remaining + ";t=\\d+"));
        }
        given().auth().oauth2(alice).get("/api/v1/journal/summary").then().statusCode(429)
                .contentType("application/problem+json")
                .header("Retry-After", matchesPattern("[1-5]"))
                .header("RateLimit", matchesPattern("\"person\";r=0;t=\\d+"))
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("type", equalTo("https://restwell.dev/problems/rate-limited"))
                .body("status", equalTo(429));
        given().auth().oauth2(bob).get("/api/v1/journal/summary").then().statusCode(200);
    }

    @Test
    void anAddressThatKeepsFailingAuthenticationWaitsWhileOthersDoNot() {
        String guesser = "203.0.113." + (10 + new java.util.Random().nextInt(200)); // behind the trusted proxy 127.0.0.1
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", guesser).auth().oauth2("forged.token." + i)
                    .get("/api/v1/bookings").then().statusCode(401);
        }
        given().header("X-Forwarded-For", guesser).auth().oauth2("forged.token.again")
                .get("/api/v1/bookings").then().statusCode(429)
                .contentType("application/problem+json")
                .header("RateLimit-Policy", "\"auth-failures\";q=3;w=30")
                .header("Retry-After", matchesPattern("\\d+"))
                .body("type", equalTo("https://restwell.dev/problems/rate-limited"));
        // partner keys are credentials too; a valid token waits as well (nothing is verified meanwhile)
        given().header("X-Forwarded-For", guesser).header("X-Api-Key", "rw_test_guess")
                .get("/api/v1/partner/bookings").then().statusCode(429);
        given().header("X-Forwarded-For", guesser).auth().oauth2(DevTokens.issue("real-" + UUID.randomUUID(), List.of("user")))
                .get("/api/v1/journal/summary").then().statusCode(429);
        // without credentials nothing can be guessed: catalog reads from that office network go on
        given().header("X-Forwarded-For", guesser).get("/api/v1/session-types").then().statusCode(200);
        // and another address is not affected
        given().header("X-Forwarded-For", "198.51.100.77").auth().oauth2("forged.token.other")
                .get("/api/v1/bookings").then().statusCode(401);
        // what RestwellAuthenticationFailuresThrottled reads
        given().get(metrics).then().statusCode(200)
                .body(containsString("restwell_gateway_rate_limited_total{policy=\"auth-failures\""));
    }

    @Test
    void anonymousCallersBehindTheTrustedProxyEachHaveTheirOwnBucket() {
        String first = "192.0.2." + (10 + new java.util.Random().nextInt(100));
        String second = "192.0.2." + (120 + new java.util.Random().nextInt(100));
        String remaining = "\"anonymous\";r=(\\d+);t=\\d+";
        int before = Integer.parseInt(given().header("X-Forwarded-For", first).get("/api/v1/session-types").then()
                .statusCode(200).extract().header("RateLimit").replaceAll(remaining, "$1"));
        given().header("X-Forwarded-For", first).get("/api/v1/session-types").then()
                .header("RateLimit", matchesPattern("\"anonymous\";r=" + (before - 1) + ";t=\\d+"));
        // a client-written entry left of the real one changes nothing: the rightmost untrusted hop counts
        given().header("X-Forwarded-For", "10.9.9.9, 1.2.3.4, " + first).get("/api/v1/session-types").then()
                .header("RateLimit", matchesPattern("\"anonymous\";r=" + (before - 2) + ";t=\\d+"));
        given().header("X-Forwarded-For", second).get("/api/v1/session-types").then()
                .header("RateLimit", matchesPattern("\"anonymous\";r=" + before + ";t=\\d+"));
    }

    @Test
    void eachPartnerKeyHasItsOwnBucket() {
        String keyA = "rw_test_" + UUID.randomUUID();
        String keyB = "rw_test_" + UUID.randomUUID();
        given().header("X-Api-Key", keyA).get("/api/v1/partner/bookings").then().statusCode(200)
                .header("RateLimit-Policy", "\"partner\";q=2;w=10");
        given().header("X-Api-Key", keyA).get("/api/v1/partner/bookings").then().statusCode(200);
        given().header("X-Api-Key", keyA).get("/api/v1/partner/bookings").then().statusCode(429);
        given().header("X-Api-Key", keyB).get("/api/v1/partner/bookings").then().statusCode(200);
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413BeforeItReachesTheService() {
        String token = DevTokens.issue("big-" + UUID.randomUUID(), List.of("user"));
        given().auth().oauth2(token).contentType("application/json").body("x".repeat(2_000))
                .post("/api/v1/journal/sleep-entries").then().statusCode(413)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/payload-too-large"));
        given().auth().oauth2(token).contentType("application/json").body("x".repeat(1_000))
                .post("/api/v1/journal/sleep-entries").then().statusCode(200).body("bodyLength", equalTo(1_000));
    }

    @Test
    void aChunkedBodyThatGrowsOverTheLimitIsCutOff() {
        String token = DevTokens.issue("chunked-" + UUID.randomUUID(), List.of("user"));
        // An InputStream body of unknown length is sent chunked, without Content-Length.
        int status = given().auth().oauth2(token).contentType("application/json")
                .body(new ByteArrayInputStream(new byte[64 * 1024]))
                .post("/api/v1/journal/pain-entries").then().extract().statusCode();
        assertEquals(413, status);
    }

    @Test
    void aUrlOverTheEdgeLimitGetsA414ProblemAndOneAtTheLimitIsForwarded() {
        String token = DevTokens.issue("long-url-" + UUID.randomUUID(), List.of("user"));
        String prefix = "/api/v1/journal/sleep-entries?notes=";
        String atLimit = prefix + "x".repeat(8192 - prefix.length());
        given().auth().oauth2(token).urlEncodingEnabled(false).get(atLimit).then().statusCode(200)
                .body("uri", equalTo(atLimit));
        // Past Vert.x's default 4 KiB line too, which alone would answer a bare 414 before any route.
        given().auth().oauth2(token).urlEncodingEnabled(false).header("X-Request-Id", "app-long-url")
                .get(atLimit + "x").then().statusCode(414)
                .contentType("application/problem+json")
                .header("X-Request-Id", "app-long-url")
                .body("type", equalTo("https://restwell.dev/problems/uri-too-long"))
                .body("status", equalTo(414))
                .body("detail", containsString("8192"))
                .body("instance", equalTo("/api/v1/journal/sleep-entries"));
        // Checked before authentication: no token needed to learn the URL is too long.
        given().urlEncodingEnabled(false).get("/api/v1/journal/" + "y".repeat(30_000)).then().statusCode(414)
                .contentType("application/problem+json")
                .body("instance", nullValue());
    }

    @Test
    void overHttp2ALongUrlGetsTheSame414Problem() throws Exception {
        // HTTP/2 counts the URL into the header list, whose own limit Vert.x enforces before any route.
        HttpClient http2 = HttpClient.newBuilder().version(HttpClient.Version.HTTP_2).build();
        HttpResponse<String> answer = http2.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + RestAssured.port + "/api/v1/clinics?pad=" + "x".repeat(20_000))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(HttpClient.Version.HTTP_2, answer.version());
        assertEquals(414, answer.statusCode());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""));
        assertTrue(answer.body().contains("https://restwell.dev/problems/uri-too-long"), answer.body());
    }

    @Test
    void headerFieldsOverTheEdgeLimitGetA431Problem() {
        String token = DevTokens.issue("big-headers-" + UUID.randomUUID(), List.of("user"));
        given().auth().oauth2(token).header("X-Filler", "y".repeat(12_000))
                .get("/api/v1/journal/summary").then().statusCode(200);
        given().auth().oauth2(token).header("X-Filler", "y".repeat(17_000))
                .get("/api/v1/journal/summary").then().statusCode(431)
                .contentType("application/problem+json")
                .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("type", equalTo("https://restwell.dev/problems/header-fields-too-large"))
                .body("status", equalTo(431));
        // Many small fields count together, as the HTTP decoder counts them.
        var request = given().auth().oauth2(token);
        for (int i = 0; i < 40; i++) {
            request.header("X-Filler-" + i, "z".repeat(500));
        }
        request.get("/api/v1/journal/summary").then().statusCode(431);
    }

    @Test
    void corsPreflightFromALocalWebAppIsAnsweredWithoutAToken() {
        given().header("Origin", "http://localhost:5173")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "authorization,content-type,idempotency-key")
                .options("/api/v1/bookings")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://localhost:5173")
                .header("Access-Control-Allow-Methods", containsString("POST"))
                .header("Access-Control-Allow-Headers", containsString("Idempotency-Key"));
        given().header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .options("/api/v1/bookings")
                .then().header("Access-Control-Allow-Origin", nullValue());
    }

    @Test
    void aCorsResponseExposesTheHeadersAWebAppNeeds() {
        String token = DevTokens.issue("web-" + UUID.randomUUID(), List.of("user"));
        String exposed = given().auth().oauth2(token).header("Origin", "http://127.0.0.1:3000")
                .get("/api/v1/journal/summary").then().statusCode(200)
                .header("Access-Control-Allow-Origin", "http://127.0.0.1:3000")
                .extract().header("Access-Control-Expose-Headers");
        for (String header : List.of("X-Request-Id", "RateLimit", "RateLimit-Policy", "Retry-After", "ETag", "Location")) {
            assertTrue(exposed.contains(header), header + " in " + exposed);
        }
    }

    @Test
    void evenA401CarriesTheCorrelationId() {
        given().header("X-Request-Id", "app-7f3a").get("/api/v1/journal/sleep-entries").then().statusCode(401)
                .header("X-Request-Id", "app-7f3a");
        given().auth().oauth2("forged.token.value").header("X-Request-Id", "app-7f3b").get("/api/v1/bookings")
                .then().statusCode(401).header("X-Request-Id", "app-7f3b");
    }
}
