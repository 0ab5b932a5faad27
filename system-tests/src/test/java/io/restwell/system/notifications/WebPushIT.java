package io.restwell.system.notifications;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.AlgorithmParameters;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.ECParameterSpec;
import java.security.spec.ECPoint;
import java.security.spec.ECPublicKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.google.crypto.tink.apps.webpush.WebPushHybridDecrypt;
import com.sun.net.httpserver.HttpServer;

import groovy.json.JsonOutput;
import io.restassured.path.json.JsonPath;
import io.restwell.system.SharedPlatform;

/**
 * Web Push on the packaged platform: a person subscribes through the gateway with their token, a clinic
 * cancels their session through the partner API, and the push reaches a push endpoint this test runs, where
 * Google Tink decrypts it and jose4j verifies its VAPID JWT against the key the gateway published. The local
 * profile lets endpoints on this machine through (plain http; the prod profile refuses that setting), so the
 * endpoint needs no certificate here; recommendation-service's WebPushTests covers HTTPS.
 */
@ExtendWith(SharedPlatform.class)
class WebPushIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private HttpServer endpoint;
    private final BlockingQueue<Received> pushes = new LinkedBlockingQueue<>();

    record Received(Instant at, String authorization, String encoding, byte[] body) {
    }

    @BeforeEach
    void startPushEndpoint() throws IOException {
        endpoint = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        endpoint.createContext("/push/", exchange -> {
            try (exchange) {
                byte[] body = exchange.getRequestBody().readAllBytes();
                pushes.add(new Received(Instant.now(), exchange.getRequestHeaders().getFirst("Authorization"),
                        exchange.getRequestHeaders().getFirst("Content-Encoding"), body));
                exchange.sendResponseHeaders(201, -1);
            }
        });
        endpoint.start();
    }

    @AfterEach
    void stopPushEndpoint() {
        endpoint.stop(0);
    }

    @Test
    void aClinicsCancellationIsPushedToTheSubscribedBrowserEncryptedAndSigned() throws Exception {
        String user = "push-it-" + UUID.randomUUID();
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair browser = generator.generateKeyPair();
        byte[] point = point((ECPublicKey) browser.getPublic());
        byte[] auth = new byte[16];
        new SecureRandom().nextBytes(auth);
        String vapidKey = NotificationStreamIT.as(user).get("/api/v1/me/vapid-public-key").then().statusCode(200).extract().path("publicKey");

        String endpointUrl = "http://127.0.0.1:" + endpoint.getAddress().getPort() + "/push/" + UUID.randomUUID();
        // as a browser's PushSubscription.toJSON() gives it
        NotificationStreamIT.as(user).body("{\"endpoint\":\"" + endpointUrl + "\",\"expirationTime\":null,\"keys\":{\"p256dh\":\""
                + b64(point) + "\",\"auth\":\"" + b64(auth) + "\"}}")
                .post("/api/v1/me/push-subscriptions").then().statusCode(201);
        NotificationStreamIT.as(user).body(JsonOutput.toJson(Map.of("endpoint", "http://push.example.com/x",
                "keys", Map.of("p256dh", b64(point), "auth", b64(auth)))))
                .post("/api/v1/me/push-subscriptions").then().statusCode(400);

        Map<String, Object> booked = NotificationStreamIT.book(user);
        String bookingId = (String) booked.get("id");
        WebPushHybridDecrypt tink = new WebPushHybridDecrypt.Builder().withAuthSecret(auth).withRecipientPublicKey(point)
                .withRecipientPrivateKey((ECPrivateKey) browser.getPrivate()).build();
        assertEquals("BOOKING_CONFIRMED", message(tink, next()).getString("kind"));

        String key = NotificationStreamIT.partnerKey((String) booked.get("clinicId"));
        Instant cancelled = Instant.now();
        given().baseUri(NotificationStreamIT.gateway()).header("X-Api-Key", key).contentType("application/json")
                .body("{\"reason\":\"Your therapist is ill; we are sorry.\"}")
                .post("/api/v1/partner/bookings/" + bookingId + "/cancel").then().statusCode(200);
        Received push = next();
        System.out.printf("WebPushIT: clinic's cancellation to push received: %d ms%n", Duration.between(cancelled, push.at()).toMillis());

        assertEquals("aes128gcm", push.encoding());
        JsonPath message = message(tink, push);
        assertEquals("BOOKING_CANCELLED", message.getString("kind"));
        assertTrue(message.getString("body").contains("Reason: Your therapist is ill"), message.getString("body"));
        String newest = NotificationStreamIT.as(user).get("/api/v1/me/notifications").then().statusCode(200).extract().path("items[0].id");
        assertEquals(newest, message.getString("id"), "the push names the inbox's notification");

        Matcher vapid = Pattern.compile("vapid t=([^,]+), k=(.+)").matcher(push.authorization());
        assertTrue(vapid.matches(), push.authorization());
        assertEquals(vapidKey, vapid.group(2), "signed with the key the gateway published");
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(vapid.group(1));
        jws.setKey(publicKey(Base64.getUrlDecoder().decode(vapidKey)));
        assertTrue(jws.verifySignature());
        JwtClaims claims = JwtClaims.parse(jws.getPayload());
        assertEquals("http://127.0.0.1:" + endpoint.getAddress().getPort(), claims.getAudience().get(0));
        assertTrue(claims.getExpirationTime().getValue() <= Instant.now().plus(Duration.ofHours(24)).getEpochSecond());
    }

    private Received next() throws InterruptedException {
        Received push = pushes.poll(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        assertTrue(push != null, "no push within " + PATIENCE);
        return push;
    }

    private static JsonPath message(WebPushHybridDecrypt tink, Received push) throws Exception {
        return JsonPath.from(new String(tink.decrypt(push.body(), null), StandardCharsets.UTF_8));
    }

    private static byte[] point(ECPublicKey key) {
        byte[] point = new byte[65];
        point[0] = 4;
        copy(key.getW().getAffineX(), point, 1);
        copy(key.getW().getAffineY(), point, 33);
        return point;
    }

    private static void copy(BigInteger value, byte[] into, int offset) {
        byte[] bytes = value.toByteArray();
        int length = Math.min(bytes.length, 32);
        System.arraycopy(bytes, bytes.length - length, into, offset + 32 - length, length);
    }

    private static PublicKey publicKey(byte[] point) throws Exception {
        AlgorithmParameters parameters = AlgorithmParameters.getInstance("EC");
        parameters.init(new ECGenParameterSpec("secp256r1"));
        ECPoint w = new ECPoint(new BigInteger(1, Arrays.copyOfRange(point, 1, 33)), new BigInteger(1, Arrays.copyOfRange(point, 33, 65)));
        return KeyFactory.getInstance("EC").generatePublic(new ECPublicKeySpec(w, parameters.getParameterSpec(ECParameterSpec.class)));
    }

    private static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
