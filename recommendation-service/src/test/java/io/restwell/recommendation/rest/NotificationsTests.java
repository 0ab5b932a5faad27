package io.restwell.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import io.restwell.events.EventTypes;
import io.restwell.events.Topics;
import io.restwell.events.booking.BookingEvent;
import io.restwell.events.journal.UserDataErasedEvent;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.BookingStub;
import io.restwell.recommendation.PushEndpoint;
import io.restwell.recommendation.JournalEventsFixture;
import io.restwell.recommendation.domain.Notice;
import io.restwell.recommendation.domain.SuggestionNote;
import io.restwell.recommendation.service.Inbox;
import io.restwell.recommendation.service.Reminders;

/** The inbox and its live stream, fed by the real Kafka topics and kept in the real PostgreSQL. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
@WithTestResource(BookingStub.class)
@WithTestResource(PushEndpoint.class) // not used here: the same resources as WebPushTests share one Quarkus start
class NotificationsTests {

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String dbUrl;

    @ConfigProperty(name = "quarkus.datasource.username")
    String dbUser;

    @ConfigProperty(name = "quarkus.datasource.password", defaultValue = "")
    String dbPassword;

    @Inject
    Reminders reminders;

    @Inject
    Inbox inbox;

    @Inject
    JournalEventsFixture events;

    @Test
    void aBookingAndTheClinicsCancellationReachTheInboxOnceEachEvenRedelivered() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String booking = UUID.randomUUID().toString();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(3).withNano(0);
        String created = UUID.randomUUID().toString();
        String cancelled = UUID.randomUUID().toString();
        for (int delivery = 0; delivery < 2; delivery++) {
            events.awaitProcessed(bookingEvent(user, created, EventTypes.BOOKING_CREATED, booking, start, "BOOKED", null));
            events.awaitProcessed(bookingEvent(user, cancelled, EventTypes.BOOKING_CANCELLED, booking, start, "CANCELLED", "therapist ill"));
        }
        // what a second delivery passes through gets no second notification either: the cause is unique
        QuarkusTransaction.requiringNew().run(() -> assertFalse(inbox.add(user, "booking-event:" + created,
                Notice.suggestionReady(new SuggestionNote(UUID.randomUUID(), null, true, List.of())))));

        inboxOf(user, "").body("total", equalTo(2))
                .body("items[0].kind", equalTo("BOOKING_CANCELLED"))
                .body("items[0].booking.bookingId", equalTo(booking))
                .body("items[0].booking.reason", equalTo("therapist ill"))
                .body("items[0].body", org.hamcrest.Matchers.containsString("Reason: therapist ill"))
                .body("items[0].readAt", nullValue())
                .body("items[0].suggestion", nullValue())
                .body("items[1].kind", equalTo("BOOKING_CONFIRMED"));
        assertEquals(0L, dueRows(booking), "a cancelled session is not reminded of");
    }

    @Test
    void markingReadFiltersTheUnreadListAndAnotherPersonsIdIsNotFound() throws Exception {
        String user = "user-" + UUID.randomUUID();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(3).withNano(0);
        events.awaitProcessed(bookingEvent(user, UUID.randomUUID().toString(), EventTypes.BOOKING_CREATED,
                UUID.randomUUID().toString(), start, "BOOKED", null));
        String id = inboxOf(user, "").body("total", equalTo(1)).extract().path("items[0].id");

        given().auth().oauth2(token("user-" + UUID.randomUUID())).post("/api/v1/me/notifications/" + id + "/read")
                .then().statusCode(404).body("type", equalTo("https://restwell.dev/problems/not-found"));
        given().auth().oauth2(token(user)).post("/api/v1/me/notifications/" + UUID.randomUUID() + "/read").then().statusCode(404);
        inboxOf(user, "?unread=true").body("total", equalTo(1));

        String readAt = given().auth().oauth2(token(user)).post("/api/v1/me/notifications/" + id + "/read")
                .then().statusCode(200).body("readAt", notNullValue()).extract().path("readAt");
        given().auth().oauth2(token(user)).post("/api/v1/me/notifications/" + id + "/read")
                .then().statusCode(200).body("readAt", equalTo(readAt));
        inboxOf(user, "?unread=true").body("total", equalTo(0)).body("items", hasSize(0));
        inboxOf(user, "").body("total", equalTo(1));
        given().auth().oauth2(token(user)).get("/api/v1/me/notifications?size=0").then().statusCode(400);
    }

    @Test
    void remindersAndTheMorningCheckInAreAddedOnceEvenWithTwoSweepsAtOnce() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String booking = UUID.randomUUID().toString();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(3).withNano(0);
        events.awaitProcessed(bookingEvent(user, UUID.randomUUID().toString(), EventTypes.BOOKING_CREATED, booking, start, "BOOKED", null));
        assertEquals(3L, dueRows(booking));
        // moved a day later: the reminders move with it
        OffsetDateTime moved = start.plusDays(1);
        events.awaitProcessed(bookingEvent(user, UUID.randomUUID().toString(), EventTypes.BOOKING_RESCHEDULED, booking, moved, "BOOKED", null));
        assertEquals(3L, dueRows(booking));
        java.time.Instant firstDue = QuarkusTransaction.requiringNew().call(() -> (java.time.Instant) entityManager.createNativeQuery(
                "select min(due_at) from notification_due where booking_id = :b").setParameter("b", UUID.fromString(booking))
                .getSingleResult());
        assertEquals(moved.minusHours(24).toInstant(), firstDue, "24 h before the new time");

        // their times come
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update notification_due set due_at = now() - interval '1 minute' where booking_id = :b")
                .setParameter("b", UUID.fromString(booking)).executeUpdate());
        ExecutorService sweeps = Executors.newFixedThreadPool(2);
        try {
            Callable<Integer> sweep = reminders::sendDue;
            for (var done : sweeps.invokeAll(List.of(sweep, sweep))) {
                done.get(30, TimeUnit.SECONDS);
            }
        } finally {
            sweeps.shutdownNow();
        }
        assertEquals(0L, dueRows(booking));
        List<String> kinds = inboxOf(user, "?size=100").extract().path("items.kind");
        assertEquals(List.of("MORNING_CHECK_IN", "SESSION_REMINDER_2H", "SESSION_REMINDER_24H", "BOOKING_RESCHEDULED",
                "BOOKING_CONFIRMED"), kinds.stream().sorted((a, b) -> order(a) - order(b)).toList());
        assertEquals(5, kinds.size());
        // compared as a time, not as text: moved.toString() drops ":00" seconds, the API writes them
        String shown = inboxOf(user, "").extract().path("items.find { it.kind == 'SESSION_REMINDER_2H' }.booking.start");
        assertEquals(moved, OffsetDateTime.parse(shown), "the reminder names the new time in the booking's offset: " + shown);
    }

    @Test
    void theStreamSendsWhatIsNewAndAReconnectWithLastEventIdMissesNothing() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String stranger = "user-" + UUID.randomUUID();
        String booking = UUID.randomUUID().toString();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(3).withNano(0);

        JsonNode confirmed;
        String confirmedId;
        try (SseClient stream = SseClient.open(user, null); SseClient strangers = SseClient.open(stranger, null)) {
            stream.awaitComment();
            bookingEvent(user, UUID.randomUUID().toString(), EventTypes.BOOKING_CREATED, booking, start, "BOOKED", null);
            SseClient.Event event = stream.next(Duration.ofSeconds(20));
            assertEquals("notification", event.name());
            confirmed = json.readTree(event.data());
            confirmedId = event.id();
            assertEquals("BOOKING_CONFIRMED", confirmed.path("kind").asText());
            assertEquals(confirmedId, confirmed.path("sequence").asText());
            assertEquals(booking, confirmed.path("booking").path("bookingId").asText());
            assertEquals(200, strangers.status());
            assertEquals(null, strangers.poll(Duration.ofMillis(500)), "another person's stream stays quiet");
        }
        // while the app is away, the clinic cancels
        events.awaitProcessed(bookingEvent(user, UUID.randomUUID().toString(), EventTypes.BOOKING_CANCELLED, booking, start,
                "CANCELLED", "therapist ill"));
        try (SseClient resumed = SseClient.open(user, confirmedId)) {
            SseClient.Event missed = resumed.next(Duration.ofSeconds(20));
            JsonNode cancelled = json.readTree(missed.data());
            assertEquals("BOOKING_CANCELLED", cancelled.path("kind").asText());
            assertEquals("therapist ill", cancelled.path("booking").path("reason").asText());
            assertTrue(Long.parseLong(missed.id()) > Long.parseLong(confirmedId));
        }
        // from the very start: both, oldest first
        try (SseClient replay = SseClient.open(user, "0")) {
            assertEquals(confirmedId, replay.next(Duration.ofSeconds(20)).id());
            assertEquals("BOOKING_CANCELLED", json.readTree(replay.next(Duration.ofSeconds(20)).data()).path("kind").asText());
        }
    }

    @Test
    void aNotificationWrittenByAnotherInstanceReachesAStreamHeldHere() throws Exception {
        String user = "user-" + UUID.randomUUID();
        try (SseClient stream = SseClient.open(user, null)) {
            stream.awaitComment();
            // another instance: its own database session, writing as Inbox does (insert and NOTIFY in one transaction)
            try (java.sql.Connection other = java.sql.DriverManager.getConnection(dbUrl, dbUser, dbPassword)) {
                other.setAutoCommit(false);
                try (var insert = other.prepareStatement("""
                        insert into notification (id, user_id, kind, cause_key, title, body, details, created_at)
                        values (?, ?, 'BOOKING_CONFIRMED', ?, 'Booked', 'Your session is booked.',
                                cast('{"booking": null, "suggestion": null}' as jsonb), now())""");
                        var signal = other.prepareStatement("select pg_notify(?, ?)")) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, user);
                    insert.setString(3, "other-instance:" + UUID.randomUUID());
                    insert.executeUpdate();
                    signal.setString(1, Inbox.CHANNEL);
                    signal.setString(2, user);
                    signal.executeQuery().close();
                }
                assertEquals(null, stream.poll(Duration.ofMillis(300)), "nothing before the other instance commits");
                other.commit();
            }
            assertEquals("BOOKING_CONFIRMED", json.readTree(stream.next(Duration.ofSeconds(10)).data()).path("kind").asText());
        }
    }

    @Test
    void aLastEventIdThatIsNoPositionIsA400NamingTheHeader() {
        for (String bad : List.of("abc", "-1", "1.5")) {
            given().auth().oauth2(token("user-" + UUID.randomUUID())).header("Last-Event-ID", bad).accept("text/event-stream")
                    .get("/api/v1/me/notifications/stream").then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                    .body("errors[0].field", equalTo("Last-Event-ID"));
        }
        given().accept("text/event-stream").get("/api/v1/me/notifications/stream").then().statusCode(401);
    }

    @Test
    void aReadySuggestionIsAnnouncedWithItsSlots() throws Exception {
        String user = "user-" + UUID.randomUUID();
        events.awaitProcessed(events.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, events.night(user, UUID.randomUUID().toString(), true)));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while ((Integer) inboxOf(user, "").extract().path("total") == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        String suggestion = given().auth().oauth2(token(user)).get("/api/v1/recommendations").then().statusCode(200)
                .extract().path("items[0].id");
        inboxOf(user, "").body("total", equalTo(1))
                .body("items[0].kind", equalTo("SUGGESTION_READY"))
                .body("items[0].suggestion.recommendationId", equalTo(suggestion))
                .body("items[0].suggestion.slots", hasSize(3))
                .body("items[0].booking", nullValue());
    }

    @Test
    void erasureRemovesTheInboxAndWhatWaits() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String booking = UUID.randomUUID().toString();
        OffsetDateTime start = OffsetDateTime.now(ZoneOffset.ofHours(1)).plusDays(3).withNano(0);
        events.awaitProcessed(bookingEvent(user, UUID.randomUUID().toString(), EventTypes.BOOKING_CREATED, booking, start, "BOOKED", null));
        inboxOf(user, "").body("total", equalTo(1));
        events.awaitProcessed(events.publish(user, EventTypes.USER_DATA_ERASED,
                events.write(new UserDataErasedEvent(user, OffsetDateTime.now(ZoneOffset.UTC)))));
        inboxOf(user, "").body("total", equalTo(0));
        assertEquals(0L, dueRows(booking));
    }

    private static int order(String kind) {
        return List.of("MORNING_CHECK_IN", "SESSION_REMINDER_2H", "SESSION_REMINDER_24H", "BOOKING_RESCHEDULED", "BOOKING_CONFIRMED")
                .indexOf(kind);
    }

    private long dueRows(String booking) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from notification_due where booking_id = :b").setParameter("b", UUID.fromString(booking))
                .getSingleResult()).longValue());
    }

    private String bookingEvent(String user, String eventId, String type, String booking, OffsetDateTime start, String status,
            String reason) {
        BookingEvent event = new BookingEvent(booking, user, UUID.randomUUID().toString(), UUID.randomUUID().toString(), "DEEP_TISSUE",
                60, start, start.plusHours(1), "Europe/Berlin", status, reason,
                EventTypes.BOOKING_RESCHEDULED.equals(type) ? start.minusDays(1) : null, null, null, OffsetDateTime.now(ZoneOffset.UTC));
        return events.publish(Topics.BOOKING_EVENTS, user, eventId, type, events.write(event), Map.of());
    }

    private static ValidatableResponse inboxOf(String user, String query) {
        return given().auth().oauth2(token(user)).get("/api/v1/me/notifications" + query).then().statusCode(200);
    }

    private static String token(String user) {
        return DevTokens.issue(user, List.of("user"));
    }

    /** A minimal Server-Sent Events reader over the JDK's HTTP client: events and comments as they arrive. */
    static final class SseClient implements AutoCloseable {

        record Event(String id, String name, String data) {
        }

        private final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
        private final CompletableFuture<HttpResponse<java.util.stream.Stream<String>>> response;
        private final HttpClient client = HttpClient.newHttpClient();
        private volatile java.util.stream.Stream<String> body;

        private SseClient(String user, String lastEventId) {
            HttpRequest.Builder request = HttpRequest.newBuilder(
                    URI.create("http://localhost:" + RestAssured.port + "/api/v1/me/notifications/stream"))
                    .header("Authorization", "Bearer " + token(user)).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            response = client.sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines());
            response.thenAcceptAsync(answer -> {
                List<String> lines = new ArrayList<>();
                body = answer.body();
                body.forEach(line -> {
                    if (!line.isEmpty()) {
                        lines.add(line);
                        return;
                    }
                    String id = null;
                    String name = null;
                    StringBuilder data = new StringBuilder();
                    for (String each : lines) {
                        if (each.startsWith(":")) {
                            received.add(each);
                        } else if (each.startsWith("id:")) {
                            id = each.substring(3).strip();
                        } else if (each.startsWith("event:")) {
                            name = each.substring(6).strip();
                        } else if (each.startsWith("data:")) {
                            data.append(each.substring(5).strip());
                        }
                    }
                    if (data.length() > 0) {
                        received.add(new Event(id, name, data.toString()));
                    }
                    lines.clear();
                });
            });
        }

        static SseClient open(String user, String lastEventId) {
            return new SseClient(user, lastEventId);
        }

        int status() throws Exception {
            return response.get(10, TimeUnit.SECONDS).statusCode();
        }

        void awaitComment() throws InterruptedException {
            Object first = received.poll(10, TimeUnit.SECONDS);
            assertNotNull(first, "the stream opens with a comment");
            assertTrue(first instanceof String, "a comment first: " + first);
        }

        /** The next event, skipping comments. */
        Event next(Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                Object item = received.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (item instanceof Event event) {
                    return event;
                }
            }
            throw new AssertionError("no event within " + within);
        }

        /** The next event within the time, or null; comments skipped. */
        Event poll(Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                Object item = received.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (item instanceof Event event) {
                    return event;
                }
            }
            return null;
        }

        @Override
        public void close() {
            response.cancel(true);
            java.util.stream.Stream<String> open = body;
            if (open != null) {
                open.close();
            }
        }
    }
}
