package io.restwell.gateway.health;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

import io.restwell.gateway.config.GatewayConfig;
import io.smallrye.health.api.Wellness;

/**
 * Shows each upstream's readiness (asked on its management interface) in the gateway's {@code /q/health}. It is a wellness check, not a
 * readiness one: one service being down must not take the whole gateway out of rotation, since the
 * other areas keep working.
 */
@Wellness
@ApplicationScoped
public class UpstreamHealth implements HealthCheck {

    private final GatewayConfig config;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    UpstreamHealth(GatewayConfig config) {
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        HealthCheckResponseBuilder response = HealthCheckResponse.named("Upstream services").up();
        Map<String, String> states = new TreeMap<>();
        config.upstreams().forEach((area, upstream) -> states.put(area, readinessOf(upstream.managementUrl())));
        states.forEach((area, state) -> {
            response.withData(area, state);
            if (!state.startsWith("UP")) {
                response.down();
            }
        });
        return response.build();
    }

    private String readinessOf(URI upstream) {
        HttpRequest request = HttpRequest.newBuilder(upstream.resolve("/q/health/ready"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            HttpResponse<String> answer = client.send(request, HttpResponse.BodyHandlers.ofString());
            return answer.statusCode() == 200 ? "UP" : "DOWN (HTTP " + answer.statusCode() + ")";
        } catch (java.io.IOException e) {
            return "DOWN (" + e.getClass().getSimpleName() + ")";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "DOWN (interrupted)";
        }
    }
}
