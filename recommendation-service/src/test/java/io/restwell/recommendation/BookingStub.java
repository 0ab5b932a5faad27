package io.restwell.recommendation;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.microprofile.config.ConfigProvider;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.restassured.RestAssured;

/**
 * A real HTTP stand-in for booking-service's availability, for the failure cases: it can be taken
 * down ({@code POST /stub/down}) and brought back ({@code POST /stub/up}). Tomorrow it offers, at
 * +01:00: 09:00, 12:00, 18:00, 19:30, 20:00 and 22:00. Asked near a place, its one clinic is 20 km away.
 */
public class BookingStub extends StubServer {

    static final String[] TIMES = {"09:00", "12:00", "18:00", "19:30", "20:00", "22:00"};

    private final AtomicBoolean down = new AtomicBoolean();
    private final AtomicBoolean nextBookingConflicts = new AtomicBoolean();
    private final AtomicBoolean nextBookingOverLimit = new AtomicBoolean();
    /** Idempotency key → booking id: a repeated key returns the same booking, as booking-service does. */
    private final Map<String, String> bookings = new java.util.concurrent.ConcurrentHashMap<>();
    /** The X-Request-Id the last booking request carried ("" for none). */
    private final java.util.concurrent.atomic.AtomicReference<String> lastRequestId = new java.util.concurrent.atomic.AtomicReference<>("");

    @Override
    protected Map<String, String> serve(HttpServer server, String address) {
        server.createContext("/stub/down", exchange -> answer(exchange, 204, "", down.getAndSet(true)));
        server.createContext("/stub/up", exchange -> answer(exchange, 204, "", down.getAndSet(false)));
        server.createContext("/stub/conflict", exchange -> answer(exchange, 204, "", nextBookingConflicts.getAndSet(true)));
        server.createContext("/stub/limit", exchange -> answer(exchange, 204, "", nextBookingOverLimit.getAndSet(true)));
        server.createContext("/stub/bookings", exchange -> answer(exchange, 200, Integer.toString(bookings.size()), true));
        server.createContext("/stub/last-request-id", exchange -> answer(exchange, 200, lastRequestId.get(), true));
        server.createContext("/api/v1/bookings", exchange -> {
            String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
            lastRequestId.set(requestId == null ? "" : requestId);
            String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
            String authorization = exchange.getRequestHeaders().getFirst("Authorization");
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (down.get()) {
                answer(exchange, 503, "{\"status\":503}", true);
            } else if (key == null || authorization == null || !authorization.startsWith("Bearer ")) {
                answer(exchange, 400, "{\"status\":400}", true);
            } else if (nextBookingOverLimit.getAndSet(false)) {
                answer(exchange, 409, "application/problem+json", """
                        {"type":"https://restwell.dev/problems/clinic-day-booking-limit","title":"Too many bookings at this clinic on that day",
                         "status":409,"detail":"You already have 1 open booking at this clinic on that day (at most 1)","limit":1,"current":1}""", true);
            } else if (nextBookingConflicts.getAndSet(false)) {
                answer(exchange, 409, "{\"status\":409}", true);
            } else {
                String id = bookings.computeIfAbsent(key, ignored -> java.util.UUID.randomUUID().toString());
                String start = body.replaceAll(".*\"start\":\"([^\"]+)\".*", "$1");
                answer(exchange, 201, "{\"id\":\"" + id + "\",\"status\":\"BOOKED\",\"start\":\"" + start + "\"}", true);
            }
        });
        server.createContext("/api/v1/availability", exchange -> {
            if (down.get()) {
                answer(exchange, 503, "{\"status\":503}", true);
                return;
            }
            String query = exchange.getRequestURI().getQuery();
            String type = query.replaceAll(".*sessionType=([A-Z_]+).*", "$1");
            if (query.contains("durationMinutes=45")) { // no type is offered in 45 minutes
                answer(exchange, 422, "{\"status\":422}", true);
                return;
            }
            // Asked near a place, its one clinic is 20 km away: found with a radius of 20 km or more, with its distance.
            String distance = "";
            if (query.contains("near=")) {
                double radius = query.matches(".*radiusKm=[0-9.]+.*") ? Double.parseDouble(query.replaceAll(".*radiusKm=([0-9.]+).*", "$1")) : 15;
                if (radius < 20) {
                    answer(exchange, 200, "{\"items\":[],\"page\":0,\"size\":100,\"total\":0}", true);
                    return;
                }
                distance = ",\"distanceKm\":20.0";
            }
            LocalDate tomorrow = LocalDate.now(ZoneOffset.ofHours(1)).plusDays(1);
            StringBuilder items = new StringBuilder();
            for (String time : TIMES) {
                String start = tomorrow + "T" + time + ":00+01:00";
                String end = tomorrow + "T" + time + ":00+01:00"; // the length does not matter here
                items.append(items.length() == 0 ? "" : ",").append("""
                        {"therapistId":"7d5c2f4e-8a65-4b8e-9a55-1f2d3c4b5a60","clinicId":"0b9e6c1a-2f3d-4e5f-8a7b-9c0d1e2f3a4b",
                         "sessionType":"%s","start":"%s","end":"%s","durationMinutes":60%s}""".formatted(type, start, end, distance));
            }
            answer(exchange, 200, "{\"items\":[" + items + "],\"page\":0,\"size\":100,\"total\":" + TIMES.length + "}", true);
        });
        return Map.of("quarkus.rest-client.booking.url", address, "restwell.recommendation.slot-sweep-interval", "1s");
    }

    private static void answer(HttpExchange exchange, int status, String body, boolean ignored) throws IOException {
        answer(exchange, status, "application/json", body, ignored);
    }

    private static void answer(HttpExchange exchange, int status, String contentType, String body, boolean ignored) throws IOException {
        answer(exchange, status, contentType, body);
    }

    /** Where the running test application reaches the stub (its booking-service URL). */
    public static String url() {
        return ConfigProvider.getConfig().getValue("quarkus.rest-client.booking.url", String.class);
    }

    /** Changes the stub's state from a test: {@code /stub/down}, {@code /stub/up}, {@code /stub/conflict}, {@code /stub/limit}. */
    public static void control(String path) {
        RestAssured.given().baseUri(url()).post(path).then().statusCode(204);
    }
}
