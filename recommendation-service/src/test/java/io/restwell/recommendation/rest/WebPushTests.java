package io.restwell.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.interfaces.ECPrivateKey;
import java.security.interfaces.ECPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.crypto.tink.apps.webpush.WebPushHybridDecrypt;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.events.EventTypes;
import io.restwell.events.Topics;
import io.restwell.events.booking.BookingEvent;
import io.restwell.events.journal.UserDataErasedEvent;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.JournalEventsFixture;
import io.restwell.recommendation.JournalNight;
import io.restwell.recommendation.BookingStub;
import io.restwell.recommendation.PushEndpoint;
import io.restwell.recommendation.domain.Notice;
import io.restwell.recommendation.domain.RedFlag;
import io.restwell.recommendation.domain.SuggestionNote;
import io.restwell.recommendation.push.PushDispatcher;
import io.restwell.recommendation.service.Inbox;

/**
 * Web Push end to end inside the service: subscriptions over the API, notifications from the real Kafka topics,
 * rows in the real PostgreSQL, pushes over HTTPS to the test's own push service (PushEndpoint), decrypted by
 * Google Tink and their VAPID JWT verified by jose4j: neither is our code.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
@WithTestResource(BookingStub.class) // not used here: the same resources as the booking tests share one Quarkus start
@WithTestResource(PushEndpoint.class)
class WebPushTests {

    private static final String VAPID_PUBLIC = "BHHG_5_7sut2_vUuizM6f5XLZMbA1PONWkl-uyJURYZBWWQh-p2Zn6y7pd9c0I0GQ3nI9ggWRXb4A8okIYPXHWI";
    /** RFC 8291 Appendix A's browser key and secret: well-formed keys for API tests that push nothing. */
    private static final String P256DH = "BCVxsr7N_eNgVRqvHtD0zTZsEc6-VV-JvLexhqUzORcxaOzi6-AYWXvTBHm4bjyPjs7Vd8pZGH6SRpkNtoIAiw4";
    private static final String AUTH = "BTBZMqHH6r4Tts7J_aSIgg";

    /** From PushEndpoint; read, not injected: injection points would be required of every test class's start. */
    private String pushBase;
    private String control;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Inject
    Inbox inbox;

    @Inject
    PushDispatcher dispatcher;

    @Inject
    JournalEventsFixture events;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void connect() {
        pushBase = ConfigProvider.getConfig().getValue("restwell.test.push-endpoint", String.class);
        control = ConfigProvider.getConfig().getValue("restwell.test.push-control", String.class);
    }

    // --- the subscriptions API

    @Test
    void aSubscriptionIsRegisteredListedRefreshedAndRemovedAndAnotherPersonsIdIsNotFound() {
        String user = "user-" + UUID.randomUUID();
        String endpoint = "https://push.example.com/wpush/" + UUID.randomUUID();
        var created = given().auth().oauth2(token(user)).contentType("application/json")
                .body(Map.of("endpoint", endpoint, "keys", Map.of("p256dh", P256DH, "auth", AUTH)))
                .post("/api/v1/me/push-subscriptions").then().statusCode(201)
                .body("expiresAt", org.hamcrest.Matchers.nullValue()).extract();
        String id = created.path("id");
        assertTrue(created.header("Location").endsWith("/api/v1/me/push-subscriptions/" + id), created.header("Location"));
        given().auth().oauth2(token(user)).get("/api/v1/me/push-subscriptions").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].id", equalTo(id)).body("items[0].endpoint", equalTo(endpoint))
                .body("items[0].keys", org.hamcrest.Matchers.nullValue());
        // the same browser again (new keys): the same subscription, refreshed
        long expires = Instant.now().plus(Duration.ofDays(30)).toEpochMilli();
        given().auth().oauth2(token(user)).contentType("application/json")
                .body(Map.of("endpoint", endpoint, "expirationTime", expires, "keys", Map.of("p256dh", P256DH, "auth", "AAAAAAAAAAAAAAAAAAAAAA")))
                .post("/api/v1/me/push-subscriptions").then().statusCode(200).body("id", equalTo(id))
                .body("expiresAt", startsWith(Instant.ofEpochMilli(expires).toString().substring(0, 16)));

        given().auth().oauth2(token("user-" + UUID.randomUUID())).delete("/api/v1/me/push-subscriptions/" + id)
                .then().statusCode(404).body("type", equalTo("https://restwell.dev/problems/not-found"));
        given().auth().oauth2(token(user)).delete("/api/v1/me/push-subscriptions/" + id).then().statusCode(204);
        given().auth().oauth2(token(user)).delete("/api/v1/me/push-subscriptions/" + id).then().statusCode(404);
        given().auth().oauth2(token(user)).get("/api/v1/me/push-subscriptions").then().body("total", equalTo(0));
    }

    @Test
    void malformedSubscriptionsAnswer400NamingEachField() {
        String user = "user-" + UUID.randomUUID();
        refused(user, Map.of(), "endpoint", "keys.p256dh", "keys.auth");
        for (String endpoint : List.of("http://push.example.com/x", "https://10.0.0.7/x", "https://169.254.169.254/latest",
                "https://[fd00::1]/x", "https://127.0.0.2/x", "https://[::ffff:10.0.0.1]/x", "https://metadata.internal/x", "not a url", "https://user:pw@push.example.com/x")) {
            refused(user, Map.of("endpoint", endpoint, "keys", Map.of("p256dh", P256DH, "auth", AUTH)), "endpoint");
        }
        byte[] offCurve = Base64.getUrlDecoder().decode(P256DH);
        offCurve[64] ^= 1;
        refused(user, Map.of("endpoint", "https://push.example.com/x", "keys",
                Map.of("p256dh", Base64.getUrlEncoder().withoutPadding().encodeToString(offCurve), "auth", "AAAA")), "keys.p256dh", "keys.auth");
        refused(user, Map.of("endpoint", "https://push.example.com/x", "expirationTime", 1000, "keys", Map.of("p256dh", P256DH, "auth", AUTH)),
                "expirationTime");
        given().auth().oauth2(token(user)).contentType("application/json").body("{\"endpoint\": 5, ")
                .post("/api/v1/me/push-subscriptions").then().statusCode(400);
        given().auth().oauth2(token(user)).get("/api/v1/me/push-subscriptions").then().body("total", equalTo(0));
    }

    @Test
    void browsersGetTheVapidKeyAndAPersonHasAtMostTenSubscriptions() {
        given().auth().oauth2(token("user-" + UUID.randomUUID())).get("/api/v1/me/vapid-public-key").then().statusCode(200)
                .body("publicKey", equalTo(VAPID_PUBLIC));
        given().get("/api/v1/me/vapid-public-key").then().statusCode(401);
        String user = "user-" + UUID.randomUUID();
        for (int i = 0; i < 10; i++) {
            subscribe(user, "https://push.example.com/" + i, P256DH, AUTH);
        }
        given().auth().oauth2(token(user)).contentType("application/json")
                .body(Map.of("endpoint", "https://push.example.com/11", "keys", Map.of("p256dh", P256DH, "auth", AUTH)))
                .post("/api/v1/me/push-subscriptions").then().statusCode(409)
                .body("type", equalTo("https://restwell.dev/problems/conflict"));
    }

    @Test
    void erasureRemovesAPersonsSubscriptions() throws Exception {
        String user = "user-" + UUID.randomUUID();
        subscribe(user, "https://push.example.com/erase-me", P256DH, AUTH);
        OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
        events.awaitProcessed(events.publish(user, EventTypes.USER_DATA_ERASED, events.write(new UserDataErasedEvent(user, now))));
        given().auth().oauth2(token(user)).get("/api/v1/me/push-subscriptions").then().body("total", equalTo(0));
        assertEquals(0L, count("select count(*) from push_subscription where user_id = :u", user));
    }

    // --- delivery

    @Test
    void aClinicsCancellationIsPushedEncryptedAndSignedOnceEvenRedelivered() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Browser browser = new Browser();
        String path = "/push/" + UUID.randomUUID();
        subscribe(user, pushBase + path, browser.p256dh(), browser.auth());
        String eventId = UUID.randomUUID().toString();
        String booking = UUID.randomUUID().toString();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(2).withNano(0);

        events.awaitProcessed(cancellation(user, eventId, booking, start));
        List<JsonNode> pushes = awaitPushes(path, 1);
        events.awaitProcessed(cancellation(user, eventId, booking, start)); // redelivered
        dispatcher.sendDue();

        JsonNode push = pushes.get(0);
        assertEquals("POST", push.get("method").asText());
        assertEquals("aes128gcm", push.get("Content-Encoding").asText());
        assertEquals("86400", push.get("TTL").asText());
        assertEquals("high", push.get("Urgency").asText(), "a clinic's cancellation wakes the device");
        JsonNode message = json.readTree(browser.decrypt(Base64.getDecoder().decode(push.get("body").asText())));
        String notificationId = given().auth().oauth2(token(user)).get("/api/v1/me/notifications").then()
                .body("total", equalTo(1)).extract().path("items[0].id");
        assertEquals(notificationId, message.get("id").asText());
        assertEquals("BOOKING_CANCELLED", message.get("kind").asText());
        assertTrue(message.get("body").asText().contains("therapist ill"), message.toString());
        assertEquals("/notifications/" + notificationId, message.get("url").asText());
        assertEquals(List.of("body", "id", "kind", "title", "url"), sorted(message.fieldNames()), "nothing beyond what the inbox shows");

        Matcher vapid = Pattern.compile("vapid t=([^,]+), k=(.+)").matcher(push.get("Authorization").asText());
        assertTrue(vapid.matches(), push.get("Authorization").asText());
        assertEquals(VAPID_PUBLIC, vapid.group(2));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(vapid.group(1));
        jws.setKey(browser.publicKeyOf(VAPID_PUBLIC));
        assertTrue(jws.verifySignature(), "jose4j verifies the VAPID JWT with the published key");
        JwtClaims claims = JwtClaims.parse(jws.getPayload());
        assertEquals(pushBase, claims.getAudience().get(0), "aud: the endpoint's origin");
        long exp = claims.getExpirationTime().getValue();
        assertTrue(exp > Instant.now().getEpochSecond() && exp <= Instant.now().plus(Duration.ofHours(24)).getEpochSecond(), "exp within 24 h");
        assertTrue(claims.getSubject().startsWith("mailto:"));

        Thread.sleep(1000); // several sweeps
        assertEquals(1, received(path).size(), "pushed once, though the event came twice");
        assertEquals(1L, count("select count(*) from push_delivery where user_id = :u and status = 'SENT'", user));
    }

    @Test
    void eachNotificationReachesEachSubscriptionOnceWithSweepsRacing() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Browser phone = new Browser();
        Browser laptop = new Browser();
        String phonePath = "/push/" + UUID.randomUUID();
        String laptopPath = "/push/" + UUID.randomUUID();
        subscribe(user, pushBase + phonePath, phone.p256dh(), phone.auth());
        subscribe(user, pushBase + laptopPath, laptop.p256dh(), laptop.auth());
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 0; i < 6; i++) {
                inbox.add(user, "push-race:" + user + ":" + i, Notice.suggestionReady(new SuggestionNote(UUID.randomUUID(), null, true, List.of())));
            }
        });
        ExecutorService sweeps = Executors.newFixedThreadPool(3);
        try {
            Callable<Integer> sweep = dispatcher::sendDue;
            for (var done : sweeps.invokeAll(List.of(sweep, sweep, sweep))) {
                done.get(60, TimeUnit.SECONDS);
            }
        } finally {
            sweeps.shutdownNow();
        }
        awaitPushes(phonePath, 6);
        awaitPushes(laptopPath, 6);
        Thread.sleep(1000);
        List<String> phoneIds = new ArrayList<>();
        for (JsonNode push : received(phonePath)) {
            phoneIds.add(json.readTree(phone.decrypt(Base64.getDecoder().decode(push.get("body").asText()))).get("id").asText());
        }
        assertEquals(6, phoneIds.size());
        assertEquals(6, phoneIds.stream().distinct().count(), "each notification once: " + phoneIds);
        assertEquals(6, received(laptopPath).size());
        assertEquals(12L, count("select count(*) from push_delivery where user_id = :u and status = 'SENT'", user));
    }

    @Test
    void aSubscriptionTheEndpointSaysIsGoneIsRemoved() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Browser browser = new Browser();
        String path = "/push/" + UUID.randomUUID();
        script(path, "410");
        subscribe(user, pushBase + path, browser.p256dh(), browser.auth());
        addNotification(user);

        awaitPushes(path, 1);
        await(() -> count("select count(*) from push_subscription where user_id = :u", user) == 0, "subscription removed after 410");
        assertEquals(0L, count("select count(*) from push_delivery where user_id = :u", user));
        given().auth().oauth2(token(user)).get("/api/v1/me/push-subscriptions").then().body("total", equalTo(0));
        given().auth().oauth2(token(user)).get("/api/v1/me/notifications").then().body("total", equalTo(1)); // the inbox keeps it
    }

    @Test
    void anEndpointThatIsBusyIsTriedAgainAfterItsRetryAfter() throws Exception {
        String user = "user-" + UUID.randomUUID();
        Browser browser = new Browser();
        String path = "/push/" + UUID.randomUUID();
        script(path, "503,201");
        subscribe(user, pushBase + path, browser.p256dh(), browser.auth());
        addNotification(user);

        List<JsonNode> pushes = awaitPushes(path, 2);
        await(() -> count("select count(*) from push_delivery where user_id = :u and status = 'SENT' and attempts = 2", user) == 1,
                "sent on the second attempt");
        assertEquals(json.readTree(browser.decrypt(Base64.getDecoder().decode(pushes.get(0).get("body").asText()))).get("id"),
                json.readTree(browser.decrypt(Base64.getDecoder().decode(pushes.get(1).get("body").asText()))).get("id"));
        assertEquals(1L, count("select count(*) from push_subscription where user_id = :u", user));
    }

    @Test
    void duringTheirSleepWindowNothingIsPushedItWaitsForTheMorningWhileTheInboxHasItAtOnce() throws Exception {
        String user = "user-" + UUID.randomUUID();
        // their clock says about 02:00 now; they usually go to bed an hour before
        int hourUtc = OffsetDateTime.now(ZoneOffset.UTC).getHour();
        int offsetHours = Math.floorMod(2 - hourUtc + 12, 24) - 12;
        ZoneOffset zone = ZoneOffset.ofHours(offsetHours);
        OffsetDateTime local = OffsetDateTime.now(zone);
        QuarkusTransaction.requiringNew().run(() -> {
            for (int i = 1; i <= 3; i++) {
                JournalNight night = new JournalNight();
                night.entryId = UUID.randomUUID();
                night.userId = user;
                night.night = LocalDate.now(zone).minusDays(i);
                night.sleepEfficiency = new BigDecimal("90.00");
                night.totalSleepMinutes = 420;
                night.poorSleep = false;
                night.poorSleepReasons = "";
                night.bedtimeOffsetSeconds = zone.getTotalSeconds();
                night.bedtimeLocal = local.toLocalTime().minusHours(1).withSecond(0).withNano(0);
                entityManager.persist(night);
            }
        });
        Browser browser = new Browser();
        String path = "/push/" + UUID.randomUUID();
        subscribe(user, pushBase + path, browser.p256dh(), browser.auth());
        addNotification(user);
        given().auth().oauth2(token(user)).get("/api/v1/me/notifications").then().body("total", equalTo(1));

        dispatcher.sendDue();
        Thread.sleep(1000);
        assertEquals(0, received(path).size(), "nothing pushed at night");
        Instant morning = local.toLocalDate().atTime(LocalTime.of(8, 0)).atOffset(zone).toInstant();
        Instant waitsUntil = QuarkusTransaction.requiringNew().call(() -> {
            Object at = entityManager.createNativeQuery("select next_attempt_at from push_delivery where user_id = :u and status = 'PENDING' and attempts = 0")
                    .setParameter("u", user).getSingleResult();
            return at instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) at;
        });
        assertEquals(morning, waitsUntil, "held until 08:00 on their clock");
    }

    @Test
    void quietHoursSetInPreferencesWinAndFromEqualToToMeansNeverQuiet() throws Exception {
        String user = "user-" + UUID.randomUUID();
        LocalTime now = LocalTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
        LocalTime to = now.plusHours(1);
        given().auth().oauth2(token(user)).contentType("application/json")
                .body(Map.of("timeZone", "UTC", "quietHours", Map.of("from", now.minusHours(1).toString(), "to", to.toString())))
                .put("/api/v1/me/preferences").then().statusCode(200)
                .body("quietHours.from", equalTo(now.minusHours(1) + ":00")).body("quietHours.to", equalTo(to + ":00"));
        Browser browser = new Browser();
        String path = "/push/" + UUID.randomUUID();
        subscribe(user, pushBase + path, browser.p256dh(), browser.auth());
        addNotification(user);
        dispatcher.sendDue();
        Thread.sleep(1000);
        assertEquals(0, received(path).size(), "inside the window they chose");
        Instant waitsUntil = QuarkusTransaction.requiringNew().call(() -> {
            Object at = entityManager.createNativeQuery("select next_attempt_at from push_delivery where user_id = :u")
                    .setParameter("u", user).getSingleResult();
            return at instanceof OffsetDateTime offset ? offset.toInstant() : (Instant) at;
        });
        Instant expected = LocalDate.now(ZoneOffset.UTC).atTime(to).toInstant(ZoneOffset.UTC);
        assertEquals(expected.isBefore(Instant.now()) ? expected.plus(Duration.ofDays(1)) : expected, waitsUntil);

        // never quiet: what waited goes at once
        String etag = given().auth().oauth2(token(user)).get("/api/v1/me/preferences").then().extract().header("ETag");
        given().auth().oauth2(token(user)).contentType("application/json").header("If-Match", etag)
                .body(Map.of("timeZone", "UTC", "quietHours", Map.of("from", "00:00:00", "to", "00:00:00")))
                .put("/api/v1/me/preferences").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update push_delivery set next_attempt_at = now() where user_id = :u").setParameter("u", user).executeUpdate());
        awaitPushes(path, 1);
        given().auth().oauth2(token(user)).contentType("application/json").header("If-Match", "\"2\"")
                .body(Map.of("quietHours", Map.of("from", "22:00:00")))
                .put("/api/v1/me/preferences").then().statusCode(400).body("errors.field", containsInAnyOrder("quietHours.to"));
    }

    @Test
    void redFlagAdviceIsPushedAtOnceInsideTheirSleepWindowWhileAnythingElseWaits() throws Exception {
        String user = "user-" + UUID.randomUUID();
        LocalTime now = LocalTime.now(ZoneOffset.UTC).withSecond(0).withNano(0);
        given().auth().oauth2(token(user)).contentType("application/json")
                .body(Map.of("timeZone", "UTC", "quietHours", Map.of("from", now.minusHours(1).toString(), "to", now.plusHours(1).toString())))
                .put("/api/v1/me/preferences").then().statusCode(200);
        Browser browser = new Browser();
        String path = "/push/" + UUID.randomUUID();
        subscribe(user, pushBase + path, browser.p256dh(), browser.auth());
        addNotification(user);
        QuarkusTransaction.requiringNew().run(() -> inbox.add(user, "push-test:" + UUID.randomUUID(),
                Notice.seekCare(new SuggestionNote(UUID.randomUUID(), null, true, List.of()), RedFlag.Urgency.NOW)));

        JsonNode push = awaitPushes(path, 1).get(0);
        assertEquals("high", push.get("Urgency").asText(), "red-flag advice wakes the device");
        JsonNode message = json.readTree(browser.decrypt(Base64.getDecoder().decode(push.get("body").asText())));
        assertEquals("Go to an emergency department now", message.get("title").asText());
        dispatcher.sendDue();
        Thread.sleep(1000);
        assertEquals(1, received(path).size(), "the other notification waits for the end of the window");
        assertEquals(1L, count("select count(*) from push_delivery where user_id = :u and status = 'PENDING' and attempts = 0", user));
    }

    // --- helpers

    private void addNotification(String user) {
        QuarkusTransaction.requiringNew().run(() -> inbox.add(user, "push-test:" + UUID.randomUUID(),
                Notice.suggestionReady(new SuggestionNote(UUID.randomUUID(), null, true, List.of()))));
    }

    private String cancellation(String user, String eventId, String booking, OffsetDateTime start) {
        BookingEvent event = new BookingEvent(booking, user, UUID.randomUUID().toString(), UUID.randomUUID().toString(), "DEEP_TISSUE",
                60, start, start.plusHours(1), "Europe/Berlin", "CANCELLED", "therapist ill", null, null, null, OffsetDateTime.now(ZoneOffset.UTC));
        return events.publish(Topics.BOOKING_EVENTS, user, eventId, EventTypes.BOOKING_CANCELLED, events.write(event), Map.of());
    }

    private static String subscribe(String user, String endpoint, String p256dh, String auth) {
        return given().auth().oauth2(token(user)).contentType("application/json")
                .body(Map.of("endpoint", endpoint, "expirationTime", Instant.now().plus(Duration.ofDays(1)).toEpochMilli(),
                        "keys", Map.of("p256dh", p256dh, "auth", auth)))
                .post("/api/v1/me/push-subscriptions").then().statusCode(201).extract().path("id");
    }

    private static void refused(String user, Map<String, Object> body, String... fields) {
        given().auth().oauth2(token(user)).contentType("application/json").body(body).post("/api/v1/me/push-subscriptions")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                .body("errors", hasSize(fields.length))
                .body("errors.field", containsInAnyOrder((Object[]) fields));
    }

    private List<JsonNode> awaitPushes(String path, int expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        List<JsonNode> pushes = received(path);
        while (pushes.size() < expected && System.nanoTime() < deadline) {
            Thread.sleep(100);
            pushes = received(path);
        }
        assertTrue(pushes.size() >= expected, "expected " + expected + " pushes at " + path + ", got " + pushes.size());
        return pushes;
    }

    private List<JsonNode> received(String path) throws Exception {
        HttpResponse<String> answer = http.send(HttpRequest.newBuilder(URI.create(control + "/received?path="
                + URLEncoder.encode(path, StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        List<JsonNode> pushes = new ArrayList<>();
        json.readTree(answer.body()).forEach(pushes::add);
        return pushes;
    }

    private void script(String path, String statuses) throws Exception {
        http.send(HttpRequest.newBuilder(URI.create(control + "/script?path=" + URLEncoder.encode(path, StandardCharsets.UTF_8)
                + "&statuses=" + statuses)).POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
    }

    private long count(String sql, String user) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(sql).setParameter("u", user)
                .getSingleResult()).longValue());
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s: " + what);
            }
            Thread.sleep(100);
        }
    }

    private static List<String> sorted(java.util.Iterator<String> names) {
        List<String> list = new ArrayList<>();
        names.forEachRemaining(list::add);
        list.sort(null);
        return list;
    }

    private static String token(String user) {
        return DevTokens.issue(user, List.of("user"));
    }

    /** A browser's side of a subscription: its P-256 key pair and auth secret; it decrypts with Google Tink. */
    private static final class Browser {
        private final KeyPair keys;
        private final byte[] auth = new byte[16];

        Browser() throws Exception {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            keys = generator.generateKeyPair();
            new SecureRandom().nextBytes(auth);
        }

        byte[] point() {
            ECPublicKey key = (ECPublicKey) keys.getPublic();
            byte[] point = new byte[65];
            point[0] = 4;
            byte[] x = key.getW().getAffineX().toByteArray();
            byte[] y = key.getW().getAffineY().toByteArray();
            System.arraycopy(x, Math.max(0, x.length - 32), point, 1 + 32 - Math.min(32, x.length), Math.min(32, x.length));
            System.arraycopy(y, Math.max(0, y.length - 32), point, 33 + 32 - Math.min(32, y.length), Math.min(32, y.length));
            return point;
        }

        String p256dh() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(point());
        }

        String auth() {
            return Base64.getUrlEncoder().withoutPadding().encodeToString(auth);
        }

        byte[] decrypt(byte[] body) throws Exception {
            return new WebPushHybridDecrypt.Builder().withAuthSecret(auth).withRecipientPublicKey(point())
                    .withRecipientPrivateKey((ECPrivateKey) keys.getPrivate()).build().decrypt(body, null);
        }

        java.security.PublicKey publicKeyOf(String vapidPublicKey) throws Exception {
            byte[] point = Base64.getUrlDecoder().decode(vapidPublicKey);
            java.security.spec.ECPoint w = new java.security.spec.ECPoint(new java.math.BigInteger(1, java.util.Arrays.copyOfRange(point, 1, 33)),
                    new java.math.BigInteger(1, java.util.Arrays.copyOfRange(point, 33, 65)));
            java.security.AlgorithmParameters parameters = java.security.AlgorithmParameters.getInstance("EC");
            parameters.init(new ECGenParameterSpec("secp256r1"));
            return java.security.KeyFactory.getInstance("EC").generatePublic(new java.security.spec.ECPublicKeySpec(w,
                    parameters.getParameterSpec(java.security.spec.ECParameterSpec.class)));
        }
    }
}
