package io.restwell.booking.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Patient;
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

/**
 * {@code POST /api/v1/partner/fhir/Appointment}: a FHIR R4 Appointment create that is a front-desk booking. Our
 * requests and answers are checked by HAPI FHIR's R4 validator, so what we accept is valid FHIR and what we answer
 * is too; the malformed requests are ones HAPI also finds fault with, at the element our problem names.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class FhirAppointmentCreateTests {

    private static final String APPOINTMENTS = "/api/v1/partner/fhir/Appointment";
    private static final String FHIR_JSON = "application/fhir+json";

    @Inject
    EntityManager entityManager;

    @Test
    void anAppointmentIsBookedLikeAFrontDeskBookingIdempotentlyWithTheEventAndWebhookOfAnyBooking() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        String endpoint = Fixtures.webhook(key, "http://localhost:9/fhir-hook", EventTypes.BOOKING_CREATED);
        OffsetDateTime start = practice.at(6, "10:00");
        Map<String, Object> body = appointment(practice.therapist(), start, 60);
        assertValid(json(body));
        String idempotencyKey = "pms-" + UUID.randomUUID();

        Response created = create(key, idempotencyKey, body, FHIR_JSON);
        created.then().statusCode(201).contentType(startsWith(FHIR_JSON))
                .header("Location", containsString(APPOINTMENTS + "/")).header("ETag", "W/\"0\"");
        String answer = created.asString();
        assertValid(answer);
        Appointment booked = FhirValidation.FHIR.newJsonParser().parseResource(Appointment.class, answer);
        String id = booked.getIdElement().getIdPart();
        assertTrue(created.header("Location").endsWith(APPOINTMENTS + "/" + id), created.header("Location"));
        assertEquals(Appointment.AppointmentStatus.BOOKED, booked.getStatus());
        assertEquals("0", booked.getMeta().getVersionId());
        assertEquals(start.toInstant(), booked.getStart().toInstant());
        assertEquals(start.plusHours(1).toInstant(), booked.getEnd().toInstant());
        assertEquals("DEEP_TISSUE", booked.getServiceTypeFirstRep().getCodingFirstRep().getCode());
        assertEquals("Booked by phone", booked.getComment());
        assertEquals(practice.therapist().toString(), booked.getParticipant().get(1).getActor().getIdentifier().getValue());
        // the client as the clinic gave it, contained: the clinic's own data, in its own views only
        Patient client = (Patient) booked.getContained().get(0);
        assertEquals("Jana Novak", client.getNameFirstRep().getText());
        assertEquals("+49 30 1234567", client.getTelecom().get(0).getValue());
        assertEquals("jana@example.com", client.getTelecom().get(1).getValue());
        assertEquals("#client", booked.getParticipantFirstRep().getActor().getReference());
        assertTrue(booked.getParticipantFirstRep().getActor().getIdentifier().getValue().matches("cus_[0-9a-f]{24}"));

        // the same booking as the JSON front desk makes, read through the partner API and the FHIR view
        Fixtures.partner(key).when().get("/api/v1/partner/bookings/" + id).then().statusCode(200)
                .body("channel", equalTo("FRONT_DESK")).body("client.name", equalTo("Jana Novak"))
                .body("client.email", equalTo("jana@example.com")).body("notes", equalTo("Booked by phone"));
        assertValid(Fixtures.partner(key).when().get(APPOINTMENTS + "/" + id).then().statusCode(200).extract().asString());

        // a retry with the key returns it; the key with another body is refused
        create(key, idempotencyKey, body, FHIR_JSON).then().statusCode(200).header("Idempotent-Replayed", "true")
                .header("ETag", "W/\"0\"").body("id", equalTo(id));
        create(key, idempotencyKey, appointment(practice.therapist(), practice.at(6, "12:00"), 60), FHIR_JSON).then()
                .statusCode(422).body("errors[0].field", equalTo("Idempotency-Key"));
        create(key, null, appointment(practice.therapist(), practice.at(6, "12:00"), 60), FHIR_JSON).then()
                .statusCode(400).body("errors[0].field", equalTo("Idempotency-Key"));

        // the slot is taken for everyone
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", start, 60)).then().statusCode(409);

        Fixtures.StoredBooking stored = Fixtures.stored(entityManager, id, endpoint);
        assertTrue(stored.userId().startsWith("front-desk-"), stored.userId());
        assertEquals("FRONT_DESK", stored.channel());
        assertEquals(1L, stored.createdEvents(), "restwell.booking.created.v1 in the outbox, once");
        String webhook = stored.webhookBodies();
        assertTrue(webhook != null && webhook.contains(id) && webhook.contains(EventTypes.BOOKING_CREATED), String.valueOf(webhook));
        assertFalse(webhook.contains("Jana") || webhook.contains("1234567"), "the client's details stay out of webhooks");
    }

    @Test
    void plainJsonADisplayNameAndAppointmentTypeAreAcceptedToo() {
        Practice practice = Fixtures.practice("America/New_York", 0, "SWEDISH");
        String key = Fixtures.apiKey(practice.clinic());
        Map<String, Object> body = appointment(practice.therapist(), practice.at(5, "09:00"), 30);
        body.put("serviceType", List.of(Map.of("text", "Massage"))); // no coding of ours: appointmentType carries it
        body.put("appointmentType", Map.of("coding", List.of(sessionType("SWEDISH"))));
        body.remove("contained");
        body.put("participant", List.of(
                Map.of("actor", Map.of("type", "Patient", "display", "Walk-in Sam"), "status", "accepted"),
                Map.of("actor", Map.of("reference", "Practitioner/" + practice.therapist()), "status", "accepted")));
        body.put("status", "proposed");
        body.put("minutesDuration", 30);
        assertValid(json(body));
        String answer = create(key, UUID.randomUUID().toString(), body, ContentType.JSON.toString())
                .then().statusCode(201).contentType(startsWith("application/json"))
                .body("status", equalTo("booked")).body("minutesDuration", equalTo(30)).extract().asString();
        assertValid(answer);
        String id = FhirValidation.FHIR.newJsonParser().parseResource(Appointment.class, answer).getIdElement().getIdPart();
        Fixtures.partner(key).when().get("/api/v1/partner/bookings/" + id).then().statusCode(200)
                .body("client.name", equalTo("Walk-in Sam")).body("client.phone", nullValue()).body("sessionType", equalTo("SWEDISH"));
    }

    @Test
    void badAppointmentsAreProblemsNamingTheElementAndNothingIsWritten() {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        Practice other = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        OffsetDateTime start = practice.at(7, "10:00");

        // not FHIR JSON at all
        Fixtures.partner(key).contentType(FHIR_JSON).header("Idempotency-Key", "k").body("{\"resourceType\": ")
                .when().post(APPOINTMENTS).then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/malformed-request"));
        Fixtures.partner(key).contentType(ContentType.XML).header("Idempotency-Key", "k").body("<Appointment/>")
                .when().post(APPOINTMENTS).then().statusCode(415).contentType("application/problem+json");
        Map<String, Object> patient = appointment(practice.therapist(), start, 60);
        patient.put("resourceType", "Patient");
        refused(key, patient, 400, "resourceType", null);

        // malformed FHIR: HAPI's validator finds fault with each at the element the problem names
        refused(key, with(practice, start, body -> body.put("start", start.toString())), 400, "Appointment.start", "Appointment.start");
        refused(key, with(practice, start, body -> body.put("status", "confirmed")), 400, "Appointment.status", "Appointment.status");
        refused(key, with(practice, start, body -> body.remove("end")), 400, "Appointment.end", "Appointment");
        refused(key, with(practice, start, body -> ((Map<String, Object>) participants(body).get(1)).remove("status")), 400,
                "Appointment.participant[1].status", "Appointment.participant[1]");
        refused(key, with(practice, start, body -> participants(body).set(1, Map.of("actor", Map.of("identifier",
                Map.of("system", "https://restwell.dev/fhir/therapist-id", "value", "nobody")), "status", "accepted"))), 400,
                "Appointment.participant[1].actor.identifier.value", null);
        refused(key, with(practice, start, body -> participants(body).remove(1)), 400, "Appointment.participant", "rw-3");
        refused(key, with(practice, start, body -> participants(body).set(0, Map.of("actor", Map.of("reference", "#nobody"),
                "status", "accepted"))), 400, "Appointment.participant[0].actor.reference", "Appointment.participant[0].actor");
        refused(key, with(practice, start, body -> body.put("serviceType", List.of(Map.of("coding", List.of(Map.of(
                "system", "http://snomed.info/sct", "code", "387854002")))))), 400, "Appointment.serviceType", "rw-2");
        refused(key, with(practice, start, body -> body.put("comment", "x".repeat(2001))), 400, "Appointment.comment", null);
        refused(key, with(practice, start, body -> body.put("minutesDuration", 90)), 400, "Appointment.minutesDuration", null);

        // well-formed, not bookable
        refused(key, with(practice, start, body -> body.put("status", "cancelled")), 422, "Appointment.status", "rw-1");
        refused(key, appointment(UUID.randomUUID(), start, 60), 422, "Appointment.participant[1].actor.identifier.value", null);
        refused(key, appointment(other.therapist(), start, 60), 422, "Appointment.participant[1].actor.identifier.value", null);
        refused(key, with(practice, start, body -> body.put("serviceType", List.of(Map.of("coding", List.of(sessionType("HOT_STONES")))))),
                422, "Appointment.serviceType[0].coding[0].code", null);
        refused(key, appointment(practice.therapist(), practice.at(7, "10:07"), 60), 422, "Appointment.start", null);
        refused(key, appointment(practice.therapist(), start, 45), 422, "Appointment.end", null);
        refused(key, appointment(practice.therapist(), practice.at(7, "21:00"), 60), 422, "Appointment.start", null);
        assertEquals(0L, bookingsAt(practice.clinic()), "nothing half-written");

        // a taken slot: 409, and still only the app's booking there
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", start, 60)).then().statusCode(201);
        create(key, UUID.randomUUID().toString(), appointment(practice.therapist(), start, 60), FHIR_JSON)
                .then().statusCode(409).contentType("application/problem+json");
        assertEquals(1L, bookingsAt(practice.clinic()));
        // no key, no booking
        given().contentType(FHIR_JSON).header("Idempotency-Key", "k").body(appointment(practice.therapist(), start, 60))
                .when().post(APPOINTMENTS).then().statusCode(401);
    }

    @Test
    void anAppointmentTheJsonFrontDeskAndTheAppRacingForOneSlotGiveExactlyOneBooking() throws Exception {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        for (int round = 0; round < 5; round++) {
            OffsetDateTime start = practice.at(9, "08:00").plusHours(round);
            CountDownLatch go = new CountDownLatch(1);
            String person = Fixtures.user();
            Map<String, Object> desk = new HashMap<>(Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", start, 60));
            desk.put("client", Map.of("name", "Walk-in"));
            List<CompletableFuture<Integer>> racers = List.of(
                    CompletableFuture.supplyAsync(() -> {
                        await(go);
                        return Fixtures.book(person, Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", start, 60)).statusCode();
                    }),
                    CompletableFuture.supplyAsync(() -> {
                        await(go);
                        return Fixtures.partner(key).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                                .body(desk).when().post("/api/v1/partner/bookings").statusCode();
                    }),
                    CompletableFuture.supplyAsync(() -> {
                        await(go);
                        return create(key, UUID.randomUUID().toString(), appointment(practice.therapist(), start, 60), FHIR_JSON).statusCode();
                    }));
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> racer : racers) {
                statuses.add(racer.get());
            }
            assertEquals(1, statuses.stream().filter(status -> status == 201).count(), statuses.toString());
            assertEquals(2, statuses.stream().filter(status -> status == 409).count(), statuses.toString());
        }
        assertEquals(5L, bookingsAt(practice.clinic()));
    }

    // --- helpers

    /**
     * Refused with this status and the first error naming {@code field}; with {@code hapiSays}, HAPI's validator (R4 and
     * the create profile) finds an error at that element (it names the element that lacks a child, where we name the
     * child) or breaking that rule of the profile ({@code rw-3}).
     */
    private static void refused(String key, Map<String, Object> body, int status, String field, String hapiSays) {
        create(key, UUID.randomUUID().toString(), body, FHIR_JSON).then().statusCode(status)
                .contentType("application/problem+json").body("errors[0].field", equalTo(field));
        if (hapiSays != null) {
            List<String> errors = FhirValidation.errorsAgainstCreateProfile(json(body));
            assertTrue(errors.stream().anyMatch(error -> error.startsWith(hapiSays + ": ") || error.contains(" " + hapiSays + ": ")),
                    hapiSays + " not among HAPI's errors: " + errors);
        }
    }

    private static void assertValid(String json) {
        List<String> errors = FhirValidation.errorsAgainstCreateProfile(json);
        assertTrue(errors.isEmpty(), errors + " in " + json);
    }

    private static Response create(String key, String idempotencyKey, Map<String, Object> body, String contentType) {
        var request = Fixtures.partner(key).contentType(contentType).accept(contentType).body(json(body));
        if (idempotencyKey != null) {
            request = request.header("Idempotency-Key", idempotencyKey);
        }
        return request.when().post(APPOINTMENTS);
    }

    private long bookingsAt(UUID clinic) {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) entityManager.createNativeQuery(
                "select count(*) from booking where clinic_id = :clinic").setParameter("clinic", clinic).getSingleResult()).longValue());
    }

    private static Map<String, Object> with(Practice practice, OffsetDateTime start, Consumer<Map<String, Object>> change) {
        Map<String, Object> body = appointment(practice.therapist(), start, 60);
        change.accept(body);
        return body;
    }

    @SuppressWarnings("unchecked")
    private static List<Object> participants(Map<String, Object> body) {
        return (List<Object>) body.get("participant");
    }

    /** An ITI-118 style booked Appointment: a contained Patient, the therapist by our identifier, DEEP_TISSUE. */
    static Map<String, Object> appointment(UUID therapist, OffsetDateTime start, int minutes) {
        Map<String, Object> body = new HashMap<>();
        body.put("resourceType", "Appointment");
        body.put("status", "booked");
        body.put("contained", List.of(Map.of("resourceType", "Patient", "id", "client",
                "name", List.of(Map.of("given", List.of("Jana"), "family", "Novak")),
                "telecom", List.of(Map.of("system", "phone", "value", "+49 30 1234567"),
                        Map.of("system", "email", "value", "jana@example.com")))));
        body.put("serviceType", List.of(Map.of("coding", List.of(sessionType("DEEP_TISSUE")))));
        body.put("end", fhirInstant(start.plusMinutes(minutes)));
        body.put("start", fhirInstant(start));
        body.put("comment", "Booked by phone");
        List<Object> participants = new ArrayList<>();
        participants.add(new HashMap<>(Map.of("actor", Map.of("reference", "#client"), "status", "accepted")));
        participants.add(new HashMap<>(Map.of("actor", Map.of("type", "Practitioner", "identifier",
                Map.of("system", "https://restwell.dev/fhir/therapist-id", "value", therapist.toString())), "status", "accepted")));
        body.put("participant", participants);
        return body;
    }

    private static Map<String, Object> sessionType(String code) {
        return Map.of("system", "https://restwell.dev/fhir/CodeSystem/session-type", "code", code);
    }

    /** FHIR instants need seconds; OffsetDateTime.toString() leaves out zero seconds. */
    private static String fhirInstant(OffsetDateTime time) {
        return time.format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static String json(Map<String, Object> body) {
        return groovy.json.JsonOutput.toJson(body);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
