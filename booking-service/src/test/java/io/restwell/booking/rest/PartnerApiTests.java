package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

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
import io.restwell.booking.StoredBookings;
import io.restwell.booking.domain.ApiKeys;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.events.EventTypes;
import io.restwell.local.testing.RestwellInfrastructure;

/** The partner API: clinic API keys, their scope (one clinic, partner paths only), and what a clinic can do with one. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class PartnerApiTests {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    EntityManager entityManager;

    @Test
    void aKeyIsShownOnceAndKeptOnlyAsItsPrefixAndHash() {
        UUID clinic = Fixtures.clinic("Europe/Berlin");
        String base = "/api/v1/admin/clinics/" + clinic + "/api-keys";
        var created = given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("label", "Front desk"))
                .when().post(base)
                .then().statusCode(201)
                .header("Location", containsString(base + "/"))
                .header("Cache-Control", "no-store")
                .body("label", equalTo("Front desk"))
                .body("clinicId", equalTo(clinic.toString()))
                .extract();
        String key = created.path("key");
        String prefix = created.path("prefix");
        assertTrue(key.matches("rw_test_[0-9A-Za-z]{40}"), key);
        assertEquals(key.substring(0, 16), prefix);

        given().auth().oauth2(Fixtures.ADMIN).when().get(base)
                .then().statusCode(200)
                .body("size()", equalTo(1))
                .body("[0].prefix", equalTo(prefix))
                .body("[0]", not(org.hamcrest.Matchers.hasKey("key")))
                .body("[0].revokedAt", nullValue());

        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select key_prefix, key_hash from partner_api_key where clinic_id = :clinic")
                .setParameter("clinic", clinic).getSingleResult());
        assertEquals(prefix, row[0]);
        assertEquals(ApiKeys.sha256(key), row[1]);
        Number plaintextAnywhere = QuarkusTransaction.requiringNew().call(() -> (Number) entityManager.createNativeQuery(
                "select count(*) from partner_api_key k where position(:secret in k::text) > 0")
                .setParameter("secret", key.substring(16)).getSingleResult());
        assertEquals(0, plaintextAnywhere.intValue());

        // validation and scope of the admin API
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("label", " "))
                .when().post(base).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("label"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("label", "x".repeat(101)))
                .when().post(base).then().statusCode(400).body("errors[0].field", equalTo("label"));
        given().auth().oauth2(Fixtures.user()).contentType(ContentType.JSON).body(Map.of("label", "mine"))
                .when().post(base).then().statusCode(403).contentType("application/problem+json");
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("label", "nowhere"))
                .when().post("/api/v1/admin/clinics/" + UUID.randomUUID() + "/api-keys").then().statusCode(404);
        // a key cannot manage keys: admin paths take tokens only
        Fixtures.partner(key).when().get(base).then().statusCode(401);
    }

    /** What recommendation-service asks with a clinic's own key before it shows a therapist brief (docs/partners.md). */
    @Test
    void aKeyTellsWhoItSpeaksForAndARevokedKeyIsRefusedAtOnce() {
        UUID clinic = Fixtures.clinic("Europe/Berlin");
        String key = Fixtures.apiKey(clinic);
        String other = Fixtures.apiKey(Fixtures.clinic("Europe/Berlin"));
        String keyId = given().auth().oauth2(Fixtures.ADMIN).when().get("/api/v1/admin/clinics/" + clinic + "/api-keys")
                .then().statusCode(200).extract().path("[0].id");
        String answer = Fixtures.partner(key).when().get("/api/v1/partner/me").then().statusCode(200)
                .body("clinicId", equalTo(clinic.toString()))
                .body("keyId", equalTo(keyId))
                .body("keyPrefix", equalTo(key.substring(0, 16)))
                .extract().asString();
        assertFalse(answer.contains(key.substring(16)), "the key's secret part came back: " + answer);
        Fixtures.partner(other).when().get("/api/v1/partner/me").then().statusCode(200)
                .body("clinicId", not(equalTo(clinic.toString())));
        given().auth().oauth2(Fixtures.ADMIN).when().get("/api/v1/partner/me").then().statusCode(401);
        Fixtures.partner("rw_test_" + "x".repeat(40)).when().get("/api/v1/partner/me").then().statusCode(401)
                .contentType("application/problem+json");

        given().auth().oauth2(Fixtures.ADMIN).when().delete("/api/v1/admin/clinics/" + clinic + "/api-keys/" + keyId)
                .then().statusCode(200);
        Fixtures.partner(key).when().get("/api/v1/partner/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void clinicsKnowAPersonByTheirOwnPseudonymNeverByTheUserId() {
        Practice a = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        Practice b = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String person = "pseudo-" + UUID.randomUUID();
        StoredBookings.insert(person, a, OffsetDateTime.now().plusDays(2), BookingStatus.BOOKED);
        StoredBookings.insert(person, a, OffsetDateTime.now().plusDays(4), BookingStatus.BOOKED);
        StoredBookings.insert("someone-else-" + UUID.randomUUID(), a, OffsetDateTime.now().plusDays(3), BookingStatus.BOOKED);
        StoredBookings.insert(person, b, OffsetDateTime.now().plusDays(2), BookingStatus.BOOKED);

        String atA = Fixtures.partner(Fixtures.apiKey(a.clinic())).when().get("/api/v1/partner/bookings").then()
                .statusCode(200).body("total", equalTo(3)).extract().asString();
        assertFalse(atA.contains(person), "the user id reached a clinic: " + atA);
        List<String> customers = io.restassured.path.json.JsonPath.from(atA).getList("items.customerId");
        customers.forEach(customer -> assertTrue(customer.matches("cus_[0-9a-f]{24}"), customer));
        // sorted by start: the person (day 2), someone else (day 3), the person again (day 4)
        assertEquals(customers.get(0), customers.get(2), "a returning customer keeps their id");
        assertNotEquals(customers.get(0), customers.get(1));
        String atB = Fixtures.partner(Fixtures.apiKey(b.clinic())).when().get("/api/v1/partner/bookings").then()
                .statusCode(200).body("total", equalTo(1)).extract().path("items[0].customerId");
        assertNotEquals(customers.get(0), atB, "two clinics could tell they share a customer");
    }

    @Test
    void aKeySeesAndChangesOnlyItsOwnClinic() {
        Practice a = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        Practice b = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String keyA = Fixtures.apiKey(a.clinic());
        String keyB = Fixtures.apiKey(b.clinic());
        UUID atA = StoredBookings.insert("pa-" + UUID.randomUUID(), a, OffsetDateTime.now().plusDays(3), BookingStatus.BOOKED);
        UUID atB = StoredBookings.insert("pb-" + UUID.randomUUID(), b, OffsetDateTime.now().plusDays(3), BookingStatus.BOOKED);
        UUID startedAtB = StoredBookings.insert("pb-" + UUID.randomUUID(), b, OffsetDateTime.now().minusHours(1), BookingStatus.BOOKED);

        Fixtures.partner(keyA).when().get("/api/v1/partner/bookings")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(atA.toString()))
                .body("items[0].customerId", notNullValue());
        Fixtures.partner(keyA).when().get("/api/v1/partner/clinic").then().statusCode(200).body("id", equalTo(a.clinic().toString()));
        Fixtures.partner(keyA).when().get("/api/v1/partner/bookings/" + atA).then().statusCode(200)
                .header("ETag", equalTo("\"0\"")).body("status", equalTo("BOOKED"));

        // B's booking is as absent to A as one that does not exist, for reads and for every change
        for (UUID foreign : List.of(atB, startedAtB, UUID.randomUUID())) {
            Fixtures.partner(keyA).when().get("/api/v1/partner/bookings/" + foreign)
                    .then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("https://restwell.dev/problems/not-found"));
            Fixtures.partner(keyA).contentType(ContentType.JSON).body(Map.of("reason", "not mine"))
                    .when().post("/api/v1/partner/bookings/" + foreign + "/cancel").then().statusCode(404);
            Fixtures.partner(keyA).contentType(ContentType.JSON).body(Map.of("status", "COMPLETED"))
                    .when().post("/api/v1/partner/bookings/" + foreign + "/status").then().statusCode(404);
        }
        Fixtures.partner(keyA).when().get("/api/v1/partner/therapists/" + b.therapist() + "/schedule").then().statusCode(404);
        Fixtures.partner(keyA).contentType(ContentType.JSON).body(Map.of("date", "2030-01-02", "kind", "DAY_OFF"))
                .when().post("/api/v1/partner/therapists/" + b.therapist() + "/schedule/exceptions").then().statusCode(404);
        Fixtures.partner(keyA).when().get("/api/v1/partner/therapists")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(a.therapist().toString()));

        Fixtures.partner(keyB).when().get("/api/v1/partner/bookings/" + atB).then().statusCode(200).body("status", equalTo("BOOKED"));
        Fixtures.partner(keyB).when().get("/api/v1/partner/bookings/" + startedAtB).then().statusCode(200)
                .body("status", equalTo("BOOKED")).body("version", equalTo(0));
    }

    @Test
    void keysWorkOnlyOnThePartnerApiAndTheApiTakesNothingButAValidLiveKey() {
        UUID clinic = Fixtures.clinic("Europe/London");
        String old = Fixtures.apiKey(clinic);
        String rotated = Fixtures.apiKey(clinic);

        given().when().get("/api/v1/partner/bookings")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("X-Api-Key"))
                .body("type", equalTo("https://restwell.dev/problems/unauthorized"))
                .body("detail", containsString("X-Api-Key"));
        Fixtures.partner("rw_test_" + "A".repeat(40)).when().get("/api/v1/partner/bookings").then().statusCode(401);
        Fixtures.partner("not a key").when().get("/api/v1/partner/bookings").then().statusCode(401);
        Fixtures.partner(old.substring(0, 16) + "B".repeat(32)).when().get("/api/v1/partner/bookings").then().statusCode(401);
        // a person's token (even an admin's) is not accepted on the partner API
        given().auth().oauth2(Fixtures.ADMIN).when().get("/api/v1/partner/bookings").then().statusCode(401);
        given().auth().oauth2(Fixtures.ADMIN).header("Authorization", "ApiKey " + old).when().get("/api/v1/partner/bookings")
                .then().statusCode(401);
        // and a key is accepted nowhere else
        Fixtures.partner(old).when().get("/api/v1/bookings").then().statusCode(401).contentType("application/problem+json");
        Fixtures.partner(old).when().get("/api/v1/clinics/" + clinic + "/bookings").then().statusCode(401);
        Fixtures.partner(old).contentType(ContentType.JSON).body(clinicUpdate())
                .when().put("/api/v1/clinics/" + clinic).then().statusCode(401);

        Fixtures.partner(old).when().get("/api/v1/partner/bookings").then().statusCode(200);
        String keyId = given().auth().oauth2(Fixtures.ADMIN).when().get("/api/v1/admin/clinics/" + clinic + "/api-keys")
                .then().statusCode(200).body("lastUsedAt", hasItem(notNullValue()))
                .extract().path("find { it.prefix == '" + old.substring(0, 16) + "' }.id");
        given().auth().oauth2(Fixtures.ADMIN).when().delete("/api/v1/admin/clinics/" + clinic + "/api-keys/" + keyId)
                .then().statusCode(200).body("revokedAt", notNullValue());
        given().auth().oauth2(Fixtures.ADMIN).when().delete("/api/v1/admin/clinics/" + clinic + "/api-keys/" + keyId)
                .then().statusCode(200);
        given().auth().oauth2(Fixtures.ADMIN).when().delete("/api/v1/admin/clinics/" + Fixtures.clinic("Europe/London")
                + "/api-keys/" + keyId).then().statusCode(404);

        Fixtures.partner(old).when().get("/api/v1/partner/bookings").then().statusCode(401);
        Fixtures.partner(rotated).when().get("/api/v1/partner/bookings").then().statusCode(200);
    }

    @Test
    void theClinicMarksVisitsAndCancelsWithAReasonThePersonIsToldThrough() throws Exception {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String key = Fixtures.apiKey(practice.clinic());
        String userId = "partner-cancel-" + UUID.randomUUID();
        UUID started = StoredBookings.insert(userId, practice, OffsetDateTime.now().minusMinutes(30), BookingStatus.BOOKED);
        UUID missed = StoredBookings.insert(userId, practice, OffsetDateTime.now().minusHours(4), BookingStatus.BOOKED);
        UUID tomorrow = StoredBookings.insert(userId, practice, OffsetDateTime.now().plusHours(20), BookingStatus.BOOKED);
        String bookingsPath = "/api/v1/partner/bookings/";

        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("status", "ARRIVED"))
                .when().post(bookingsPath + started + "/status").then().statusCode(200).body("status", equalTo("ARRIVED"))
                .header("ETag", equalTo("\"1\""));
        Fixtures.partner(key).contentType(ContentType.JSON).header("If-Match", "\"0\"").body(Map.of("status", "COMPLETED"))
                .when().post(bookingsPath + started + "/status").then().statusCode(412);
        Fixtures.partner(key).contentType(ContentType.JSON).header("If-Match", "\"1\"").body(Map.of("status", "COMPLETED"))
                .when().post(bookingsPath + started + "/status").then().statusCode(200).body("status", equalTo("COMPLETED"));
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("status", "NO_SHOW"))
                .when().post(bookingsPath + missed + "/status").then().statusCode(200).body("status", equalTo("NO_SHOW"));
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("status", "COMPLETED"))
                .when().post(bookingsPath + tomorrow + "/status").then().statusCode(409).contentType("application/problem+json");
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("status", "SLEEPING"))
                .when().post(bookingsPath + tomorrow + "/status").then().statusCode(400).body("errors[0].field", equalTo("status"));

        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of())
                .when().post(bookingsPath + tomorrow + "/cancel").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(501)))
                .when().post(bookingsPath + tomorrow + "/cancel").then().statusCode(400).body("errors[0].field", equalTo("reason"));
        Fixtures.partner(key).contentType(ContentType.JSON).body("{\"reason\": ")
                .when().post(bookingsPath + tomorrow + "/cancel").then().statusCode(400).contentType("application/problem+json");
        // inside the person's late-cancellation window, but a clinic's cancellation is always free
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("reason", "Your therapist is ill"))
                .when().post(bookingsPath + tomorrow + "/cancel")
                .then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("cancelledBy", equalTo("CLINIC"))
                .body("cancellationReason", equalTo("Your therapist is ill"));
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("reason", "again"))
                .when().post(bookingsPath + tomorrow + "/cancel").then().statusCode(409);
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("reason", "too late"))
                .when().post(bookingsPath + missed + "/cancel").then().statusCode(409);

        @SuppressWarnings("unchecked")
        List<Object[]> events = QuarkusTransaction.requiringNew().call(() -> entityManager.createNativeQuery(
                "select type, payload::text from outbox_event where aggregate_key = :user order by seq")
                .setParameter("user", userId).getResultList());
        assertEquals(List.of(EventTypes.BOOKING_COMPLETED, EventTypes.BOOKING_NO_SHOW, EventTypes.BOOKING_CANCELLED),
                events.stream().map(row -> (String) row[0]).toList());
        JsonNode cancelled = JSON.readTree((String) events.get(2)[1]);
        assertEquals(tomorrow.toString(), cancelled.get("bookingId").asText());
        assertEquals("CANCELLED", cancelled.get("status").asText());
        assertEquals("Your therapist is ill", cancelled.get("reason").asText());
    }

    @Test
    void aSyncAsksForWhatChangedSinceItsLastLookAndBlockedTimeLeavesAvailabilityAtOnce() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        String token = Fixtures.user();
        String first = Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(10, "09:00"), 60))
                .then().statusCode(201).extract().path("id");
        String second = Fixtures.book(token, Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(11, "09:00"), 60))
                .then().statusCode(201).extract().path("id");
        Fixtures.partner(key).queryParam("changedSince", OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(5).toString())
                .when().get("/api/v1/partner/bookings")
                .then().statusCode(200).body("total", equalTo(2)).body("items.id", equalTo(List.of(first, second)));

        OffsetDateTime mark = OffsetDateTime.now(ZoneOffset.UTC);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("reason", "Travelling"))
                .when().post("/api/v1/bookings/" + first + "/cancel").then().statusCode(200);
        Fixtures.partner(key).queryParam("changedSince", mark.toString()).when().get("/api/v1/partner/bookings")
                .then().statusCode(200).body("total", equalTo(1))
                .body("items[0].id", equalTo(first)).body("items[0].status", equalTo("CANCELLED"))
                .body("items[0].cancelledBy", equalTo("CUSTOMER")).body("items[0].version", equalTo(1));
        Fixtures.partner(key).queryParam("status", "BOOKED").when().get("/api/v1/partner/bookings")
                .then().statusCode(200).body("total", equalTo(1)).body("items[0].id", equalTo(second));
        Fixtures.partner(key).queryParam("changedSince", "2026-11-02").when().get("/api/v1/partner/bookings")
                .then().statusCode(400).body("errors[0].field", equalTo("changedSince"));
        Fixtures.partner(key).queryParam("status", "HELD").when().get("/api/v1/partner/bookings")
                .then().statusCode(400).body("errors[0].field", equalTo("status"));

        String day = practice.at(12, "09:00").toLocalDate().toString();
        assertTrue(slotStarts(practice, day).contains("14:00"));
        String exception = Fixtures.partner(key).contentType(ContentType.JSON)
                .body(Map.of("date", day, "kind", "TIME_OFF", "start", "13:00", "end", "20:00", "note", "Training"))
                .when().post("/api/v1/partner/therapists/" + practice.therapist() + "/schedule/exceptions")
                .then().statusCode(201).body("kind", equalTo("TIME_OFF")).extract().path("id");
        List<String> blocked = slotStarts(practice, day);
        assertFalse(blocked.contains("14:00"), blocked.toString());
        assertTrue(blocked.contains("09:00"));
        assertTrue(blocked.stream().allMatch(start -> start.compareTo("12:00") <= 0), blocked.toString());
        Fixtures.partner(key).when().delete("/api/v1/partner/therapists/" + practice.therapist() + "/schedule/exceptions/" + exception)
                .then().statusCode(204);
        assertTrue(slotStarts(practice, day).contains("14:00"));

        Fixtures.partner(key).contentType(ContentType.JSON)
                .body(Map.of("bufferMinutes", 0, "weeklyHours", List.of(Map.of("day", practice.at(12, "09:00").getDayOfWeek().name(),
                        "start", "10:00", "end", "12:00"))))
                .when().put("/api/v1/partner/therapists/" + practice.therapist() + "/schedule")
                .then().statusCode(200).body("bufferMinutes", equalTo(0));
        assertEquals(List.of("10:00", "10:30", "11:00"), slotStarts(practice, day));
    }

    @Test
    void theOpenApiDocumentDescribesThePartnerApiAndItsKeyScheme() {
        JsonPath openapi = given().queryParam("format", "json").when().get("/q/openapi").then().statusCode(200).extract().jsonPath();
        assertEquals("apiKey", openapi.getString("components.securitySchemes.partnerApiKey.type"));
        assertEquals("header", openapi.getString("components.securitySchemes.partnerApiKey.in"));
        assertEquals("X-Api-Key", openapi.getString("components.securitySchemes.partnerApiKey.name"));
        Map<String, Map<String, Object>> paths = openapi.getMap("paths");
        int partnerOperations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            if (!path.getKey().startsWith("/api/v1/partner/")) {
                continue;
            }
            for (Map.Entry<String, Object> operation : path.getValue().entrySet()) {
                @SuppressWarnings("unchecked")
                Map<String, Object> op = (Map<String, Object>) operation.getValue();
                String where = operation.getKey() + " " + path.getKey();
                assertTrue(String.valueOf(op.get("operationId")).matches("[a-z]+Partner[A-Za-z]+"), where);
                assertTrue(op.get("summary") != null && op.get("tags") != null, where);
                assertEquals("[{partnerApiKey=[]}]", String.valueOf(op.get("security")), where);
                assertTrue(((Map<?, ?>) op.get("responses")).containsKey("401"), where);
                partnerOperations++;
            }
        }
        assertTrue(partnerOperations >= 20, "partner operations: " + partnerOperations);
        assertTrue(openapi.getString("paths.'/api/v1/partner/webhooks'.post.description").contains("Restwell-Signature"));
    }

    private List<String> slotStarts(Practice practice, String day) {
        List<String> starts = given().queryParam("sessionType", "DEEP_TISSUE").queryParam("therapistId", practice.therapist())
                .queryParam("from", day).queryParam("to", day).queryParam("size", 100)
                .when().get("/api/v1/availability").then().statusCode(200).extract().path("items.start");
        return starts.stream().map(start -> start.substring(11, 16)).toList();
    }

    private static Map<String, Object> clinicUpdate() {
        return Fixtures.clinicBody("Renamed", "Europe/London");
    }
}
