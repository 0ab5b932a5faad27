package io.restwell.system.partners;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.sun.net.httpserver.HttpServer;

import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;
import io.restwell.system.contract.ContractCheck;

/**
 * What a clinic's receiver gets is what the published document's {@code webhooks} section promises: real deliveries
 * (a ping, a booking made, a booking the clinic cancelled) to a real HTTP server, judged by the same independent
 * validator as every answer, and signed as the document says.
 */
@ExtendWith(SharedPlatform.class)
class WebhookContractIT {

    private static final String ADMIN = DevTokens.issue("webhook-ops-" + UUID.randomUUID(), List.of("admin"));
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    record Delivery(Map<String, List<String>> headers, String body) {
        String header(String name) {
            return headers.entrySet().stream().filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> entry.getValue().get(0)).findFirst().orElse(null);
        }
    }

    private HttpServer receiver;
    private final List<Delivery> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void listen() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 10);
        receiver.createContext("/hook", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                received.add(new Delivery(Map.copyOf(exchange.getRequestHeaders()), new String(in.readAllBytes(), StandardCharsets.UTF_8)));
                exchange.sendResponseHeaders(204, -1);
            } finally {
                exchange.close();
            }
        });
        receiver.start();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    @Test
    void aPingABookingAndAClinicsCancellationArriveAsTheDocumentsWebhooksDescribeThem() throws Exception {
        String clinic = admin().body(Map.of("name", "Webhook clinic " + UUID.randomUUID(), "timeZone", "Europe/Berlin",
                        "address", Map.of("street", "Teststraße 1", "postalCode", "10115", "city", "Berlin", "country", "DE"),
                        "contact", Map.of("email", "front-desk@example.com")))
                .post("/api/v1/clinics").then().statusCode(201).extract().path("id");
        String therapist = admin().body(Map.of("name", "Webhook therapist", "qualifications", List.of("DEEP_TISSUE")))
                .post("/api/v1/clinics/" + clinic + "/therapists").then().statusCode(201).extract().path("id");
        admin().body(Map.of("bufferMinutes", 0, "weeklyHours", java.util.Arrays.stream(java.time.DayOfWeek.values())
                        .map(day -> Map.of("day", day.name(), "start", "08:00", "end", "20:00")).toList()))
                .put("/api/v1/clinics/" + clinic + "/therapists/" + therapist + "/schedule").then().statusCode(200);
        String key = admin().body(Map.of("label", "webhooks " + UUID.randomUUID()))
                .post("/api/v1/admin/clinics/" + clinic + "/api-keys").then().statusCode(201).extract().path("key");
        JsonPath endpoint = partner(key).body(Map.of("url", "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook"))
                .post("/api/v1/partner/webhooks").then().statusCode(201).extract().jsonPath();
        String secret = endpoint.getString("secret");

        partner(key).post("/api/v1/partner/webhooks/" + endpoint.getString("id") + "/ping").then().statusCode(202);
        Delivery ping = awaitDelivery(1);
        assertEquals(List.of(), ContractCheck.webhookViolations(SharedPlatform.stack().gateway(), "ping", ping.headers(), ping.body()));
        assertSigned(secret, ping);

        String start = LocalDate.now(BERLIN).plusDays(3).atTime(10, 0).atZone(BERLIN).toOffsetDateTime().toString();
        String person = SharedPlatform.token("webhook-person-" + UUID.randomUUID());
        String booking = given().baseUri(gateway()).auth().oauth2(person).contentType("application/json")
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("therapistId", therapist, "sessionType", "DEEP_TISSUE", "start", start, "durationMinutes", 60))
                .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
        Delivery created = awaitDelivery(2);
        assertEquals(List.of(), ContractCheck.webhookViolations(SharedPlatform.stack().gateway(), "bookingEvent", created.headers(), created.body()));
        assertEquals(booking, JsonPath.from(created.body()).getString("data.bookingId"));
        assertSigned(secret, created);

        partner(key).body(Map.of("reason", "Your therapist is ill; we are sorry."))
                .post("/api/v1/partner/bookings/" + booking + "/cancel").then().statusCode(200);
        Delivery cancelled = awaitDelivery(3);
        assertEquals(List.of(), ContractCheck.webhookViolations(SharedPlatform.stack().gateway(), "bookingEvent", cancelled.headers(), cancelled.body()));
        assertEquals("restwell.booking.cancelled.v1", JsonPath.from(cancelled.body()).getString("type"));
        assertEquals("Your therapist is ill; we are sorry.", JsonPath.from(cancelled.body()).getString("data.reason"));

        // the check is not blind: the same delivery without its booking id, or unsigned, is refused
        String withoutId = cancelled.body().replaceFirst("\"bookingId\":\"[^\"]+\",", "");
        assertFalse(ContractCheck.webhookViolations(SharedPlatform.stack().gateway(), "bookingEvent", cancelled.headers(), withoutId).isEmpty());
        Map<String, List<String>> unsigned = new java.util.HashMap<>(cancelled.headers());
        unsigned.keySet().removeIf(name -> name.equalsIgnoreCase("Restwell-Signature"));
        assertFalse(ContractCheck.webhookViolations(SharedPlatform.stack().gateway(), "bookingEvent", unsigned, cancelled.body()).isEmpty());
    }

    private Delivery awaitDelivery(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (received.size() < count) {
            assertFalse(System.nanoTime() > deadline, "waited 60 s for delivery " + count + "; got " + received.size());
            Thread.sleep(100);
        }
        return received.get(count - 1);
    }

    /** The signature as a receiver checks it (javax.crypto alone): HMAC-SHA256 of "t.body" with the secret. */
    private static void assertSigned(String secret, Delivery delivery) throws Exception {
        String header = delivery.header("Restwell-Signature");
        String t = header.replaceAll("^t=(\\d+),.*$", "$1");
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String expected = HexFormat.of().formatHex(mac.doFinal((t + "." + delivery.body()).getBytes(StandardCharsets.UTF_8)));
        assertEquals("t=" + t + ",v1=" + expected, header);
    }

    private static RequestSpecification admin() {
        return given().baseUri(gateway()).auth().oauth2(ADMIN).contentType("application/json");
    }

    private static RequestSpecification partner(String key) {
        return given().baseUri(gateway()).header("X-Api-Key", key).contentType("application/json");
    }

    private static String gateway() {
        return SharedPlatform.stack().gateway().toString();
    }
}
