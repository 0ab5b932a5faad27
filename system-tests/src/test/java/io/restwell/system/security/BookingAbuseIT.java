package io.restwell.system.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;

/**
 * Hostile requests against booking-service's business flows and partner access, through the gateway of
 * the shared packaged platform: hoarding a clinic's slots (OWASP API6), moving a booking to another clinic,
 * webhook URLs that reach internal addresses in IPv6 clothing (API7, SSRF), and a deactivated clinic's key
 * (API2/API5). Each test makes its own clinics, so the demo clinics the other classes use stay as they are.
 */
@ExtendWith(SharedPlatform.class)
class BookingAbuseIT {

    private static final String ZONE = "Europe/Berlin";
    private static final String ADMIN = DevTokens.issue("security-admin-" + UUID.randomUUID(), List.of("admin"));

    @Test
    void onePersonCannotHoardAClinicsSlots() {
        Clinic clinic = clinic();
        String person = person();
        for (int day = 2; day <= 7; day++) {
            book(person, clinic.therapist(), clinic.at(day, "10:00")).statusCode(201);
        }
        book(person, clinic.therapist(), clinic.at(8, "10:00")).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/open-booking-limit"))
                .body("limit", equalTo(6)).body("current", equalTo(6));

        String other = person();
        book(other, clinic.therapist(), clinic.at(2, "14:00")).statusCode(201);
        book(other, clinic.therapist(), clinic.at(2, "16:00")).statusCode(409)
                .body("type", equalTo("https://restwell.dev/problems/clinic-day-booking-limit"))
                .body("limit", equalTo(1)).body("current", equalTo(1));
    }

    @Test
    void aBookingCannotBeMovedToAnotherClinic() {
        Clinic first = clinic();
        Clinic second = clinic();
        String person = person();
        String id = book(person, first.therapist(), first.at(5, "10:00")).statusCode(201).extract().path("id");

        api().auth().oauth2(person).contentType("application/json")
                .body(json(Map.of("start", second.at(6, "11:00").toString(), "therapistId", second.therapist())))
                .post("/api/v1/bookings/" + id + "/reschedule")
                .then().statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                .body("errors[0].field", equalTo("therapistId"));
        api().auth().oauth2(person).get("/api/v1/bookings/" + id).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("clinicId", equalTo(first.id()));
        // clinic 1 still sees it through its partner API
        api().header("X-Api-Key", key(first)).get("/api/v1/partner/bookings/" + id).then().statusCode(200);
    }

    @Test
    void webhookUrlsThatReachInternalAddressesInIpv6FormAreRefused() {
        String key = key(clinic());
        for (String url : List.of("https://[::127.0.0.1]/", "https://[64:ff9b::a9fe:a9fe]/", "https://[::ffff:a9fe:a9fe]/",
                "https://[2002:a9fe:a9fe::]/", "https://[fd00:ec2::254]/", "https://[fe80::1]/", "https://2852039166/")) {
            api().header("X-Api-Key", key).contentType("application/json").body(json(Map.of("url", url)))
                    .post("/api/v1/partner/webhooks")
                    .then().statusCode(422).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("url"));
        }
        api().header("X-Api-Key", key).get("/api/v1/partner/webhooks").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void aDeactivatedClinicsKeyIsRefusedLikeAnUnknownOneUntilReactivated() {
        Clinic clinic = clinic();
        String key = key(clinic);
        api().header("X-Api-Key", key).get("/api/v1/partner/clinic").then().statusCode(200);

        setActive(clinic, false);
        JsonPath refused = api().header("X-Api-Key", key).get("/api/v1/partner/clinic")
                .then().statusCode(401).contentType("application/problem+json").extract().jsonPath();
        JsonPath unknown = api().header("X-Api-Key", key.substring(0, 8) + "B".repeat(key.length() - 8))
                .get("/api/v1/partner/clinic").then().statusCode(401).extract().jsonPath();
        for (String member : List.of("type", "title", "status", "detail")) {
            assertEquals(unknown.getString(member), refused.getString(member), member);
        }
        api().header("X-Api-Key", key).get("/api/v1/partner/webhooks").then().statusCode(401);

        setActive(clinic, true);
        api().header("X-Api-Key", key).get("/api/v1/partner/clinic").then().statusCode(200).body("id", equalTo(clinic.id()));
    }

    // --- helpers

    record Clinic(String id, String therapist) {
        OffsetDateTime at(int daysAhead, String time) {
            ZoneId zone = ZoneId.of(ZONE);
            return LocalDate.now(zone).plusDays(daysAhead).atTime(LocalTime.parse(time)).atZone(zone).toOffsetDateTime();
        }
    }

    private static RequestSpecification api() {
        return given().baseUri(SharedPlatform.stack().gateway().toString());
    }

    /** JSON text (this module has no Jackson; rest-assured's Groovy has a writer). */
    private static String json(Object value) {
        return groovy.json.JsonOutput.toJson(value);
    }

    private static String person() {
        return SharedPlatform.token("abuser-" + UUID.randomUUID());
    }

    /** A new clinic with one therapist working 08:00-20:00 every day. */
    private static Clinic clinic() {
        String clinic = api().auth().oauth2(ADMIN).contentType("application/json").body(json(clinicBody(true)))
                .post("/api/v1/clinics").then().statusCode(201).extract().path("id");
        String therapist = api().auth().oauth2(ADMIN).contentType("application/json")
                .body(json(Map.of("name", "Therapist " + UUID.randomUUID(), "qualifications", List.of("SWEDISH"))))
                .post("/api/v1/clinics/" + clinic + "/therapists").then().statusCode(201).extract().path("id");
        api().auth().oauth2(ADMIN).contentType("application/json")
                .body(json(Map.of("bufferMinutes", 10, "weeklyHours", Arrays.stream(DayOfWeek.values())
                        .map(day -> Map.of("day", day.name(), "start", "08:00", "end", "20:00")).toList())))
                .put("/api/v1/clinics/" + clinic + "/therapists/" + therapist + "/schedule").then().statusCode(200);
        return new Clinic(clinic, therapist);
    }

    private static Map<String, Object> clinicBody(boolean active) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", "Security suite clinic " + UUID.randomUUID());
        body.put("address", Map.of("street", "Teststraße 1", "postalCode", "10115", "city", "Testcity", "country", "DE"));
        body.put("timeZone", ZONE);
        body.put("contact", Map.of("email", "security@example.com"));
        body.put("active", active);
        return body;
    }

    private static void setActive(Clinic clinic, boolean active) {
        Map<String, Object> body = clinicBody(active);
        body.put("name", api().auth().oauth2(ADMIN).get("/api/v1/clinics/" + clinic.id()).then().statusCode(200)
                .extract().path("name"));
        api().auth().oauth2(ADMIN).contentType("application/json").body(json(body)).put("/api/v1/clinics/" + clinic.id())
                .then().statusCode(200).body("active", equalTo(active));
    }

    private static String key(Clinic clinic) {
        return api().auth().oauth2(ADMIN).contentType("application/json").body(json(Map.of("label", "security suite")))
                .post("/api/v1/admin/clinics/" + clinic.id() + "/api-keys").then().statusCode(201).extract().path("key");
    }

    private static ValidatableResponse book(String token, String therapist, OffsetDateTime start) {
        return api().auth().oauth2(token).contentType("application/json").header("Idempotency-Key", UUID.randomUUID().toString())
                .body(json(Map.of("therapistId", therapist, "sessionType", "SWEDISH", "start", start.toString(), "durationMinutes", 60)))
                .post("/api/v1/bookings").then();
    }
}
