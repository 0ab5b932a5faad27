package io.restwell.booking.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.booking.domain.SecretBox;
import io.restwell.events.EventTypes;
import io.restwell.local.testing.RestwellInfrastructure;

/**
 * Webhooks against a real HTTP receiver on this machine: signatures checked independently (plain
 * javax.crypto, not the service's class), retries with backoff until the endpoint recovers,
 * disabling and redelivery, concurrent dispatchers, and a slow endpoint next to fast bookings.
 * The test profile shortens the schedule: 0.3 s doubling to 1 s; disabled after 6 failures over 1 s.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class WebhookDeliveryTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Inject
    WebhookDispatcher dispatcher;

    @Inject
    SecretsAtRest secretsAtRest;

    @Inject
    SecretBox secretBox;

    private final List<Receiver> receivers = new ArrayList<>();

    @AfterEach
    void stopReceivers() {
        receivers.forEach(Receiver::close);
        // the receivers are gone: keep the dispatcher from retrying them while other test classes run
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update webhook_endpoint set enabled = false where enabled").executeUpdate());
    }

    @Test
    void aDeliveryCarriesTheEventAndASignatureAnIndependentCheckVerifies() throws Exception {
        Receiver receiver = receiver(n -> 204);
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        JsonPath endpoint = register(key, receiver.url(), List.of());
        String secret = endpoint.getString("secret");
        assertTrue(secret.matches("whsec_[0-9A-Za-z]{32}"), secret);
        String stored = storedSecret(UUID.fromString(endpoint.getString("id")));
        assertTrue(SecretBox.isSealed(stored) && !stored.contains(secret.substring(6)), "stored sealed: " + stored);

        String bookingId = Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(10, "10:00"), 60))
                .then().statusCode(201).extract().path("id");
        await(() -> receiver.received().size() == 1, "the delivery");
        Receiver.Received delivery = receiver.received().get(0);

        String signature = delivery.header("Restwell-Signature");
        String t = signature.replaceAll("^t=(\\d+),v1=[0-9a-f]{64}$", "$1");
        String v1 = signature.substring(signature.indexOf("v1=") + 3);
        assertEquals(hmacSha256(secret, t + "." + delivery.body()), v1);
        assertNotEquals(hmacSha256(secret, t + "." + delivery.body().replace("BOOKED", "CANCELLED")), v1);
        assertNotEquals(hmacSha256(secret + "x", t + "." + delivery.body()), v1);
        assertTrue(Math.abs(Instant.now().getEpochSecond() - Long.parseLong(t)) < 60);

        UUID eventId = QuarkusTransaction.requiringNew().call(() -> (UUID) entityManager.createNativeQuery(
                "select id from outbox_event where subject = :booking and type = :type")
                .setParameter("booking", bookingId).setParameter("type", EventTypes.BOOKING_CREATED).getSingleResult());
        assertEquals(eventId.toString(), delivery.header("Restwell-Event-Id"));
        assertEquals(EventTypes.BOOKING_CREATED, delivery.header("Restwell-Event-Type"));
        assertEquals("1", delivery.header("Restwell-Delivery-Attempt"));
        assertTrue(delivery.header("Content-Type").startsWith("application/json"));
        JsonNode event = JSON.readTree(delivery.body());
        assertEquals("1.0", event.get("specversion").asText());
        assertEquals(eventId.toString(), event.get("id").asText());
        assertEquals(EventTypes.BOOKING_CREATED, event.get("type").asText());
        assertEquals(bookingId, event.get("subject").asText());
        assertEquals(bookingId, event.at("/data/bookingId").asText());
        assertEquals(practice.clinic().toString(), event.at("/data/clinicId").asText());
        assertEquals("BOOKED", event.at("/data/status").asText());
        // the person as the clinic knows them in the partner API, never the platform's user id
        assertTrue(event.at("/data/userId").isMissingNode(), delivery.body());
        assertEquals(Fixtures.partner(key).get("/api/v1/partner/bookings/" + bookingId).then().extract().path("customerId"),
                event.at("/data/customerId").asText());

        String deliveries = "/api/v1/partner/webhooks/" + endpoint.getString("id") + "/deliveries";
        await(() -> "SUCCEEDED".equals(Fixtures.partner(key).get(deliveries).then().extract().path("items[0].status")), "the log");
        Fixtures.partner(key).when().get(deliveries)
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(delivery.header("Restwell-Delivery-Id")))
                .body("items[0].eventId", equalTo(eventId.toString()))
                .body("items[0].attempts", equalTo(1))
                .body("items[0].lastStatusCode", equalTo(204));
        // the secret is shown once: never in a list or a read
        Fixtures.partner(key).when().get("/api/v1/partner/webhooks")
                .then().statusCode(200).body("[0]", not(hasKey("secret"))).body("[0].url", equalTo(receiver.url()));
        Fixtures.partner(key).when().get("/api/v1/partner/webhooks/" + endpoint.getString("id"))
                .then().statusCode(200).body("$", not(hasKey("secret")));
    }

    @Test
    void aPingIsASignedTestDeliveryToThatEndpointAloneWhateverTypesItWants() throws Exception {
        Receiver pinged = receiver(n -> 204);
        Receiver other = receiver(n -> 204);
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        JsonPath endpoint = register(key, pinged.url(), List.of(EventTypes.BOOKING_NO_SHOW));
        register(key, other.url(), List.of());
        String endpointId = endpoint.getString("id");

        String deliveryId = Fixtures.partner(key).when().post("/api/v1/partner/webhooks/" + endpointId + "/ping")
                .then().statusCode(202).body("endpointId", equalTo(endpointId))
                .body("eventType", equalTo(WebhookOutbox.PING)).body("status", equalTo("PENDING"))
                .body("bookingId", org.hamcrest.Matchers.nullValue()).extract().path("id");
        await(() -> pinged.received().size() == 1, "the ping");
        Receiver.Received ping = pinged.received().get(0);
        assertEquals(deliveryId, ping.header("Restwell-Delivery-Id"));
        assertEquals(WebhookOutbox.PING, ping.header("Restwell-Event-Type"));
        String signature = ping.header("Restwell-Signature");
        String t = signature.replaceAll("^t=(\\d+),v1=[0-9a-f]{64}$", "$1");
        assertEquals(hmacSha256(endpoint.getString("secret"), t + "." + ping.body()), signature.substring(signature.indexOf("v1=") + 3));
        JsonNode event = JSON.readTree(ping.body());
        assertEquals(WebhookOutbox.PING, event.get("type").asText());
        assertEquals(endpointId, event.get("subject").asText());
        assertEquals(endpointId, event.at("/data/endpointId").asText());
        assertEquals(practice.clinic().toString(), event.at("/data/clinicId").asText());
        assertEquals(ping.header("Restwell-Event-Id"), event.get("id").asText());
        String log = "/api/v1/partner/webhooks/" + endpointId + "/deliveries";
        await(() -> "SUCCEEDED".equals(Fixtures.partner(key).get(log).then().extract().path("items[0].status")), "the log");
        sleep(300);
        assertEquals(0, other.received().size(), "the clinic's other endpoint is not pinged");

        // another clinic's endpoint is not there for this key; an admin may ping any clinic's
        String otherKey = Fixtures.apiKey(Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE").clinic());
        Fixtures.partner(otherKey).when().post("/api/v1/partner/webhooks/" + endpointId + "/ping").then().statusCode(404);
        given().auth().oauth2(Fixtures.ADMIN).when()
                .post("/api/v1/admin/clinics/" + practice.clinic() + "/webhooks/" + endpointId + "/ping").then().statusCode(202);
        await(() -> pinged.received().size() == 2, "the admin's ping");
    }

    @Test
    void aFailingEndpointIsRetriedWithGrowingPausesUntilItRecoversUnderOneEventId() {
        Receiver receiver = receiver(n -> n <= 3 ? 503 : 200);
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String key = Fixtures.apiKey(practice.clinic());
        String endpointId = register(key, receiver.url(), List.of(EventTypes.BOOKING_CREATED)).getString("id");
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "10:00"), 60))
                .then().statusCode(201);

        await(() -> receiver.received().size() == 4, "four attempts");
        List<Receiver.Received> attempts = receiver.received();
        assertEquals(1, attempts.stream().map(attempt -> attempt.header("Restwell-Event-Id")).distinct().count());
        assertEquals(1, attempts.stream().map(attempt -> attempt.header("Restwell-Delivery-Id")).distinct().count());
        assertEquals(List.of("1", "2", "3", "4"), attempts.stream().map(attempt -> attempt.header("Restwell-Delivery-Attempt")).toList());
        List<Long> pauses = new ArrayList<>();
        for (int i = 1; i < attempts.size(); i++) {
            pauses.add(attempts.get(i).receivedAtMillis() - attempts.get(i - 1).receivedAtMillis());
        }
        System.out.println("[webhooks] pauses between attempts against a failing endpoint (ms): " + pauses);
        // 0.3 s, 0.6 s, then the 1 s cap (plus up to 10 % jitter and the 0.2 s poll)
        assertTrue(pauses.get(0) >= 280 && pauses.get(1) >= 580 && pauses.get(2) >= 980, pauses.toString());
        assertTrue(pauses.get(1) > pauses.get(0), pauses.toString());

        String deliveries = "/api/v1/partner/webhooks/" + endpointId + "/deliveries";
        await(() -> "SUCCEEDED".equals(Fixtures.partner(key).get(deliveries).then().extract().path("items[0].status")), "success");
        Fixtures.partner(key).queryParam("status", "succeeded").when().get(deliveries)
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].attempts", equalTo(4))
                .body("items[0].lastStatusCode", equalTo(200));
        Fixtures.partner(key).when().get("/api/v1/partner/webhooks/" + endpointId)
                .then().body("consecutiveFailures", equalTo(0)).body("enabled", equalTo(true));
        Fixtures.partner(key).queryParam("status", "LOST").when().get(deliveries)
                .then().statusCode(400).body("errors[0].field", equalTo("status"));
    }

    @Test
    void anEndpointThatKeepsFailingIsDisabledAndResumesWhenEnabledAgain() {
        Receiver receiver = receiver(n -> 500);
        Practice practice = Fixtures.practice("Europe/London", 10, "SWEDISH");
        String key = Fixtures.apiKey(practice.clinic());
        String endpointId = register(key, receiver.url(), List.of()).getString("id");
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "10:00"), 60)).then().statusCode(201);

        String endpointPath = "/api/v1/partner/webhooks/" + endpointId;
        await(() -> Boolean.FALSE.equals(Fixtures.partner(key).get(endpointPath).then().extract().path("enabled")), "disabling");
        Fixtures.partner(key).when().get(endpointPath).then()
                .body("disabledReason", containsString("failed attempts in a row"));
        int attemptsWhenDisabled = receiver.received().size();
        assertTrue(attemptsWhenDisabled >= 6, "attempts: " + attemptsWhenDisabled);

        // while disabled: no new deliveries are queued, the pending one waits, and redelivery is refused
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "14:00"), 60)).then().statusCode(201);
        String deliveryId = Fixtures.partner(key).when().get(endpointPath + "/deliveries")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].status", equalTo("PENDING"))
                .extract().path("items[0].id");
        Fixtures.partner(key).when().post(endpointPath + "/deliveries/" + deliveryId + "/redeliver").then().statusCode(409);
        sleep(1500);
        assertEquals(attemptsWhenDisabled, receiver.received().size(), "nothing is sent to a disabled endpoint");

        receiver.answer(n -> 200);
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "enabled", true))
                .when().put(endpointPath).then().statusCode(200).body("enabled", equalTo(true))
                .body("consecutiveFailures", equalTo(0));
        await(() -> "SUCCEEDED".equals(Fixtures.partner(key).get(endpointPath + "/deliveries").then().extract().path("items[0].status")),
                "the waiting delivery");
        int afterRecovery = receiver.received().size();

        // a redelivery sends the same event again, for a receiver that lost it
        Fixtures.partner(key).when().post(endpointPath + "/deliveries/" + deliveryId + "/redeliver")
                .then().statusCode(202).body("status", equalTo("PENDING"));
        await(() -> receiver.received().size() == afterRecovery + 1, "the redelivery");
        Receiver.Received again = receiver.received().get(afterRecovery);
        assertEquals(deliveryId, again.header("Restwell-Delivery-Id"));
        assertEquals(receiver.received().get(0).header("Restwell-Event-Id"), again.header("Restwell-Event-Id"));
        Fixtures.partner(key).when().post(endpointPath + "/deliveries/" + UUID.randomUUID() + "/redeliver").then().statusCode(404);
    }

    @Test
    void dispatchersRacingForTheSameDeliveriesSendEachExactlyOnce() throws Exception {
        Receiver receiver = receiver(n -> 200);
        UUID clinic = Fixtures.clinic("Europe/Berlin");
        String key = Fixtures.apiKey(clinic);
        UUID endpointId = UUID.fromString(register(key, receiver.url(), List.of()).getString("id"));
        int total = 200;
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "insert into webhook_delivery (id, endpoint_id, event_id, event_type, body, status, attempts, next_attempt_at,"
                        + " retry_until, created_at)"
                        + " select gen_random_uuid(), :endpoint, gen_random_uuid(), 'restwell.booking.created.v1',"
                        + " '{\"n\": ' || n || '}', 'PENDING', 0, now(), now() + interval '1 day', now()"
                        + " from generate_series(1, :total) n")
                .setParameter("endpoint", endpointId).setParameter("total", total).executeUpdate());

        // four "instances" claim in small batches, racing each other and the service's own dispatcher
        ExecutorService instances = Executors.newFixedThreadPool(4);
        List<Future<Integer>> sent = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            sent.add(instances.submit((Callable<Integer>) () -> {
                int mine = 0;
                for (int claimed; (claimed = dispatcher.dispatchDue(3)) > 0 || mine == 0 && receiver.received().isEmpty(); ) {
                    mine += claimed;
                }
                return mine;
            }));
        }
        int byTheRacers = 0;
        for (Future<Integer> future : sent) {
            byTheRacers += future.get();
        }
        instances.shutdown();
        await(() -> receiver.received().size() >= total && pending(endpointId) == 0, "every delivery");
        sleep(500);
        List<String> deliveryIds = receiver.received().stream().map(r -> r.header("Restwell-Delivery-Id")).toList();
        System.out.println("[webhooks] " + total + " deliveries, " + byTheRacers + " sent by four racing dispatchers, the rest by the service's own");
        assertEquals(total, deliveryIds.size(), "each delivery sent once");
        assertEquals(total, deliveryIds.stream().distinct().count(), "no delivery id twice");
        assertEquals(total, receiver.received().stream().map(r -> r.header("Restwell-Event-Id")).distinct().count());
        assertTrue(byTheRacers > 0);
        Number attempts = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "select sum(attempts) from webhook_delivery where endpoint_id = :endpoint").setParameter("endpoint", endpointId)
                .getSingleResult());
        assertEquals(total, attempts.intValue());
    }

    @Test
    void aSlowEndpointNeverSlowsBookings() {
        Receiver receiver = receiver(n -> 200);
        receiver.pause(3000); // longer than the test profile's 2 s request timeout
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String key = Fixtures.apiKey(practice.clinic());
        String endpointId = register(key, receiver.url(), List.of()).getString("id");
        List<Long> millis = new ArrayList<>();
        for (String time : List.of("09:00", "10:30", "12:00", "13:30", "15:00", "16:30")) {
            String token = Fixtures.user(); // a new person each time: one person books one slot per clinic and day
            long started = System.nanoTime();
            Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, time), 60)).then().statusCode(201);
            millis.add(Duration.ofNanos(System.nanoTime() - started).toMillis());
        }
        System.out.println("[webhooks] booking latency with a webhook endpoint that takes 3 s to answer (ms): " + millis);
        assertTrue(millis.stream().skip(1).allMatch(ms -> ms < 1500), millis.toString()); // sending inline would take the 2 s timeout each
        await(() -> receiver.received().size() >= 6, "the slow deliveries to start");
        await(() -> {
            String error = Fixtures.partner(key).queryParam("size", 100).get("/api/v1/partner/webhooks/" + endpointId + "/deliveries")
                    .then().extract().path("items.find { it.lastError != null }.lastError");
            return error != null && error.contains("timed out");
        }, "a timed-out attempt in the log");
    }

    @Test
    void endpointsMustBeSafeUrlsAndBelongToTheirClinic() {
        UUID clinic = Fixtures.clinic("Europe/Berlin");
        String key = Fixtures.apiKey(clinic);
        String other = Fixtures.apiKey(Fixtures.clinic("Europe/Berlin"));
        for (String url : List.of("ftp://clinic.example/hook", "https://10.0.0.7/hook", "https://169.254.169.254/latest",
                "https://user:secret@clinic.example/hook", "not a url")) {
            Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("url", url))
                    .when().post("/api/v1/partner/webhooks")
                    .then().statusCode(422).contentType("application/problem+json").body("errors[0].field", equalTo("url"));
        }
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("url", "https://clinic.example/" + "a".repeat(2000)))
                .when().post("/api/v1/partner/webhooks").then().statusCode(400).body("errors[0].field", equalTo("url"));
        Fixtures.partner(key).contentType(ContentType.JSON)
                .body(Map.of("url", "https://clinic.example/hook", "eventTypes", List.of(EventTypes.BOOKING_CREATED, "booking.exploded")))
                .when().post("/api/v1/partner/webhooks").then().statusCode(422).body("errors[0].field", equalTo("eventTypes[1]"));
        Fixtures.partner(key).contentType(ContentType.JSON).body("{\"url\": 42, ")
                .when().post("/api/v1/partner/webhooks").then().statusCode(400).contentType("application/problem+json");

        String id = Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("url", "https://clinic.example/hook"))
                .when().post("/api/v1/partner/webhooks")
                .then().statusCode(201).header("Cache-Control", "no-store")
                .body("eventTypes.size()", equalTo(5)).body("enabled", equalTo(true))
                .extract().path("id");
        for (String path : List.of("", "/deliveries")) {
            Fixtures.partner(other).when().get("/api/v1/partner/webhooks/" + id + path).then().statusCode(404);
        }
        Fixtures.partner(other).contentType(ContentType.JSON).body(Map.of("url", "https://evil.example/hook"))
                .when().put("/api/v1/partner/webhooks/" + id).then().statusCode(404);
        Fixtures.partner(other).when().delete("/api/v1/partner/webhooks/" + id).then().statusCode(404);
        Fixtures.partner(other).when().get("/api/v1/partner/webhooks").then().statusCode(200).body("size()", equalTo(0));
        // admins see and manage every clinic's endpoints with a token; a person's token gets nowhere
        given().auth().oauth2(Fixtures.ADMIN).when().get("/api/v1/admin/clinics/" + clinic + "/webhooks")
                .then().statusCode(200).body("size()", equalTo(1)).body("[0].id", equalTo(id));
        given().auth().oauth2(Fixtures.user()).when().get("/api/v1/admin/clinics/" + clinic + "/webhooks").then().statusCode(403);
        given().auth().oauth2(Fixtures.ADMIN).when().get("/api/v1/partner/webhooks").then().statusCode(401);
        Fixtures.partner(key).when().delete("/api/v1/partner/webhooks/" + id).then().statusCode(204);
        Fixtures.partner(key).when().get("/api/v1/partner/webhooks/" + id).then().statusCode(404);
    }

    @Test
    void aNameThatResolvesInsideThePlatformIsNeverSentTo() throws Exception {
        // The machine's own name passes the URL check (not an IP literal, not "localhost") but resolves here.
        String host = java.net.InetAddress.getLocalHost().getHostName();
        java.net.InetAddress resolved = java.net.InetAddress.getByName(host);
        assertTrue(resolved.isLoopbackAddress() || resolved.isSiteLocalAddress() || resolved.isLinkLocalAddress(),
                "this test needs the machine's name to resolve to a loopback or private address, as /etc/hosts has it: "
                        + host + " → " + resolved);
        // Listens where the name points and counts the connections that arrive (TLS or not).
        java.util.concurrent.atomic.AtomicInteger connections = new java.util.concurrent.atomic.AtomicInteger();
        java.net.ServerSocket listener = new java.net.ServerSocket(0, 50, resolved);
        Thread acceptor = new Thread(() -> {
            while (!listener.isClosed()) {
                try (java.net.Socket ignored = listener.accept()) {
                    connections.incrementAndGet();
                } catch (java.io.IOException closed) {
                    return;
                }
            }
        });
        acceptor.setDaemon(true);
        acceptor.start();
        String url = "https://" + host + ":" + listener.getLocalPort() + "/hook";
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        JsonPath endpoint = register(key, url, List.of(EventTypes.BOOKING_CREATED));

        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(10, "10:00"), 60))
                .then().statusCode(201);
        String deliveries = "/api/v1/partner/webhooks/" + endpoint.getString("id") + "/deliveries";
        await(() -> Fixtures.partner(key).get(deliveries).then().extract().path("items[0].lastError") != null, "an attempt");
        Fixtures.partner(key).when().get(deliveries).then().statusCode(200)
                .body("items[0].lastError", equalTo("not sent: " + io.restwell.platform.defaults.outbound.OutboundUrlPolicy.DESTINATION_NOT_ALLOWED))
                .body("items[0].lastError", not(containsString(resolved.getHostAddress())))
                .body("items[0].lastStatusCode", nullValue());
        // nor does the admins' log tell where the name resolves: only the operators' log does
        given().auth().oauth2(Fixtures.ADMIN).when().get("/api/v1/admin/clinics/" + practice.clinic() + "/webhooks/"
                        + endpoint.getString("id") + "/deliveries")
                .then().statusCode(200).body("items[0].lastError", not(containsString(resolved.getHostAddress())));
        assertEquals(0, connections.get(), "a connection reached " + url);
        listener.close();
    }

    @Test
    void ipv6FormsOfInternalAddressesAreRefusedAtRegistration() {
        String key = Fixtures.apiKey(Fixtures.clinic("Europe/Berlin"));
        for (String url : List.of("https://[::127.0.0.1]/", "https://[64:ff9b::a9fe:a9fe]/", "https://[::ffff:169.254.169.254]/",
                "https://[2002:a9fe:a9fe::1]/", "https://[2001:0:4136:e378:8000:63bf:80ff:fffe]/", "https://[fd00:ec2::254]/",
                "https://[fe80::1]/", "https://[ff02::1]/", "https://[::]/", "https://2130706433/")) {
            Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("url", url))
                    .when().post("/api/v1/partner/webhooks")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                    .body("errors[0].field", equalTo("url"));
        }
        Fixtures.partner(key).when().get("/api/v1/partner/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aDeactivatedClinicLosesItsKeysAndWebhooksAtOnceAndGetsThemBackWhenReactivated() {
        java.util.concurrent.atomic.AtomicBoolean up = new java.util.concurrent.atomic.AtomicBoolean();
        Receiver receiver = receiver(n -> up.get() ? 204 : 503);
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        String endpointId = register(key, receiver.url(), List.of(EventTypes.BOOKING_CREATED, EventTypes.BOOKING_CANCELLED))
                .getString("id");
        String token = Fixtures.user();
        String bookingId = Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(10, "10:00"), 60))
                .then().statusCode(201).extract().path("id");
        await(() -> !receiver.received().isEmpty(), "a first (failing) attempt");
        String adminLog = "/api/v1/admin/clinics/" + practice.clinic() + "/webhooks/" + endpointId + "/deliveries";
        given().auth().oauth2(Fixtures.ADMIN).get(adminLog).then().statusCode(200).body("items[0].status", equalTo("PENDING"));

        setActive(practice.clinic(), false);

        // the key answers exactly like an unknown one: nothing says the clinic exists
        JsonPath refused = Fixtures.partner(key).when().get("/api/v1/partner/clinic")
                .then().statusCode(401).contentType("application/problem+json").extract().jsonPath();
        JsonPath unknown = Fixtures.partner("rw_test_" + "A".repeat(40)).when().get("/api/v1/partner/clinic")
                .then().statusCode(401).extract().jsonPath();
        for (String member : List.of("type", "title", "status", "detail")) {
            assertEquals(unknown.getString(member), refused.getString(member), member);
        }
        Fixtures.partner(key).when().get("/api/v1/partner/bookings").then().statusCode(401);
        // its pending delivery ended unsent, with the reason in the admins' log
        given().auth().oauth2(Fixtures.ADMIN).get(adminLog).then().statusCode(200)
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].lastError", equalTo(io.restwell.booking.WebhookDelivery.CLINIC_DEACTIVATED));
        up.set(true);
        int attempts = receiver.received().size();
        // a change of its booking while it is inactive queues nothing
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "moving away"))
                .when().post("/api/v1/bookings/" + bookingId + "/cancel").then().statusCode(200);
        sleep(1500); // several polls of the test profile's 0.2 s
        assertEquals(attempts, receiver.received().size(), "nothing reached the deactivated clinic's endpoint");
        given().auth().oauth2(Fixtures.ADMIN).get(adminLog).then().statusCode(200).body("total", equalTo(1));

        setActive(practice.clinic(), true);

        Fixtures.partner(key).when().get("/api/v1/partner/clinic").then().statusCode(200)
                .body("id", equalTo(practice.clinic().toString()));
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(11, "10:00"), 60))
                .then().statusCode(201);
        await(() -> receiver.received().stream().anyMatch(delivery -> delivery.body().contains(EventTypes.BOOKING_CREATED)
                && receiver.received().indexOf(delivery) >= attempts), "a delivery after reactivation");
        await(() -> "SUCCEEDED".equals(given().auth().oauth2(Fixtures.ADMIN).get(adminLog).then().extract()
                .path("items[0].status")), "the new delivery to succeed");
    }

    @Test
    void aRotatedSecretSignsAlongsideThePreviousOneUntilTheOverlapEnds() throws Exception {
        Receiver receiver = receiver(n -> 204);
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        JsonPath endpoint = register(key, receiver.url(), List.of(EventTypes.BOOKING_CREATED));
        String previous = endpoint.getString("secret");
        String rotate = "/api/v1/partner/webhooks/" + endpoint.getString("id") + "/secret";
        Fixtures.partner(Fixtures.apiKey(Fixtures.clinic("Europe/Berlin"))).when().post(rotate).then().statusCode(404);
        JsonPath rotated = Fixtures.partner(key).when().post(rotate).then().statusCode(200)
                .header("Cache-Control", "no-store").extract().jsonPath();
        String current = rotated.getString("secret");
        assertTrue(current.matches("whsec_[0-9A-Za-z]{32}") && !current.equals(previous), current);
        assertTrue(Instant.parse(rotated.getString("previousSecretValidUntil")).isAfter(Instant.now()));

        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(10, "10:00"), 60))
                .then().statusCode(201);
        await(() -> receiver.received().size() == 1, "the delivery during the overlap");
        assertEquals(List.of(true, true), signedWith(receiver.received().get(0), current, previous));

        sleep(4_500); // the test profile's overlap is 4 s
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(10, "14:00"), 60))
                .then().statusCode(201);
        await(() -> receiver.received().size() == 2, "the delivery after the overlap");
        assertEquals(List.of(true, false), signedWith(receiver.received().get(1), current, previous));
    }

    @Test
    void secretsStoredInPlainTextBeforeSealingAreSealedAndStillSign() throws Exception {
        String key = Fixtures.apiKey(Fixtures.clinic("Europe/Berlin"));
        JsonPath endpoint = register(key, "https://clinic.example/hook", List.of());
        UUID id = UUID.fromString(endpoint.getString("id"));
        String secret = endpoint.getString("secret");
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update webhook_endpoint set secret = :plain where id = :id")
                .setParameter("plain", secret).setParameter("id", id).executeUpdate());

        assertTrue(secretsAtRest.sealPlainText() >= 1);
        String stored = storedSecret(id);
        assertTrue(SecretBox.isSealed(stored), stored);
        assertEquals(secret, secretBox.open(stored, id.toString()));
        assertEquals(0, secretsAtRest.sealPlainText(), "a second run finds nothing left to seal");
    }

    // --- helpers

    private Receiver receiver(java.util.function.IntUnaryOperator status) {
        try {
            Receiver receiver = new Receiver(status);
            receivers.add(receiver);
            return receiver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static JsonPath register(String key, String url, List<String> eventTypes) {
        return Fixtures.partner(key).contentType(ContentType.JSON)
                .body(eventTypes.isEmpty() ? Map.of("url", url) : Map.of("url", url, "eventTypes", eventTypes))
                .when().post("/api/v1/partner/webhooks")
                .then().statusCode(201).extract().jsonPath();
    }

    private static void setActive(UUID clinicId, boolean active) {
        Map<String, Object> clinic = new java.util.HashMap<>(given().auth().oauth2(Fixtures.ADMIN)
                .get("/api/v1/clinics/" + clinicId).then().statusCode(200).extract().jsonPath().getMap(""));
        clinic.remove("id");
        clinic.put("active", active);
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(clinic)
                .when().put("/api/v1/clinics/" + clinicId).then().statusCode(200).body("active", equalTo(active));
    }

    private String storedSecret(UUID endpointId) {
        return QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select secret from webhook_endpoint where id = :id").setParameter("id", endpointId).getSingleResult());
    }

    private long pending(UUID endpointId) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from webhook_delivery where endpoint_id = :endpoint and status = 'PENDING'")
                .setParameter("endpoint", endpointId).getSingleResult()).longValue());
    }

    /** For each secret, whether one of the delivery's v1 signatures is its HMAC of "t.body". */
    private static List<Boolean> signedWith(Receiver.Received delivery, String... secrets) throws Exception {
        String header = delivery.header("Restwell-Signature");
        String t = header.replaceAll("^t=(\\d+),.*$", "$1");
        List<String> v1 = java.util.Arrays.stream(header.split(",")).filter(part -> part.startsWith("v1="))
                .map(part -> part.substring(3)).toList();
        List<Boolean> signed = new ArrayList<>();
        for (String secret : secrets) {
            signed.add(v1.contains(hmacSha256(secret, t + "." + delivery.body())));
        }
        return signed;
    }

    /** What a receiver computes, written here with javax.crypto alone (not the service's WebhookSignature). */
    private static String hmacSha256(String secret, String message) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertFalse(System.nanoTime() > deadline, "waited 30 s for " + what);
            sleep(50);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
