package io.restwell.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real HTTP upstreams for the gateway's own tests: booking and journal answer with what they
 * received; recommendation points at a closed port, as a service that is down.
 */
public class EchoUpstreams implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;
    private volatile String echoBase;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", exchange -> {
            byte[] requestBody = exchange.getRequestBody().readAllBytes();
            String answer = "{\"method\":\"" + exchange.getRequestMethod() + "\""
                    + ",\"uri\":\"" + exchange.getRequestURI() + "\""
                    + ",\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization") + "\""
                    + ",\"requestId\":\"" + exchange.getRequestHeaders().getFirst("X-Request-Id") + "\""
                    + ",\"bodyLength\":" + requestBody.length
                    + ",\"status\":\"UP\"}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            if (exchange.getRequestURI().getPath().endsWith("/created")) {
                exchange.getResponseHeaders().add("Location", echoBase + "/api/v1/journal/sleep-entries/42");
            }
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.start();
        String echo = "http://127.0.0.1:" + server.getAddress().getPort();
        echoBase = echo;
        return Map.of(
                "restwell.gateway.upstreams.booking.url", echo,
                "restwell.gateway.upstreams.journal.url", echo,
                "restwell.gateway.upstreams.recommendation.url", "http://127.0.0.1:" + closedPort());
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static int closedPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
