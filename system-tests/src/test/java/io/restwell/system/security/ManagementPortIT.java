package io.restwell.system.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;

/**
 * OWASP API8 (security misconfiguration) and API9 (inventory): health and metrics say what runs, how busy it
 * is and which paths people use, so they live on each service's management port, which neither the gateway's
 * public port (the one the ingress routes to) nor the services' public ports serve. Attacked through the
 * packaged platform as the reviewer did: {@code /q/metrics} through the gateway answered 200 before.
 */
@ExtendWith(SharedPlatform.class)
class ManagementPortIT {

    private static final List<String> MANAGEMENT_PATHS = List.of("/q/metrics", "/q/metrics/", "/q/health",
            "/q/health/ready", "/q/health/live", "/q/health/started", "/q/health/well", "/q/health/group");

    @Test
    void theGatewaysPublicPortAnswersHealthAndMetricsWithANotFoundProblemWhoeverAsks() throws Exception {
        String admin = DevTokens.issue("management-probe-admin", List.of("user", "admin"));
        for (String path : MANAGEMENT_PATHS) {
            for (String token : new String[] {null, admin}) {
                var request = SharedPlatform.gateway(path).GET();
                if (token != null) {
                    request.header("Authorization", "Bearer " + token);
                }
                HttpResponse<String> answer = SharedPlatform.send(request);
                assertEquals(404, answer.statusCode(), path + ": " + answer.body());
                assertEquals("application/problem+json", answer.headers().firstValue("Content-Type").orElse(""), path);
                assertTrue(answer.body().contains("https://restwell.dev/problems/not-found"), answer.body());
                assertFalse(answer.body().contains("jvm_") || answer.body().contains("\"checks\""), answer.body());
            }
        }
    }

    @Test
    void theServicesPublicPortsDoNotServeThemEither() throws Exception {
        for (Map.Entry<String, URI> service : SharedPlatform.stack().services().entrySet()) {
            for (String path : List.of("/q/metrics", "/q/health", "/q/health/ready")) {
                HttpResponse<String> answer = SharedPlatform.send(SharedPlatform.request(service.getValue(), path).GET());
                assertEquals(404, answer.statusCode(), service.getKey() + path + ": " + answer.body());
                assertFalse(answer.body().contains("jvm_") || answer.body().contains("\"checks\""), answer.body());
            }
        }
    }

    @Test
    void eachManagementPortServesHealthAndMetrics() throws Exception {
        Map<String, URI> management = SharedPlatform.stack().management();
        assertEquals(SharedPlatform.stack().services().keySet(), management.keySet());
        for (Map.Entry<String, URI> service : management.entrySet()) {
            assertNotEquals(SharedPlatform.stack().services().get(service.getKey()).getPort(), service.getValue().getPort());
            HttpResponse<String> health = SharedPlatform.send(SharedPlatform.request(service.getValue(), "/q/health").GET());
            assertEquals(200, health.statusCode(), service.getKey() + ": " + health.body());
            HttpResponse<String> metrics = SharedPlatform.send(SharedPlatform.request(service.getValue(), "/q/metrics").GET());
            assertEquals(200, metrics.statusCode(), service.getKey());
            assertTrue(metrics.body().contains("jvm_memory_used_bytes"), service.getKey() + " exports JVM metrics");
        }
        // The gateway asks each service's readiness on its management port.
        String gatewayHealth = SharedPlatform.send(SharedPlatform.management("api-gateway", "/q/health").GET()).body();
        for (String area : List.of("booking", "journal", "recommendation")) {
            assertTrue(gatewayHealth.contains("\"" + area + "\": \"UP\""), gatewayHealth);
        }
    }

    @Test
    void theApiDocumentAndSwaggerUiStayOnTheGatewaysPublicPort() throws Exception {
        assertEquals(200, SharedPlatform.send(SharedPlatform.gateway("/q/openapi").GET()).statusCode());
        assertEquals(200, SharedPlatform.send(SharedPlatform.gateway("/q/swagger-ui/").GET()).statusCode());
    }

    /** The local stack's Kafka is plaintext without users (docs/security.md): it listens on loopback only. */
    @Test
    void theLocalKafkaListensOnLoopbackOnly() throws Exception {
        String bootstrap = SharedPlatform.stack().kafkaBootstrapServers();
        assertTrue(bootstrap.startsWith("127.0.0.1:"), bootstrap);
        int port = Integer.parseInt(bootstrap.substring(bootstrap.lastIndexOf(':') + 1));
        try (Socket loopback = new Socket()) {
            loopback.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 2000);
        }
        for (NetworkInterface network : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            for (InetAddress address : Collections.list(network.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    try (Socket outside = new Socket()) {
                        outside.connect(new InetSocketAddress(address, port), 2000);
                        throw new AssertionError("Kafka answers on " + address.getHostAddress() + ":" + port);
                    } catch (IOException refused) {
                        // as it should: nothing listens there
                    }
                }
            }
        }
    }
}
