package io.restwell.system.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import groovy.json.JsonOutput;
import io.restassured.specification.RequestSpecification;
import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;

/**
 * Erasure reaches everything (docs/security.md): a person logs nights, gets a suggestion, books through
 * it and directly (with notes, one cancelled with a reason, a clinic webhook queued for each change),
 * then erases with {@code DELETE /api/v1/journal}. Afterwards no answer of the gateway returns their
 * data, and no table of any service's PostgreSQL database holds their user id or their text; their
 * bookings still hold the slots.
 */
@ExtendWith(SharedPlatform.class)
class ErasureIT {

    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Test
    void afterAnErasureNoServiceReturnsOrStoresThePersonsData() throws Exception {
        String user = "erasure-" + UUID.randomUUID();
        String note = "erasure-note-" + UUID.randomUUID();
        String reason = "erasure-reason-" + UUID.randomUUID();
        LocalDate night = LocalDate.now().minusDays(1);

        as(user).body("""
                {"recordedAt":"%sT20:00:00+01:00","intensity":7,"location":"LOWER_BACK","character":"ACHING",
                 "chronic":true,"stressRelated":false,"disturbedSleep":true}""".formatted(night))
                .post("/api/v1/journal/pain-entries").then().statusCode(201);
        as(user).body("""
                {"night":"%s","bedtime":"%sT23:00:00+01:00","wakeTime":"%sT07:00:00+01:00","sleepLatencyMinutes":70,
                 "awakenings":4,"wakeAfterSleepOnsetMinutes":60,"quality":1,"notes":"%s"}""".formatted(night, night, night.plusDays(1), note))
                .post("/api/v1/journal/sleep-entries").then().statusCode(201);
        Map<String, Object> suggestion = SharedPlatform.awaitSuggestions(Set.of(user), Set.of("FILLED"), PATIENCE).get(user).get(0);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> slots = (List<Map<String, Object>>) suggestion.get("slots");
        assertTrue(slots.size() >= 2, "two evening slots to book: " + slots);

        // The clinic of the second slot listens to webhooks, so booking-service stores delivery bodies for it.
        String clinic = (String) slots.get(1).get("clinicId");
        String admin = DevTokens.issue("ops-" + UUID.randomUUID(), List.of("admin"));
        String endpoint = api().auth().oauth2(admin).contentType("application/json").body("{\"url\":\"http://127.0.0.1:1/erasure-it\"}")
                .post("/api/v1/admin/clinics/" + clinic + "/webhooks").then().statusCode(201).extract().path("id");
        try {
            String accepted = as(user).body(choice(slots.get(0)))
                    .post("/api/v1/recommendations/" + suggestion.get("id") + "/accept")
                    .then().statusCode(200).extract().path("bookingId");
            // A second booking at that clinic, two days after the first (booking allows one per clinic and day): the
            // first slot open there now. Every person is offered the same earliest slots, so another test may hold slot 1.
            String later = OffsetDateTime.parse((String) slots.get(0).get("start")).toLocalDate().plusDays(2).toString();
            Map<String, Object> open = api().queryParam("sessionType", slots.get(1).get("sessionType")).queryParam("clinicId", clinic)
                    .queryParam("from", later).get("/api/v1/availability").then().statusCode(200).extract().path("items[0]");
            Map<String, Object> direct = new LinkedHashMap<>();
            direct.put("therapistId", open.get("therapistId"));
            direct.put("sessionType", open.get("sessionType"));
            direct.put("start", open.get("start"));
            direct.put("notes", "please mind my back, " + note);
            String cancelled = as(user).header("Idempotency-Key", "erasure-it-" + UUID.randomUUID()).body(JsonOutput.toJson(direct))
                    .post("/api/v1/bookings").then().statusCode(201).extract().path("id");
            as(user).body(JsonOutput.toJson(Map.of("reason", reason))).post("/api/v1/bookings/" + cancelled + "/cancel").then().statusCode(200);
            awaitRows(() -> rowsHolding(reason, SharedPlatform.BOOKING) > 0
                    && count(SharedPlatform.BOOKING, "select count(*) from webhook_delivery where booking_id = '" + cancelled + "'") >= 2,
                    "the cancellation and its webhook deliveries are stored");
            for (String service : List.of(SharedPlatform.JOURNAL, SharedPlatform.BOOKING, SharedPlatform.RECOMMENDATION)) {
                assertTrue(rowsHolding(user, service) > 0, service + " holds the person before the erasure");
            }

            as(user).delete("/api/v1/journal").then().statusCode(200);

            awaitRows(() -> {
                for (String service : List.of(SharedPlatform.JOURNAL, SharedPlatform.BOOKING, SharedPlatform.RECOMMENDATION)) {
                    if (rowsHolding(user, service) + rowsHolding(note, service) + rowsHolding(reason, service) > 0) {
                        return false;
                    }
                }
                return true;
            }, "no table of any service holds the person's id, note or reason");

            as(user).get("/api/v1/journal/sleep-entries").then().statusCode(200).body("total", equalTo(0));
            as(user).get("/api/v1/journal/pain-entries").then().statusCode(200).body("total", equalTo(0));
            assertFalse(as(user).queryParam("format", "csv").get("/api/v1/journal/export").then().statusCode(200)
                    .extract().asString().contains(note));
            as(user).get("/api/v1/recommendations").then().statusCode(200).body("total", equalTo(0));
            as(user).get("/api/v1/recommendations/" + suggestion.get("id")).then().statusCode(404);
            as(user).get("/api/v1/recommendations/insights").then().statusCode(200).body("sessionTypes.size()", equalTo(0));
            as(user).get("/api/v1/bookings").then().statusCode(200).body("total", equalTo(0));
            as(user).get("/api/v1/bookings/" + accepted).then().statusCode(404);
            as(user).get("/api/v1/bookings/" + cancelled).then().statusCode(404);

            // The clinic's books keep both sessions: time, therapist, type, price and status, under a stand-in.
            assertEquals(List.of("BOOKED/erased-"), query(SharedPlatform.BOOKING,
                    "select status || '/' || substr(user_id, 1, 7) from booking where id = '" + accepted + "'"));
            assertEquals(List.of("erased-"), query(SharedPlatform.BOOKING,
                    "select substr(user_id, 1, 7) from booking where id = '" + cancelled + "' and status in ('CANCELLED', 'LATE_CANCELLED')"));
            for (String delivery : query(SharedPlatform.BOOKING, "select body from webhook_delivery where booking_id = '" + cancelled + "'")) {
                assertFalse(delivery.contains(reason), delivery);
            }
        } finally {
            api().auth().oauth2(admin).delete("/api/v1/admin/clinics/" + clinic + "/webhooks/" + endpoint);
        }
    }

    private static RequestSpecification api() {
        return given().baseUri(SharedPlatform.stack().gateway().toString());
    }

    private static RequestSpecification as(String user) {
        return api().auth().oauth2(SharedPlatform.token(user)).contentType("application/json");
    }

    private static String choice(Map<String, Object> slot) {
        return "{\"therapistId\":\"" + slot.get("therapistId") + "\",\"start\":\"" + slot.get("start") + "\"}";
    }

    /** Rows of any table of the service's database whose text holds {@code needle}. */
    private static long rowsHolding(String needle, String service) throws SQLException {
        long found = 0;
        try (Connection db = connect(service)) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'")) {
                while (rows.next()) {
                    tables.add(rows.getString(1));
                }
            }
            assertFalse(tables.isEmpty(), service + " has tables");
            for (String table : tables) {
                try (PreparedStatement statement = db.prepareStatement("select count(*) from \"" + table + "\" t where t::text like ?")) {
                    statement.setString(1, "%" + needle + "%");
                    try (ResultSet rows = statement.executeQuery()) {
                        rows.next();
                        found += rows.getLong(1);
                    }
                }
            }
        }
        return found;
    }

    private static long count(String service, String sql) throws SQLException {
        return Long.parseLong(query(service, sql).get(0));
    }

    private static List<String> query(String service, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection db = connect(service); ResultSet rows = db.createStatement().executeQuery(sql)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    /** The service's own database, as the service's own role (its name is its password in the local stack). */
    private static Connection connect(String service) throws SQLException {
        String url = SharedPlatform.stack().databases().get(service);
        String database = url.substring(url.lastIndexOf('/') + 1);
        return DriverManager.getConnection(url, database, database);
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void awaitRows(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + PATIENCE + ": " + what);
            }
            Thread.sleep(250);
        }
    }
}
