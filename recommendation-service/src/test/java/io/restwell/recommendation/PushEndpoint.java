package io.restwell.recommendation;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A push service of the test's own (RFC 8030's receiving side): an HTTPS server on this machine with a
 * certificate for {@code localhost} made by keytool for the run, which the service trusts through the
 * test-only {@code restwell.push.trust-store}. It records every push it receives under {@code /push/...} (the
 * headers the test needs and the encrypted body) and answers 201, or what the test scripted for that path
 * (e.g. 503 with {@code Retry-After: 1}, then 201; or 410). The test reads and scripts it over plain HTTP on
 * another port ({@code restwell.test.push-control}): received bodies are decrypted by the test, not here.
 */
public class PushEndpoint implements QuarkusTestResourceLifecycleManager {

    private static final List<String> RECORDED_HEADERS = List.of("Authorization", "Content-Encoding", "Content-Type", "TTL", "Urgency");

    private HttpsServer push;
    private HttpServer control;
    private Path keys;
    private final Map<String, List<Map<String, String>>> received = new ConcurrentHashMap<>();
    private final Map<String, Deque<Integer>> scripted = new ConcurrentHashMap<>();
    private final ObjectMapper json = new ObjectMapper();

    @Override
    public Map<String, String> start() {
        try {
            keys = Files.createTempDirectory("push-endpoint");
            Path store = keys.resolve("push.p12");
            Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                    "-genkeypair", "-alias", "push", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=localhost",
                    "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                    "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
            String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!keytool.waitFor(60, TimeUnit.SECONDS) || keytool.exitValue() != 0) {
                throw new IllegalStateException("keytool: " + output);
            }
            KeyStore keyStore = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(store)) {
                keyStore.load(in, "changeit".toCharArray());
            }
            KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keyManagers.init(keyStore, "changeit".toCharArray());
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(keyManagers.getKeyManagers(), null, null);
            KeyStore trusted = KeyStore.getInstance("PKCS12");
            trusted.load(null, null);
            trusted.setCertificateEntry("push", keyStore.getCertificate("push"));
            Path trustStore = keys.resolve("trust.p12");
            try (OutputStream out = Files.newOutputStream(trustStore)) {
                trusted.store(out, "changeit".toCharArray());
            }

            push = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            push.setHttpsConfigurator(new HttpsConfigurator(tls));
            push.createContext("/push/", this::receive);
            push.start();
            control = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            control.createContext("/received", this::listReceived);
            control.createContext("/script", this::script);
            control.start();
            return Map.of("restwell.push.trust-store", trustStore.toString(),
                    "restwell.push.trust-store-password", "changeit",
                    "restwell.test.push-endpoint", "https://localhost:" + push.getAddress().getPort(),
                    "restwell.test.push-control", "http://127.0.0.1:" + control.getAddress().getPort());
        } catch (Exception e) {
            throw new IllegalStateException("push endpoint did not start", e);
        }
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            String path = exchange.getRequestURI().getPath();
            Map<String, String> push = new java.util.LinkedHashMap<>();
            push.put("method", exchange.getRequestMethod());
            for (String header : RECORDED_HEADERS) {
                String value = exchange.getRequestHeaders().getFirst(header);
                if (value != null) {
                    push.put(header, value);
                }
            }
            push.put("body", Base64.getEncoder().encodeToString(body));
            received.computeIfAbsent(path, p -> new CopyOnWriteArrayList<>()).add(push);
            Integer status = scripted.getOrDefault(path, new ConcurrentLinkedDeque<>()).poll();
            int answer = status == null ? 201 : status;
            if (answer == 503 || answer == 429) {
                exchange.getResponseHeaders().set("Retry-After", "1");
            }
            exchange.sendResponseHeaders(answer, -1);
        }
    }

    private void listReceived(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = query(exchange, "path");
            byte[] answer = json.writeValueAsBytes(received.getOrDefault(path, List.of()));
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
        }
    }

    private void script(HttpExchange exchange) throws IOException {
        try (exchange) {
            Deque<Integer> statuses = new ConcurrentLinkedDeque<>();
            for (String status : query(exchange, "statuses").split(",")) {
                statuses.add(Integer.parseInt(status));
            }
            scripted.put(query(exchange, "path"), statuses);
            exchange.sendResponseHeaders(204, -1);
        }
    }

    private static String query(HttpExchange exchange, String name) {
        List<String> values = new ArrayList<>();
        for (String pair : exchange.getRequestURI().getRawQuery().split("&")) {
            String[] parts = pair.split("=", 2);
            if (parts[0].equals(name)) {
                values.add(URLDecoder.decode(parts[1], StandardCharsets.UTF_8));
            }
        }
        return values.get(0);
    }

    @Override
    public void stop() {
        if (push != null) {
            push.stop(0);
        }
        if (control != null) {
            control.stop(0);
        }
    }
}
