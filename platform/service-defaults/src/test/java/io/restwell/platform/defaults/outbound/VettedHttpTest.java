package io.restwell.platform.defaults.outbound;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SNIMatcher;
import javax.net.ssl.SNIServerName;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.StandardConstants;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;


/**
 * The delivery client against two real HTTPS servers on this machine, on the same port: 127.0.0.1 (the
 * address the check approves, standing in for a public one) and 127.0.0.2 (where the name points a moment
 * later, standing in for an internal one: DNS rebinding). The name resolves to the first on the first
 * lookup and to the second on every later one, so a client that looked the name up again after the check
 * would reach the second. The certificate is for {@code hooks.clinic.test}, made by keytool for the test.
 */
class VettedHttpTest {

    private static final String HOST = "hooks.clinic.test";
    private static final InetAddress CHECKED = address(127, 0, 0, 1);
    private static final InetAddress REBOUND = address(127, 0, 0, 2);

    @TempDir
    static Path keys;

    private static SSLContext serverTls;
    private static SSLContext clientTls;
    private static Server checked;
    private static Server rebound;

    private final AtomicInteger lookups = new AtomicInteger();
    private final List<List<InetAddress>> vetted = new CopyOnWriteArrayList<>();
    private VettedHttp http;

    @BeforeAll
    static void serversWithACertificateForTheHost() throws Exception {
        Path store = keys.resolve("hook.p12");
        Process keytool = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "keytool").toString(),
                "-genkeypair", "-alias", "hook", "-keyalg", "EC", "-groupname", "secp256r1", "-dname", "CN=" + HOST,
                "-ext", "SAN=dns:" + HOST, "-validity", "2", "-storetype", "PKCS12", "-keystore", store.toString(),
                "-storepass", "changeit", "-keypass", "changeit").redirectErrorStream(true).start();
        String output = new String(keytool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(keytool.waitFor(60, TimeUnit.SECONDS) && keytool.exitValue() == 0, "keytool: " + output);
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            keyStore.load(in, "changeit".toCharArray());
        }
        KeyManagerFactory keyManagers = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        keyManagers.init(keyStore, "changeit".toCharArray());
        serverTls = SSLContext.getInstance("TLS");
        serverTls.init(keyManagers.getKeyManagers(), null, null);

        KeyStore trusted = KeyStore.getInstance("PKCS12");
        trusted.load(null, null);
        trusted.setCertificateEntry("hook", keyStore.getCertificate("hook"));
        TrustManagerFactory trustManagers = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trustManagers.init(trusted);
        clientTls = SSLContext.getInstance("TLS");
        clientTls.init(null, trustManagers.getTrustManagers(), null);

        checked = new Server(new InetSocketAddress(CHECKED, 0));
        rebound = new Server(new InetSocketAddress(REBOUND, checked.port()));
    }

    @AfterAll
    static void stopServers() {
        checked.stop();
        rebound.stop();
    }

    @AfterEach
    void closeClient() throws IOException {
        if (http != null) {
            http.close();
        }
        checked.requests.clear();
        checked.serverNames.clear();
        rebound.requests.clear();
        rebound.serverNames.clear();
        checked.handshakes.set(0);
        rebound.handshakes.set(0);
    }

    @Test
    void connectsToTheAddressItCheckedEvenWhenTheNamePointsElsewhereAMomentLater() {
        http = client(host -> lookups.incrementAndGet() == 1 ? new InetAddress[] {CHECKED} : new InetAddress[] {REBOUND});

        VettedHttp.Result result = http.post(url(HOST), Map.of("Restwell-Event-Id", "e-1"), "{\"n\":1}");

        assertEquals(204, result.statusCode(), String.valueOf(result.error()));
        assertNull(result.error());
        assertEquals(1, lookups.get(), "one lookup per delivery: the one that was checked");
        assertEquals(List.of(List.of(CHECKED)), vetted);
        assertEquals(1, checked.requests.size());
        assertEquals(0, rebound.requests.size(), "the request reached the address the name pointed to after the check");
        assertEquals(HOST + ":" + checked.port(), checked.requests.get(0));
        assertEquals(List.of(HOST), checked.serverNames, "TLS sends the host name (SNI), not the address");
    }

    @Test
    void aDeliveryWhoseNameNowResolvesToARefusedAddressIsNotSentAndTheErrorNamesNoAddress() {
        http = client(host -> new InetAddress[] {REBOUND});

        VettedHttp.Result result = http.post(url(HOST), Map.of(), "{}");

        assertNull(result.statusCode());
        assertEquals("not sent: " + OutboundUrlPolicy.DESTINATION_NOT_ALLOWED, result.error());
        assertFalse(result.error().contains("127.0.0"), result.error());
        assertEquals(0, rebound.requests.size() + checked.requests.size());
        assertEquals(0, rebound.handshakes.get() + checked.handshakes.get(), "no connection at all");
    }

    @Test
    void bytesGoAsTheirContentTypeAndAnAnswersRetryAfterIsReported() {
        http = client(host -> new InetAddress[] {CHECKED});

        VettedHttp.Result result = http.post(URI.create("https://" + HOST + ":" + checked.port() + "/busy"), Map.of("TTL", "60"),
                new byte[] {1, 2, 3}, "application/octet-stream");

        assertEquals(503, result.statusCode());
        assertEquals("HTTP 503", result.error());
        assertEquals("7", result.retryAfter());
        assertEquals(List.of("application/octet-stream 3"), checked.busyBodies);
    }

    @Test
    void tlsStillVerifiesTheCertificateAgainstTheHostName() {
        http = client(host -> new InetAddress[] {CHECKED});

        VettedHttp.Result result = http.post(url("other.clinic.test"), Map.of(), "{}");

        assertNull(result.statusCode());
        assertTrue(result.error().startsWith("TLS failed"), result.error());
        assertEquals(0, checked.requests.size(), "nothing was sent to a server whose certificate names another host");
    }

    @Test
    void failuresAreDescribedWithoutTheAddressesTheNameResolvedTo() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, CHECKED)) {
            closedPort = socket.getLocalPort();
        }
        http = client(host -> new InetAddress[] {CHECKED});

        VettedHttp.Result result = http.post(URI.create("https://" + HOST + ":" + closedPort + "/hook"), Map.of(), "{}");

        assertEquals("could not connect", result.error());
        http.close();
        http = client(host -> {
            throw new java.net.UnknownHostException(host + ": Name or service not known");
        });
        assertEquals("not sent: the host does not resolve", http.post(url(HOST), Map.of(), "{}").error());
    }

    // --- helpers

    /** Vetting: only the checked address passes (it stands in for a public one). */
    private VettedHttp client(VettedHttp.Lookup lookup) {
        return new VettedHttp(lookup, (host, addresses) -> {
            vetted.add(addresses);
            return addresses.stream().allMatch(CHECKED::equals) ? Optional.empty() : Optional.of("resolves to " + addresses);
        }, clientTls, Duration.ofSeconds(2), Duration.ofSeconds(3), 4, "test");
    }

    private static URI url(String host) {
        return URI.create("https://" + host + ":" + checked.port() + "/hook");
    }

    private static InetAddress address(int a, int b, int c, int d) {
        try {
            return InetAddress.getByAddress(new byte[] {(byte) a, (byte) b, (byte) c, (byte) d});
        } catch (java.net.UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An HTTPS server that records each request's Host header and each handshake's SNI name. */
    private static final class Server {
        final List<String> requests = new CopyOnWriteArrayList<>();
        final List<String> serverNames = new CopyOnWriteArrayList<>();
        final AtomicInteger handshakes = new AtomicInteger();
        final List<String> busyBodies = new CopyOnWriteArrayList<>();
        private final HttpsServer server;

        Server(InetSocketAddress address) throws IOException {
            server = HttpsServer.create(address, 10);
            server.setHttpsConfigurator(new HttpsConfigurator(serverTls) {
                @Override
                public void configure(HttpsParameters params) {
                    handshakes.incrementAndGet();
                    SSLParameters parameters = serverTls.getDefaultSSLParameters();
                    List<SNIMatcher> matchers = new ArrayList<>();
                    matchers.add(new SNIMatcher(StandardConstants.SNI_HOST_NAME) {
                        @Override
                        public boolean matches(SNIServerName name) {
                            serverNames.add(new String(name.getEncoded(), StandardCharsets.US_ASCII));
                            return true;
                        }
                    });
                    parameters.setSNIMatchers(matchers);
                    params.setSSLParameters(parameters);
                }
            });
            server.createContext("/hook", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    in.readAllBytes();
                    requests.add(exchange.getRequestHeaders().getFirst("Host"));
                    exchange.sendResponseHeaders(204, -1);
                } finally {
                    exchange.close();
                }
            });
            server.createContext("/busy", exchange -> {
                try (InputStream in = exchange.getRequestBody()) {
                    busyBodies.add(exchange.getRequestHeaders().getFirst("Content-Type") + " " + in.readAllBytes().length);
                    exchange.getResponseHeaders().set("Retry-After", "7");
                    exchange.sendResponseHeaders(503, -1);
                } finally {
                    exchange.close();
                }
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        void stop() {
            server.stop(0);
        }
    }
}
