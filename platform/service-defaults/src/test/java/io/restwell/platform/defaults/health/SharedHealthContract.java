package io.restwell.platform.defaults.health;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPResource;

/**
 * What every part (each service and the gateway) serves on its management interface, paths under its root
 * ({@code /q}; the public port serves none of them, see {@code SharedSecurityContract}): health, readiness and
 * Prometheus metrics with HTTP and JVM series. Each part's health tests extend this (services through
 * {@link SharedServiceHealthContract}) and add only what is theirs.
 */
public abstract class SharedHealthContract {

    @TestHTTPResource(value = "/health", management = true) protected URL health;
    @TestHTTPResource(value = "/health/ready", management = true) protected URL readiness;
    @TestHTTPResource(value = "/metrics", management = true) protected URL metrics;

    @Test
    public void exportsPrometheusMetrics() {
        given().get("/api/v1/session-types"); // any API request; /q/ endpoints are not counted
        String metrics = metrics();
        assertTrue(metrics.contains("http_server_requests_seconds_count"), "no HTTP metrics");
        assertTrue(metrics.contains("jvm_memory_used_bytes"), "no JVM metrics");
    }

    /** The Prometheus text the part exports now. */
    protected String metrics() {
        return given().get(metrics).then().statusCode(200).extract().asString();
    }
}
