package io.restwell.gateway.routing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restwell.gateway.EchoUpstreams;
import io.restwell.local.testing.RestwellInfrastructure;

/**
 * The tests connect from 127.0.0.1, which by default is no trusted proxy (none is): whatever
 * {@code X-Forwarded-For} they send, every request counts against 127.0.0.1, so rotating the header buys
 * no fresh budget. (It did while every private and loopback range was trusted by default.)
 */
@QuarkusTest
@TestProfile(UntrustedPeerProfile.class)
@WithTestResource(EchoUpstreams.class)
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "kafka", value = "false"))
class UntrustedPeerTests {

    private static String rotated(int i) {
        return "198.51.100." + (i + 1);
    }

    @Test
    void aRotatedForwardedForGetsNoFreshAnonymousBudget() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", rotated(i)).get("/api/v1/session-types").then().statusCode(200);
        }
        given().header("X-Forwarded-For", rotated(3)).get("/api/v1/session-types").then().statusCode(429)
                .body("type", equalTo("https://restwell.dev/problems/rate-limited"));
    }

    @Test
    void aRotatedForwardedForGetsNoFreshFailedAuthenticationBudget() {
        for (int i = 0; i < 3; i++) {
            given().header("X-Forwarded-For", rotated(10 + i)).auth().oauth2("forged.token." + i)
                    .get("/api/v1/bookings").then().statusCode(401);
        }
        given().header("X-Forwarded-For", rotated(13)).auth().oauth2("forged.token.again")
                .get("/api/v1/bookings").then().statusCode(429)
                .header("RateLimit-Policy", "\"auth-failures\";q=3;w=300");
    }
}
