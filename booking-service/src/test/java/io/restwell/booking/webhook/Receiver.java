package io.restwell.booking.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;

import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP endpoint on this machine (the JDK's server) that records every request and answers with
 * the status its behaviour picks for the n-th request (from 1), optionally after a pause.
 */
final class Receiver implements AutoCloseable {

    record Received(Map<String, List<String>> headers, String body, long receivedAtMillis) {
        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(16);
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger count = new AtomicInteger();
    private volatile IntUnaryOperator status;
    private volatile long pauseMillis;

    Receiver(IntUnaryOperator status) throws IOException {
        this.status = status;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(threads);
        server.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                received.add(new Received(Map.copyOf(exchange.getRequestHeaders()), body, System.currentTimeMillis()));
                int answer = this.status.applyAsInt(count.incrementAndGet());
                if (pauseMillis > 0) {
                    Thread.sleep(pauseMillis);
                }
                exchange.sendResponseHeaders(answer, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                exchange.close();
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    void answer(IntUnaryOperator status) {
        this.status = status;
    }

    void pause(long millis) {
        this.pauseMillis = millis;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
