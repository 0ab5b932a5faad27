package io.restwell.recommendation;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;


/**
 * A real HTTP stand-in for what booking-service answers about bookings and clinic keys, for the therapist brief's tests
 * (the whole way with the real booking-service: system-tests' TherapistBriefIT). A person's booking answers to their
 * token's subject only (404 to anyone else), a partner key is checked on every call (401 once revoked), and a partner
 * booking answers to its clinic's key only. Tests set it up over HTTP under {@code /stub/}: {@code POST /stub/booking?
 * user=&clinic=&status=&start=&end=} (answers the id), {@code POST /stub/key?clinic=} (answers "key keyId prefix"),
 * {@code POST /stub/revoke?key=}, {@code POST /stub/status?booking=&status=}, {@code POST /stub/down} and {@code /stub/up}.
 */
public class BriefBookingStub extends StubServer {

    private static final Pattern SUBJECT = Pattern.compile("\"sub\"\\s*:\\s*\"([^\"]+)\"");

    record Booking(String user, String clinic, String status, String start, String end) {
    }

    record Key(String clinic, String id, String prefix, boolean revoked) {
    }

    private final Map<String, Booking> bookings = new ConcurrentHashMap<>();
    private final Map<String, Key> keys = new ConcurrentHashMap<>();
    private final AtomicBoolean down = new AtomicBoolean();

    @Override
    protected Map<String, String> serve(HttpServer server, String address) {
        server.createContext("/stub/booking", exchange -> {
            Map<String, String> q = query(exchange);
            String id = UUID.randomUUID().toString();
            bookings.put(id, new Booking(q.get("user"), q.get("clinic"), q.get("status"), q.get("start"), q.get("end")));
            answer(exchange, 200, "text/plain", id);
        });
        server.createContext("/stub/key", exchange -> {
            String key = "rw_test_" + UUID.randomUUID().toString().replace("-", "") + "abcdefgh";
            Key made = new Key(query(exchange).get("clinic"), UUID.randomUUID().toString(), key.substring(0, 16), false);
            keys.put(key, made);
            answer(exchange, 200, "text/plain", key + " " + made.id() + " " + made.prefix());
        });
        server.createContext("/stub/revoke", exchange -> {
            String key = query(exchange).get("key");
            keys.computeIfPresent(key, (k, held) -> new Key(held.clinic(), held.id(), held.prefix(), true));
            answer(exchange, 204, "text/plain", "");
        });
        server.createContext("/stub/status", exchange -> {
            Map<String, String> q = query(exchange);
            bookings.computeIfPresent(q.get("booking"), (id, b) -> new Booking(b.user(), b.clinic(), q.get("status"), b.start(), b.end()));
            answer(exchange, 204, "text/plain", "");
        });
        server.createContext("/stub/down", exchange -> {
            down.set(true);
            answer(exchange, 204, "text/plain", "");
        });
        server.createContext("/stub/up", exchange -> {
            down.set(false);
            answer(exchange, 204, "text/plain", "");
        });
        server.createContext("/api/v1/bookings/", exchange -> {
            if (down.get()) {
                answer(exchange, 503, "application/problem+json", "{\"status\":503}");
                return;
            }
            String id = exchange.getRequestURI().getPath().substring("/api/v1/bookings/".length());
            Booking booking = bookings.get(id);
            String subject = subject(exchange.getRequestHeaders().getFirst("Authorization"));
            if (subject == null) {
                answer(exchange, 401, "application/problem+json", "{\"status\":401}");
            } else if (booking == null || !booking.user().equals(subject)) {
                answer(exchange, 404, "application/problem+json", "{\"type\":\"https://restwell.dev/problems/not-found\",\"status\":404}");
            } else {
                answer(exchange, 200, "application/json", json(id, booking, "\"clinicId\":\"" + booking.clinic() + "\","));
            }
        });
        server.createContext("/api/v1/partner/me", exchange -> {
            if (down.get()) {
                answer(exchange, 503, "application/problem+json", "{\"status\":503}");
                return;
            }
            Key key = key(exchange);
            if (key == null) {
                answer(exchange, 401, "application/problem+json", "{\"status\":401}");
            } else {
                answer(exchange, 200, "application/json", "{\"clinicId\":\"" + key.clinic() + "\",\"keyId\":\"" + key.id()
                        + "\",\"keyPrefix\":\"" + key.prefix() + "\"}");
            }
        });
        server.createContext("/api/v1/partner/bookings/", exchange -> {
            Key key = key(exchange);
            String id = exchange.getRequestURI().getPath().substring("/api/v1/partner/bookings/".length());
            Booking booking = bookings.get(id);
            if (key == null) {
                answer(exchange, 401, "application/problem+json", "{\"status\":401}");
            } else if (down.get()) {
                answer(exchange, 503, "application/problem+json", "{\"status\":503}");
            } else if (booking == null || !booking.clinic().equals(key.clinic())) {
                answer(exchange, 404, "application/problem+json", "{\"status\":404}");
            } else {
                answer(exchange, 200, "application/json", json(id, booking, "\"customerId\":\"cus_0123456789abcdef01234567\","));
            }
        });
        return Map.of("quarkus.rest-client.booking.url", address);
    }

    private Key key(HttpExchange exchange) {
        Key key = keys.get(String.valueOf(exchange.getRequestHeaders().getFirst("X-Api-Key")));
        return key == null || key.revoked() ? null : key;
    }

    private static String json(String id, Booking booking, String extra) {
        return "{\"id\":\"" + id + "\"," + extra + "\"status\":\"" + booking.status() + "\",\"start\":\"" + booking.start()
                + "\",\"end\":\"" + booking.end() + "\"}";
    }

    /** The token's subject, read without checking it: recommendation-service checked it before it called. */
    private static String subject(String authorization) {
        if (authorization == null || !authorization.startsWith("Bearer ")) {
            return null;
        }
        String[] parts = authorization.substring(7).split("\\.");
        if (parts.length < 2) {
            return null;
        }
        Matcher matcher = SUBJECT.matcher(new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
        return matcher.find() ? matcher.group(1) : null;
    }

    private static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> values = new HashMap<>();
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                values.put(pair.substring(0, eq), URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return values;
    }
}
