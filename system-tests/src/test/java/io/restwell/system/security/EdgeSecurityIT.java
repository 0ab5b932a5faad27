package io.restwell.system.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RawHttp;
import io.restwell.system.SharedPlatform;

/**
 * The edge's hostile requests (issue "Security", items 1, 10, 11, 12, 13), through the gateway of the
 * shared packaged platform: tokens for another audience, without one or too old; a rotated
 * {@code X-Forwarded-For} from a peer that is no trusted proxy; paths that a service would read as another
 * path; page numbers that overflowed into a 500; answers with health data that caches could keep.
 */
@ExtendWith(SharedPlatform.class)
class EdgeSecurityIT {

    private static final List<String> PERSONAL_LISTS = List.of("/api/v1/bookings", "/api/v1/journal/sleep-entries",
            "/api/v1/recommendations");

    private static HttpResponse<String> get(URI base, String pathAndQuery, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = SharedPlatform.request(base, pathAndQuery).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return SharedPlatform.send(request);
    }

    private static String token(Optional<String> audience, Instant issuedAt) {
        return DevTokens.issue("edge-" + UUID.randomUUID(), List.of("user"), audience, issuedAt, Duration.ofHours(3));
    }

    private static void assertProblem(HttpResponse<String> answer, int status, String type, String what) {
        assertEquals(status, answer.statusCode(), what + ": " + answer.body());
        assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""), what);
        assertEquals("https://restwell.dev/problems/" + type, JsonPath.from(answer.body()).getString("type"), what);
    }

    /** Item 1: the gateway and every service refuse them, so neither a bypass of the edge nor a hop inside reads data. */
    @Test
    void tokensForAnotherAudienceWithoutOneOrOlderThanTheMaximumAgeAreRefusedAtTheGatewayAndAtEachService() throws Exception {
        Map<String, String> refused = Map.of(
                "another audience", token(Optional.of("some-other-client"), Instant.now()),
                "no audience", token(Optional.empty(), Instant.now()),
                "issued two hours ago, not expired", token(Optional.of(DevTokens.AUDIENCE), Instant.now().minus(Duration.ofHours(2))));
        for (String path : PERSONAL_LISTS) {
            assertEquals(200, get(SharedPlatform.stack().gateway(), path, token(Optional.of(DevTokens.AUDIENCE), Instant.now())).statusCode(), path);
            for (var token : refused.entrySet()) {
                assertProblem(get(SharedPlatform.stack().gateway(), path, token.getValue()), 401, "unauthorized",
                        "gateway " + path + " with a token of " + token.getKey());
            }
        }
        List<URI> bases = List.of(SharedPlatform.stack().services().get(SharedPlatform.BOOKING),
                SharedPlatform.stack().services().get(SharedPlatform.JOURNAL),
                SharedPlatform.stack().services().get(SharedPlatform.RECOMMENDATION));
        for (int i = 0; i < bases.size(); i++) {
            for (var token : refused.entrySet()) {
                assertProblem(get(bases.get(i), PERSONAL_LISTS.get(i), token.getValue()), 401, "unauthorized",
                        "service " + PERSONAL_LISTS.get(i) + " with a token of " + token.getKey());
            }
        }
    }

    /**
     * Item 10: the suite connects from 127.0.0.1, which is no trusted proxy by default, so a rotated
     * {@code X-Forwarded-For} counts against the same anonymous bucket ({@code RateLimit}'s remaining {@code r}
     * keeps falling; the shared platform refills it at one per 100 s) instead of a fresh one per forged address.
     */
    @Test
    void aRotatedForwardedForFromAnUntrustedPeerGetsNoFreshAnonymousBudget() throws Exception {
        List<Long> remaining = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            HttpResponse<String> answer = SharedPlatform.send(SharedPlatform.gateway("/api/v1/session-types")
                    .header("X-Forwarded-For", "198.51.100." + (10 + i) + ", 203.0.113." + (50 + i)).GET());
            assertEquals(200, answer.statusCode(), answer.body());
            String field = answer.headers().firstValue("RateLimit").orElseThrow();
            assertTrue(field.startsWith("\"anonymous\";r="), field);
            remaining.add(Long.parseLong(field.replaceAll(".*;r=(\\d+);.*", "$1")));
        }
        assertTrue(remaining.get(5) <= remaining.get(0) - 4,
                "each rotated address got a fresh bucket (remaining " + remaining + ")");
    }

    /** Item 11: without a token, none of these reaches a service; each is a 400 problem from the gateway. */
    @Test
    void pathsThatAServiceWouldReadAsAnotherPathAreRefusedAtTheEdge() {
        URI gateway = SharedPlatform.stack().gateway();
        for (String path : List.of("/api/v1/clinics/%2e%2e/admin/clinics", "/api/v1/clinics/%2E%2E/admin/clinics",
                "/api/v1/clinics/.%2e/admin/clinics", "/api/v1/clinics/%2e%2e/bookings", "/api/v1/clinics/../admin/clinics",
                "/api/v1/clinics/..;/admin/clinics", "/api/v1/partner/%2e%2e/journal/sleep-entries",
                "/api/v1/availability/%2e%2e/%2e%2e/v1/journal/sleep-entries", "/api/v1/clinics%2f..%2fadmin%2fclinics",
                "/api/v1/clinics/%5c..%5cadmin/clinics", "/api/v1/session-types//../bookings")) {
            RawHttp.Answer answer = RawHttp.send(gateway, "GET", path, Map.of());
            assertEquals(400, answer.status(), path + ": " + answer.body());
            assertEquals("https://restwell.dev/problems/malformed-request", JsonPath.from(answer.body()).getString("type"), path);
        }
        // a raw backslash is no URI character: the HTTP decoder answers a bare 400 before any route
        RawHttp.Answer backslash = RawHttp.send(gateway, "GET", "/api/v1/clinics\\..\\admin\\clinics", Map.of());
        assertEquals(400, backslash.status(), backslash.body());
        // a clinic's bookings sit under the public /api/v1/clinics prefix but are an admin read
        RawHttp.Answer bookings = RawHttp.send(gateway, "GET", "/api/v1/clinics/" + UUID.randomUUID() + "/bookings", Map.of());
        assertEquals(401, bookings.status(), bookings.body());
        assertEquals("https://restwell.dev/problems/unauthorized", JsonPath.from(bookings.body()).getString("type"));
        assertEquals(200, RawHttp.send(gateway, "GET", "/api/v1/clinics", Map.of()).status(), "the plain catalog still answers");
    }

    /** A method a path does not take, at each service through the gateway: a 405 problem that names the methods it does. */
    @Test
    void aMethodAPathDoesNotTakeIsAMethodNotAllowedProblemWithAllowAtEveryService() throws Exception {
        String token = SharedPlatform.token("edge-methods-" + UUID.randomUUID());
        Map<String, String> allowed = Map.of(
                "/api/v1/journal/summary", "GET, HEAD",
                "/api/v1/bookings/" + UUID.randomUUID() + "/cancel", "POST",
                "/api/v1/recommendations/insights", "GET, HEAD");
        for (Map.Entry<String, String> path : allowed.entrySet()) {
            HttpResponse<String> answer = SharedPlatform.send(SharedPlatform.request(SharedPlatform.stack().gateway(), path.getKey())
                    .header("Authorization", "Bearer " + token).method("PATCH", HttpRequest.BodyPublishers.noBody()));
            assertProblem(answer, 405, "method-not-allowed", path.getKey());
            assertEquals(path.getValue(), answer.headers().firstValue("Allow").orElse(null), path.getKey());
        }
    }

    /** Item 12: these answered 500 (the offset overflowed an int); now a 400 naming page, for every paged list. */
    @Test
    void pageNumbersPastTheBoundAreABadRequestNamingPageNeverA500() throws Exception {
        String token = SharedPlatform.token("edge-paging-" + UUID.randomUUID());
        List<String> queries = List.of("/api/v1/bookings?page=107374183&size=20", "/api/v1/journal/sleep-entries?page=2147483647&size=100",
                "/api/v1/journal/pain-entries?page=2147483647&size=100", "/api/v1/recommendations?page=2147483647&size=100",
                "/api/v1/clinics?page=2147483647&size=100", "/api/v1/availability?sessionType=SWEDISH&page=2147483647&size=100");
        for (String query : queries) {
            HttpResponse<String> answer = get(SharedPlatform.stack().gateway(), query, token);
            assertProblem(answer, 400, "validation-failed", query);
            assertTrue(JsonPath.from(answer.body()).getList("errors.field").contains("page"), query + ": " + answer.body());
        }
        HttpResponse<String> last = get(SharedPlatform.stack().gateway(), "/api/v1/journal/sleep-entries?page=100000&size=100", token);
        assertEquals(200, last.statusCode(), last.body());
        assertEquals(List.of(), JsonPath.from(last.body()).getList("items"));
    }

    /** Item 13: a journal page and a problem carry no-store and nosniff; HSTS only in production (not here). */
    @Test
    void answersWithHealthDataAreNeitherCachedNorSniffed() throws Exception {
        String user = "edge-headers-" + UUID.randomUUID();
        assertEquals(201, SharedPlatform.postPoorNight(SharedPlatform.stack().gateway(), user, java.time.LocalDate.now().minusDays(3)).statusCode());
        for (HttpResponse<String> answer : List.of(
                get(SharedPlatform.stack().gateway(), "/api/v1/journal/sleep-entries", SharedPlatform.token(user)),
                get(SharedPlatform.stack().gateway(), "/api/v1/bookings", SharedPlatform.token(user)),
                get(SharedPlatform.stack().gateway(), "/api/v1/journal/sleep-entries", null),
                get(SharedPlatform.stack().gateway(), "/api/v1/journal/sleep-entries/" + UUID.randomUUID(), SharedPlatform.token(user)))) {
            String what = answer.request().uri() + " " + answer.statusCode();
            assertEquals(List.of("no-store"), answer.headers().allValues("Cache-Control"), what);
            assertEquals(List.of("nosniff"), answer.headers().allValues("X-Content-Type-Options"), what);
            assertNull(answer.headers().firstValue("Strict-Transport-Security").orElse(null), what);
        }
    }
}
