package io.restwell.gateway;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * Real HTTP upstreams for the gateway's own tests: booking and journal answer with what they
 * received (and which attempt at that method and path this is); recommendation points at a closed
 * port, as a service that is down. A path containing {@code /drop-twice-} drops the connection on the
 * first two attempts; one ending in {@code /slow} answers after 3 s. A request with {@code X-Echo-Status: 405}
 * gets what the services' framework answers a wrong method: a 405 problem without {@code Allow}.
 */
public class EchoUpstreams implements QuarkusTestResourceLifecycleManager {

    private final Map<String, Integer> attempts = new ConcurrentHashMap<>();
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
            String path = exchange.getRequestURI().getPath();
            int attempt = attempts.merge(exchange.getRequestMethod() + " " + path, 1, Integer::sum);
            if (path.contains("/drop-twice-") && attempt <= 2) {
                exchange.close(); // no answer at all: the connection just closes, as a crashing service's would
                return;
            }
            if (path.endsWith("/slow")) {
                sleep(3_000);
            }
            if ("405".equals(exchange.getRequestHeaders().getFirst("X-Echo-Status"))) {
                byte[] problem = "{\"type\":\"https://restwell.dev/problems/method-not-allowed\",\"status\":405}"
                        .getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/problem+json");
                exchange.sendResponseHeaders(405, problem.length);
                exchange.getResponseBody().write(problem);
                exchange.close();
                return;
            }
            String answer = "{\"method\":\"" + exchange.getRequestMethod() + "\""
                    + ",\"uri\":\"" + exchange.getRequestURI() + "\""
                    + ",\"authorization\":\"" + exchange.getRequestHeaders().getFirst("Authorization") + "\""
                    + ",\"requestId\":\"" + exchange.getRequestHeaders().getFirst("X-Request-Id") + "\""
                    + ",\"idempotencyKey\":\"" + exchange.getRequestHeaders().getFirst("Idempotency-Key") + "\""
                    + ",\"ifMatch\":\"" + String.valueOf(exchange.getRequestHeaders().getFirst("If-Match")).replace("\"", "\\\"") + "\""
                    + ",\"traceparents\":\"" + exchange.getRequestHeaders().getOrDefault("traceparent", java.util.List.of()) + "\""
                    + ",\"bodyLength\":" + requestBody.length
                    + ",\"attempt\":" + attempt
                    + ",\"status\":\"UP\"}";
            byte[] bytes = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("ETag", "\"v" + attempt + "\"");
            if (exchange.getRequestURI().getPath().endsWith("/created")) {
                exchange.getResponseHeaders().add("Location", echoBase + "/api/v1/journal/sleep-entries/42");
            }
            exchange.sendResponseHeaders(200, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.start();
        String echo = "http://127.0.0.1:" + server.getAddress().getPort();
        echoBase = echo;
        String down = "http://127.0.0.1:" + closedPort();
        return Map.of(
                "restwell.gateway.upstreams.booking.url", echo,
                "restwell.gateway.upstreams.booking.management-url", echo,
                "restwell.gateway.upstreams.journal.url", echo,
                "restwell.gateway.upstreams.journal.management-url", echo,
                "restwell.gateway.upstreams.recommendation.url", down,
                "restwell.gateway.upstreams.recommendation.management-url", down);
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
