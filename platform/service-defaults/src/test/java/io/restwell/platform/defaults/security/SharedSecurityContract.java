package io.restwell.platform.defaults.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.ConfigValue;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.junit.jupiter.api.Test;

import io.restassured.response.ValidatableResponse;
import io.restwell.local.DevTokens;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.platform.defaults.problem.Problem;
import io.restwell.platform.defaults.problem.ProblemType;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * What every service refuses and adds the same way, from this module's defaults: tokens for another
 * audience, without one, or older than the maximum age answer 401; answers carry {@code nosniff} and
 * {@code no-store}; a page number past the bound answers 400 naming {@code page}; the public port serves no
 * health or metrics. Each service's
 * {@code rest/SharedSecurityTests} extends this and names a paged list of the caller's own data.
 */
public abstract class SharedSecurityContract {

    @Inject
    JWTParser verifier;

    /** A paged list of the caller's own data ({@code page}, {@code size}) that a person with role {@code user} may read. */
    protected abstract String personalList();

    private static String person() {
        return "security-contract-" + UUID.randomUUID();
    }

    private static String token(Optional<String> audience, Instant issuedAt, Duration lifetime) {
        return DevTokens.issue(person(), List.of("user"), audience, issuedAt, lifetime);
    }

    private ValidatableResponse get(String token, String query) {
        return given().auth().oauth2(token).when().get(personalList() + query).then();
    }

    @Test
    public void aFreshTokenForRestwellIsAcceptedAndItsAnswerIsNeitherCachedNorSniffed() {
        get(token(Optional.of("restwell-api"), Instant.now(), Duration.ofMinutes(5)), "").statusCode(200)
                .header("Cache-Control", "no-store")
                .header("X-Content-Type-Options", "nosniff");
    }

    /** Health and metrics are on the management interface: the public port (what the gateway forwards to) answers a 404 problem. */
    @Test
    public void thePublicPortServesNoHealthOrMetrics() {
        for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready", "/q/health/live")) {
            given().when().get(path).then().statusCode(404)
                    .contentType("application/problem+json")
                    .body("type", org.hamcrest.Matchers.equalTo("https://restwell.dev/problems/not-found"));
        }
    }

    @Test
    public void aTokenForAnotherAudienceIsRefused() {
        unauthorized(get(token(Optional.of("some-other-client"), Instant.now(), Duration.ofMinutes(5)), ""));
    }

    @Test
    public void aTokenWithoutAudienceIsRefused() {
        unauthorized(get(token(Optional.empty(), Instant.now(), Duration.ofMinutes(5)), ""));
    }

    @Test
    public void aTokenOlderThanTheMaximumAgeIsRefusedThoughItHasNotExpired() {
        Instant twoHoursAgo = Instant.now().minus(Duration.ofHours(2));
        unauthorized(get(token(Optional.of("restwell-api"), twoHoursAgo, Duration.ofHours(3)), ""));
    }

    private static void unauthorized(ValidatableResponse answer) {
        answer.statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .body("type", equalTo(ProblemType.UNAUTHORIZED.uri()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "no-store");
    }

    /** 107374183 × 20 and 2147483647 × 100 overflowed an int offset into a negative one: a 500. */
    @Test
    public void aPageNumberPastTheBoundIsABadRequestNamingPage() {
        String token = DevTokens.issue(person(), List.of("user"));
        for (String query : List.of("?page=107374183&size=20", "?page=2147483647&size=100", "?page=" + (Paging.MAX_PAGE + 1))) {
            get(token, query).statusCode(400)
                    .contentType(Problem.MEDIA_TYPE)
                    .body("type", equalTo(ProblemType.VALIDATION_FAILED.uri()))
                    .body("errors.field", hasItem("page"))
                    .header("X-Content-Type-Options", "nosniff");
        }
    }

    @Test
    public void theLastPageWithinTheBoundIsEmpty() {
        get(DevTokens.issue(person(), List.of("user")), "?page=" + Paging.MAX_PAGE + "&size=" + Paging.MAX_SIZE)
                .statusCode(200)
                .body("items", empty())
                .body("page", equalTo(Paging.MAX_PAGE))
                .body("size", equalTo(Paging.MAX_SIZE));
    }

    /** A token the verifier accepted answers from VerifiedTokenCache the next time; one it refused is refused again. */
    @Test
    public void aTokenIsVerifiedOnceThenKnownAndARefusedOneIsNeverKept() throws Exception {
        String token = DevTokens.issue(person(), List.of("user"));
        JsonWebToken first = verifier.parse(token);
        assertSame(first, verifier.parse(token), "verified a second time");
        String forged = token.substring(0, token.length() - 6) + (token.endsWith("AAAAAA") ? "BBBBBB" : "AAAAAA");
        assertThrows(ParseException.class, () -> verifier.parse(forged));
        assertThrows(ParseException.class, () -> verifier.parse(forged));
    }

    /** The audience and maximum age come from this module's defaults, below the service's own settings. */
    @Test
    public void tokenSettingsComeFromTheModuleDefaults() {
        ConfigValue audience = ConfigProvider.getConfig().getConfigValue("mp.jwt.verify.audiences");
        assertEquals("restwell-api", audience.getValue());
        assertTrue(audience.getSourceName().contains("microprofile-config.properties"), audience.getSourceName());
        assertEquals("3600", ConfigProvider.getConfig().getConfigValue("mp.jwt.verify.token.age").getValue());
    }
}
