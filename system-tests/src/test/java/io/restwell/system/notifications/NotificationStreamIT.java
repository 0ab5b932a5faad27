package io.restwell.system.notifications;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import groovy.json.JsonOutput;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;

/**
 * A clinic cancels a person's session and the person's live stream, held through the gateway with their
 * own token, tells them at once with the clinic's reason; a reconnect with Last-Event-ID replays what was
 * missed. All on the packaged platform: booking-service's event reaches recommendation-service over Kafka.
 */
@ExtendWith(SharedPlatform.class)
public class NotificationStreamIT {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aClinicsCancellationReachesThePersonsStreamThroughTheGatewayAndAReconnectMissesNothing() throws Exception {
        String user = "notify-it-" + UUID.randomUUID();
        String confirmedId;
        String bookingId;
        String clinicId;
        try (EventStream stream = EventStream.open(user, null)) {
            assertEquals(200, stream.status());
            assertTrue(stream.contentType().startsWith("text/event-stream"), stream.contentType());
            // the opening comment passes the gateway at once: nothing buffers the stream
            assertNotNull(stream.received.poll(10, TimeUnit.SECONDS), "the stream's first line through the gateway");

            Map<String, Object> booked = book(user);
            bookingId = (String) booked.get("id");
            clinicId = (String) booked.get("clinicId");
            JsonPath confirmed = stream.next(PATIENCE);
            assertEquals("BOOKING_CONFIRMED", confirmed.getString("kind"));
            assertEquals(bookingId, confirmed.getString("booking.bookingId"));
            confirmedId = confirmed.getString("sequence");

            String key = partnerKey(clinicId);
            given().baseUri(gateway()).header("X-Api-Key", key).contentType("application/json")
                    .body("{\"reason\":\"Your therapist is ill; we are sorry.\"}")
                    .post("/api/v1/partner/bookings/" + bookingId + "/cancel").then().statusCode(200);
            JsonPath cancelled = stream.next(PATIENCE);
            assertEquals("BOOKING_CANCELLED", cancelled.getString("kind"));
            assertEquals(bookingId, cancelled.getString("booking.bookingId"));
            assertEquals("Your therapist is ill; we are sorry.", cancelled.getString("booking.reason"));
            assertTrue(cancelled.getString("body").contains("Reason: Your therapist is ill"), cancelled.getString("body"));
        }

        // The app was away since the confirmation: resuming after it replays the cancellation.
        try (EventStream resumed = EventStream.open(user, confirmedId)) {
            JsonPath missed = resumed.next(PATIENCE);
            assertEquals("BOOKING_CANCELLED", missed.getString("kind"));
            assertEquals(bookingId, missed.getString("booking.bookingId"));
        }

        // The inbox says the same, newest first; another person's token sees none of it.
        JsonPath inbox = as(user).get("/api/v1/me/notifications").then().statusCode(200).extract().jsonPath();
        assertEquals(List.of("BOOKING_CANCELLED", "BOOKING_CONFIRMED"), inbox.getList("items.kind"));
        as("notify-it-" + UUID.randomUUID()).post("/api/v1/me/notifications/" + inbox.getString("items[0].id") + "/read")
                .then().statusCode(404);
        as(user).post("/api/v1/me/notifications/" + inbox.getString("items[0].id") + "/read").then().statusCode(200);
        assertEquals(1, as(user).get("/api/v1/me/notifications?unread=true").then().statusCode(200).extract().jsonPath().getInt("total"));
    }

    @Test
    void moreListenersThanTheGatewayHasConnectionsForRequestsStillLeaveEveryoneServed() throws Exception {
        // The gateway keeps 128 connections per service for ordinary requests; streams hold theirs while people
        // listen, so they have a pool of their own (routing/EventStreams). Before, listener 129 waited forever,
        // and so did every other request to recommendation-service.
        List<EventStream> listening = new ArrayList<>();
        try {
            for (int i = 0; i < 150; i++) {
                listening.add(EventStream.open("listener-it-" + UUID.randomUUID(), null));
            }
            for (int i = 0; i < listening.size(); i++) {
                assertNotNull(listening.get(i).received.poll(30, TimeUnit.SECONDS), "listener " + (i + 1) + "'s stream opened");
            }
            long began = System.nanoTime();
            as("notify-it-" + UUID.randomUUID()).get("/api/v1/me/preferences").then().statusCode(200);
            long millis = (System.nanoTime() - began) / 1_000_000;
            assertTrue(millis < 5_000, "an ordinary request answered in " + millis + " ms while 150 people listen");
        } finally {
            for (EventStream stream : listening) {
                stream.close();
            }
        }
    }

    @Test
    void theStreamNeedsAToken() throws Exception {
        HttpResponse<String> answer = SharedPlatform.send(SharedPlatform.gateway("/api/v1/me/notifications/stream")
                .header("Accept", "text/event-stream").GET());
        assertEquals(401, answer.statusCode());
    }

    /** Books the first open Swedish massage of a day next week that is free, as the person. */
    public static Map<String, Object> book(String user) {
        String from = LocalDate.now().plusDays(5 + (int) (Math.random() * 20)).toString();
        List<Map<String, Object>> open = given().baseUri(gateway()).queryParam("sessionType", "SWEDISH").queryParam("from", from)
                .queryParam("size", 50).get("/api/v1/availability").then().statusCode(200).extract().path("items");
        assertTrue(!open.isEmpty(), "open slots from " + from);
        List<Map<String, Object>> shuffled = new ArrayList<>(open);
        java.util.Collections.shuffle(shuffled);
        for (Map<String, Object> slot : shuffled) {
            var answer = as(user).header("Idempotency-Key", "notify-it-" + UUID.randomUUID())
                    .body(JsonOutput.toJson(Map.of("therapistId", slot.get("therapistId"), "sessionType", slot.get("sessionType"),
                            "start", slot.get("start"))))
                    .post("/api/v1/bookings").then().extract();
            if (answer.statusCode() == 201) {
                return answer.path("");
            }
            assertEquals(409, answer.statusCode(), answer.asString());
        }
        throw new AssertionError("no free slot from " + from);
    }

    public static String partnerKey(String clinicId) {
        String admin = DevTokens.issue("ops-" + UUID.randomUUID(), List.of("admin"));
        return given().baseUri(gateway()).auth().oauth2(admin).contentType("application/json").body("{\"label\":\"notify it\"}")
                .post("/api/v1/admin/clinics/" + clinicId + "/api-keys").then().statusCode(201).extract().path("key");
    }

    public static String gateway() {
        return SharedPlatform.stack().gateway().toString();
    }

    public static RequestSpecification as(String user) {
        return given().baseUri(gateway()).auth().oauth2(SharedPlatform.token(user)).contentType("application/json");
    }

    /** The person's notification stream through the gateway, read line by line as it arrives. */
    static final class EventStream implements AutoCloseable {

        final BlockingQueue<Object> received = new LinkedBlockingQueue<>();
        private final CompletableFuture<HttpResponse<Stream<String>>> response;
        private volatile Stream<String> body;

        private EventStream(String user, String lastEventId) {
            var request = SharedPlatform.gateway("/api/v1/me/notifications/stream")
                    .header("Authorization", "Bearer " + SharedPlatform.token(user)).header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            response = SharedPlatform.HTTP.sendAsync(request.GET().build(), HttpResponse.BodyHandlers.ofLines());
            response.thenAcceptAsync(answer -> {
                body = answer.body();
                StringBuilder data = new StringBuilder();
                body.forEach(line -> {
                    if (line.startsWith(":")) {
                        received.add(line);
                    } else if (line.startsWith("data:")) {
                        data.append(line.substring(5).strip());
                    } else if (line.isEmpty() && data.length() > 0) {
                        received.add(JsonPath.from(data.toString()));
                        data.setLength(0);
                    }
                });
            });
        }

        static EventStream open(String user, String lastEventId) {
            return new EventStream(user, lastEventId);
        }

        int status() throws Exception {
            return response.get(10, TimeUnit.SECONDS).statusCode();
        }

        String contentType() throws Exception {
            return response.get(10, TimeUnit.SECONDS).headers().firstValue("Content-Type").orElse("");
        }

        /** The next notification, skipping comments. */
        JsonPath next(Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                Object item = received.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                if (item instanceof JsonPath event) {
                    return event;
                }
            }
            throw new AssertionError("no notification within " + within);
        }

        @Override
        public void close() {
            response.cancel(true);
            Stream<String> open = body;
            if (open != null) {
                open.close();
            }
        }
    }
}
