package io.restwell.recommendation;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A real HTTP server on a free loopback port, started and stopped with the test application: what the stand-ins of
 * booking-service ({@link BookingStub}, {@link BriefBookingStub}) share. A subclass adds its paths in {@link #serve}.
 */
public abstract class StubServer implements QuarkusTestResourceLifecycleManager {

    private HttpServer server;

    /** Adds the stub's paths to the server; answers the settings that point the application at {@code address}. */
    protected abstract Map<String, String> serve(HttpServer server, String address);

    @Override
    public final Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Map<String, String> settings = serve(server, "http://127.0.0.1:" + server.getAddress().getPort());
        server.start();
        return settings;
    }

    /** Answers and closes the exchange; an empty body is sent as none. */
    protected static void answer(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
