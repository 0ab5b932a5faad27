package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.events.EventTypes;
import io.restwell.local.testing.RestwellInfrastructure;

/** Bookings a clinic takes itself (phone, front desk) through the partner API, for clients without a Restwell account. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class FrontDeskBookingTests {

    private static final String BOOKINGS = "/api/v1/partner/bookings";

    @Inject
    EntityManager entityManager;

    @Test
    void theClinicBooksForItsOwnClientIdempotentlyWithTheEventAndWebhookOfAnyBooking() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        String endpoint = Fixtures.webhook(key, "http://localhost:9/front-desk-hook", EventTypes.BOOKING_CREATED);
        String idempotencyKey = UUID.randomUUID().toString();
        Map<String, Object> body = frontDesk(practice, practice.at(6, "10:00"), "Jana Novak");

        Response created = book(key, idempotencyKey, body);
        created.then().statusCode(201).header("Location", containsString(BOOKINGS + "/"))
                .body("channel", equalTo("FRONT_DESK")).body("status", equalTo("BOOKED"))
                .body("client.name", equalTo("Jana Novak")).body("client.phone", equalTo("+49 30 1234567"))
                .body("client.email", nullValue()).body("customerId", startsWith("cus_"));
        String id = created.path("id");
        book(key, idempotencyKey, body).then().statusCode(200).header("Idempotent-Replayed", "true").body("id", equalTo(id));
        book(key, idempotencyKey, frontDesk(practice, practice.at(6, "12:00"), "Jana Novak")).then().statusCode(422)
                .body("errors[0].field", equalTo("Idempotency-Key"));
        book(key, null, body).then().statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));

        // the slot is taken for everyone: the app's availability and a person's booking
        String day = practice.at(6, "10:00").toLocalDate().toString();
        List<String> starts = given().queryParam("sessionType", "DEEP_TISSUE").queryParam("therapistId", practice.therapist())
                .queryParam("from", day).queryParam("to", day).queryParam("size", 100)
                .when().get("/api/v1/availability").then().statusCode(200).extract().path("items.start");
        assertFalse(starts.stream().anyMatch(start -> start.contains("T10:00")), starts.toString());
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(6, "10:00"), 60))
                .then().statusCode(409);

        Fixtures.StoredBooking stored = Fixtures.stored(entityManager, id, endpoint);
        assertTrue(stored.userId().startsWith("front-desk-"), "a stand-in, not any person's id: " + stored.userId());
        assertEquals("FRONT_DESK", stored.channel());
        assertEquals(1L, stored.createdEvents(), "restwell.booking.created.v1 in the outbox");
        String webhook = stored.webhookBodies();
        assertTrue(webhook != null && webhook.contains(id) && webhook.contains(EventTypes.BOOKING_CREATED), String.valueOf(webhook));
        assertFalse(webhook.contains("Jana") || webhook.contains("1234567"), "the client's details stay out of events and webhooks");
    }

    @Test
    void theClientIsShownToThisClinicOnlyAndErasedOnItsRequest() {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        Practice other = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        String otherKey = Fixtures.apiKey(other.clinic());
        String id = book(key, UUID.randomUUID().toString(), frontDesk(practice, practice.at(7, "09:00"), "Piotr Kowalski"))
                .then().statusCode(201).extract().path("id");

        Fixtures.partner(key).when().get(BOOKINGS + "/" + id).then().statusCode(200).body("client.name", equalTo("Piotr Kowalski"));
        Fixtures.partner(otherKey).when().get(BOOKINGS + "/" + id).then().statusCode(404);
        Fixtures.partner(otherKey).when().delete(BOOKINGS + "/" + id + "/client").then().statusCode(404);
        given().auth().oauth2(Fixtures.user()).when().get("/api/v1/bookings/" + id).then().statusCode(404);
        // another clinic's therapist cannot be booked with this key, and answers like an unknown one
        book(key, UUID.randomUUID().toString(), frontDesk(other, other.at(7, "09:00"), "X")).then().statusCode(422)
                .body("errors[0].field", equalTo("therapistId"));
        // also when that therapist does not give the type asked for: naming the type would confirm the id exists
        Practice swedishOnly = Fixtures.practice("Europe/Berlin", 0, "SWEDISH");
        book(key, UUID.randomUUID().toString(), frontDesk(swedishOnly, swedishOnly.at(7, "09:00"), "X")).then().statusCode(422)
                .body("errors[0].field", equalTo("therapistId"));

        Fixtures.partner(key).when().delete(BOOKINGS + "/" + id + "/client").then().statusCode(200)
                .body("client", nullValue()).body("notes", nullValue()).body("status", equalTo("BOOKED"));
        Object[] row = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select client_name, client_email, client_phone, notes, status from booking where id = cast(:id as uuid)")
                .setParameter("id", id).getSingleResult());
        assertEquals(java.util.Arrays.asList(null, null, null, null, "BOOKED"), java.util.Arrays.asList(row));

        String app = Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(7, "12:00"), 60))
                .then().statusCode(201).extract().path("id");
        Fixtures.partner(key).when().get(BOOKINGS + "/" + app).then().statusCode(200).body("channel", equalTo("APP"))
                .body("client", nullValue());
        Fixtures.partner(key).when().delete(BOOKINGS + "/" + app + "/client").then().statusCode(409);
    }

    @Test
    void theFrontDeskAndTheAppRacingForOneSlotGiveExactlyOneBooking() throws Exception {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        for (int round = 0; round < 6; round++) {
            OffsetDateTime start = practice.at(8, "08:00").plusHours(round);
            CountDownLatch go = new CountDownLatch(1);
            String person = Fixtures.user();
            CompletableFuture<Response> app = CompletableFuture.supplyAsync(() -> {
                await(go);
                return Fixtures.book(person, Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", start, 60));
            });
            CompletableFuture<Response> desk = CompletableFuture.supplyAsync(() -> {
                await(go);
                return book(key, UUID.randomUUID().toString(), frontDesk(practice, start, "Walk-in"));
            });
            go.countDown();
            List<Integer> statuses = List.of(app.get().statusCode(), desk.get().statusCode());
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertEquals(1, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        }
    }

    @Test
    void badFrontDeskRequestsAreProblemsNamingTheField() {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        Map<String, Object> noName = frontDesk(practice, practice.at(6, "10:00"), " ");
        book(key, UUID.randomUUID().toString(), noName).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("client.name"));
        Map<String, Object> offGrid = frontDesk(practice, practice.at(6, "10:07"), "Someone");
        book(key, UUID.randomUUID().toString(), offGrid).then().statusCode(422).body("errors[0].field", equalTo("start"));
        given().contentType(ContentType.JSON).header("Idempotency-Key", "x").body(noName).when().post(BOOKINGS).then().statusCode(401);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Response book(String key, String idempotencyKey, Map<String, Object> body) {
        var request = Fixtures.partner(key).contentType(ContentType.JSON).body(body);
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post(BOOKINGS);
    }

    private static Map<String, Object> frontDesk(Practice practice, OffsetDateTime start, String clientName) {
        Map<String, Object> body = new HashMap<>(Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", start, 60));
        body.put("notes", "Booked by phone");
        body.put("client", Map.of("name", clientName, "phone", "+49 30 1234567"));
        return body;
    }
}
