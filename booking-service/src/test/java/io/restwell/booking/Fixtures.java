package io.restwell.booking;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restwell.local.DevTokens;

/** Test data made through the public API, each test with its own clinics, therapists and users. */
public final class Fixtures {

    public static final String ADMIN = DevTokens.issue("admin-" + UUID.randomUUID(), List.of("admin"));

    private Fixtures() {
    }

    /** A token for a new random person. */
    public static String user() {
        return userToken("user-" + UUID.randomUUID());
    }

    public static String userToken(String userId) {
        return DevTokens.issue(userId, List.of("user"));
    }

    public static Map<String, Object> clinicBody(String name, String timeZone) {
        return Map.of("name", name,
                "address", Map.of("street", "Teststraße 1", "postalCode", "10115", "city", "Testcity", "country", "DE"),
                "timeZone", timeZone,
                "contact", Map.of("email", "test@example.com"));
    }

    public static UUID clinic(String timeZone) {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(clinicBody("Clinic " + UUID.randomUUID(), timeZone))
                .when().post("/api/v1/clinics")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    public static UUID therapist(UUID clinicId, String... qualifications) {
        String id = given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Therapist " + UUID.randomUUID(), "qualifications", List.of(qualifications)))
                .when().post("/api/v1/clinics/" + clinicId + "/therapists")
                .then().statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    /** Weekly hours on all seven days, for {@link #schedule}. */
    public static List<Map<String, Object>> everyDay(String start, String end) {
        return java.util.Arrays.stream(java.time.DayOfWeek.values())
                .map(day -> Map.<String, Object>of("day", day.name(), "start", start, "end", end)).toList();
    }

    public static void schedule(UUID clinicId, UUID therapistId, int bufferMinutes, List<Map<String, Object>> weeklyHours) {
        given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("bufferMinutes", bufferMinutes, "weeklyHours", weeklyHours))
                .when().put("/api/v1/clinics/" + clinicId + "/therapists/" + therapistId + "/schedule")
                .then().statusCode(200);
    }

    /** A clinic in {@code zone} with one therapist working 08:00-20:00 every day, buffer {@code buffer} minutes. */
    public record Practice(UUID clinic, UUID therapist, java.time.ZoneId zone) {

        /** A wall-clock time on the date {@code daysAhead} days from today, in the clinic's zone. */
        public java.time.OffsetDateTime at(int daysAhead, String time) {
            return java.time.LocalDate.now(zone).plusDays(daysAhead).atTime(java.time.LocalTime.parse(time))
                    .atZone(zone).toOffsetDateTime();
        }
    }

    public static Practice practice(String zone, int bufferMinutes, String... qualifications) {
        UUID clinic = clinic(zone);
        UUID therapist = therapist(clinic, qualifications);
        schedule(clinic, therapist, bufferMinutes, everyDay("08:00", "20:00"));
        return new Practice(clinic, therapist, java.time.ZoneId.of(zone));
    }

    public static Map<String, Object> bookingBody(UUID therapist, String sessionType, java.time.OffsetDateTime start,
            Integer durationMinutes) {
        Map<String, Object> body = new java.util.HashMap<>();
        body.put("therapistId", therapist.toString());
        body.put("sessionType", sessionType);
        body.put("start", start.toString());
        if (durationMinutes != null) {
            body.put("durationMinutes", durationMinutes);
        }
        return body;
    }

    /** A new API key of the clinic, as the admin API shows it once. */
    public static String apiKey(UUID clinicId) {
        return given().auth().oauth2(ADMIN).contentType(ContentType.JSON)
                .body(Map.of("label", "test key " + UUID.randomUUID()))
                .when().post("/api/v1/admin/clinics/" + clinicId + "/api-keys")
                .then().statusCode(201).extract().path("key");
    }

    /** A request with a partner API key. */
    public static io.restassured.specification.RequestSpecification partner(String apiKey) {
        return given().header("X-Api-Key", apiKey);
    }

    /** POST /api/v1/bookings with a fresh Idempotency-Key. */
    public static io.restassured.response.Response book(String token, Map<String, Object> body) {
        return given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", UUID.randomUUID().toString())
                .body(body)
                .when().post("/api/v1/bookings");
    }

    /** A webhook endpoint of the key's clinic for these event types (its deliveries are only recorded: nothing listens there). */
    public static String webhook(String apiKey, String url, String... eventTypes) {
        return partner(apiKey).contentType(ContentType.JSON).body(Map.of("url", url, "eventTypes", List.of(eventTypes)))
                .when().post("/api/v1/partner/webhooks").then().statusCode(201).extract().path("id");
    }

    /** What the database holds of a booking made by a clinic: whose it is, its channel, its created events and webhook bodies. */
    public record StoredBooking(String userId, String channel, long createdEvents, String webhookBodies) {
    }

    /** The booking's row, its {@code booking.created} events in the outbox and what was queued for {@code endpoint}. */
    public static StoredBooking stored(jakarta.persistence.EntityManager entityManager, String bookingId, String endpoint) {
        Object[] row = io.quarkus.narayana.jta.QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select user_id, channel, (select count(*) from outbox_event e where e.subject = :id and e.type = :type),"
                        + " (select string_agg(d.body, '') from webhook_delivery d where d.booking_id = cast(:id as uuid)"
                        + " and d.endpoint_id = cast(:endpoint as uuid))"
                        + " from booking where id = cast(:id as uuid)")
                .setParameter("id", bookingId).setParameter("type", io.restwell.events.EventTypes.BOOKING_CREATED)
                .setParameter("endpoint", endpoint).getSingleResult());
        return new StoredBooking((String) row[0], (String) row[1], ((Number) row[2]).longValue(), (String) row[3]);
    }
}
