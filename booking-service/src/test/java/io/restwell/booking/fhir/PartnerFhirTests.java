package io.restwell.booking.fhir;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.hl7.fhir.r4.model.Appointment;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Schedule;
import org.hl7.fhir.r4.model.Slot;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.booking.StoredBookings;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.local.testing.RestwellInfrastructure;

/** The partner FHIR views, each answer checked by HAPI FHIR's R4 instance validator and parsed back by HAPI. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class PartnerFhirTests {

    private static final FhirContext FHIR = FhirValidation.FHIR;

    @Test
    void openSlotsAreValidFhirSlotsOfTheClinicAlone() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE", "SWEDISH");
        Practice elsewhere = Fixtures.practice("Europe/Berlin", 10, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        String day = practice.at(9, "09:00").toLocalDate().toString();

        String json = Fixtures.partner(key).queryParam("start", "ge" + day).queryParam("start", "le" + day).queryParam("_count", 100)
                .when().get("/api/v1/partner/fhir/Slot")
                .then().statusCode(200).contentType(startsWith("application/fhir+json")).extract().asString();
        Bundle bundle = valid(json);
        assertEquals(Bundle.BundleType.SEARCHSET, bundle.getType());
        // 08:00-20:00, 60-minute sessions every 30 minutes: 08:00 … 19:00
        assertEquals(23, bundle.getTotal());
        Slot first = (Slot) bundle.getEntryFirstRep().getResource();
        assertEquals(Slot.SlotStatus.FREE, first.getStatus());
        assertEquals("Schedule/" + practice.therapist(), first.getSchedule().getReference());
        assertEquals(practice.at(9, "08:00").toInstant(), first.getStart().toInstant());
        assertEquals(practice.at(9, "09:00").toInstant(), first.getEnd().toInstant());
        assertEquals(List.of("DEEP_TISSUE", "SWEDISH"), first.getServiceType().stream()
                .map(type -> type.getCodingFirstRep().getCode()).sorted().toList());
        assertTrue(bundle.getEntryFirstRep().getFullUrl().matches("https?://.+/api/v1/partner/fhir/Slot/.+"));

        // one session type, one page of two, then the next page by its link
        Bundle deep = valid(Fixtures.partner(key).queryParam("start", "ge" + day).queryParam("start", "le" + day)
                .queryParam("service-type", "https://restwell.dev/fhir/CodeSystem/session-type|DEEP_TISSUE").queryParam("_count", 2)
                .when().get("/api/v1/partner/fhir/Slot").then().statusCode(200).extract().asString());
        assertEquals(23, deep.getTotal());
        assertEquals(2, deep.getEntry().size());
        assertEquals(List.of("DEEP_TISSUE"), ((Slot) deep.getEntryFirstRep().getResource()).getServiceType().stream()
                .map(type -> type.getCodingFirstRep().getCode()).toList());
        String next = deep.getLink("next").getUrl();
        assertTrue(next.contains("_offset=2"), next);
        Bundle second = valid(Fixtures.partner(key).urlEncodingEnabled(false).when().get(next).then().statusCode(200).extract().asString());
        assertEquals(practice.at(9, "09:00").toInstant(), ((Slot) second.getEntryFirstRep().getResource()).getStart().toInstant());

        // a booked time leaves the Slots at once; another clinic's therapist has no Slots here
        Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(9, "08:00"), 60))
                .then().statusCode(201);
        Bundle after = valid(Fixtures.partner(key).queryParam("start", "ge" + day).queryParam("start", "le" + day)
                .queryParam("service-type", "DEEP_TISSUE").queryParam("_count", 1)
                .when().get("/api/v1/partner/fhir/Slot").then().statusCode(200).extract().asString());
        assertEquals(practice.at(9, "09:30").toInstant(), ((Slot) after.getEntryFirstRep().getResource()).getStart().toInstant());
        Bundle foreign = valid(Fixtures.partner(key).queryParam("schedule", "Schedule/" + elsewhere.therapist())
                .when().get("/api/v1/partner/fhir/Slot").then().statusCode(200).extract().asString());
        assertEquals(0, foreign.getTotal());
        Bundle busy = valid(Fixtures.partner(key).queryParam("status", "busy")
                .when().get("/api/v1/partner/fhir/Slot").then().statusCode(200).extract().asString());
        assertEquals(0, busy.getTotal());

        Bundle schedules = valid(Fixtures.partner(key).when().get("/api/v1/partner/fhir/Schedule")
                .then().statusCode(200).extract().asString());
        assertEquals(1, schedules.getTotal());
        Schedule schedule = (Schedule) schedules.getEntryFirstRep().getResource();
        assertEquals(practice.therapist().toString(), schedule.getIdElement().getIdPart());
        assertEquals(2, schedule.getServiceType().size());
    }

    @Test
    void bookingsAreValidFhirAppointmentsWithTheirStatusesMapped() {
        Practice practice = Fixtures.practice("America/New_York", 10, "SWEDISH");
        Practice elsewhere = Fixtures.practice("America/New_York", 10, "SWEDISH");
        String key = Fixtures.apiKey(practice.clinic());
        String userId = "fhir-" + UUID.randomUUID();
        Map<BookingStatus, UUID> ids = new LinkedHashMap<>();
        OffsetDateTime start = OffsetDateTime.now().minusDays(5).withNano(0);
        for (BookingStatus status : List.of(BookingStatus.BOOKED, BookingStatus.ARRIVED, BookingStatus.COMPLETED,
                BookingStatus.NO_SHOW, BookingStatus.CANCELLED, BookingStatus.LATE_CANCELLED)) {
            ids.put(status, insertBooking(userId, practice, start, status));
            start = start.plusHours(2);
        }
        UUID foreign = insertBooking(userId, elsewhere, start, BookingStatus.BOOKED);

        String json = Fixtures.partner(key).accept("application/fhir+json").when().get("/api/v1/partner/fhir/Appointment")
                .then().statusCode(200).contentType(startsWith("application/fhir+json")).extract().asString();
        Bundle bundle = valid(json);
        assertEquals(6, bundle.getTotal());
        Map<String, Appointment.AppointmentStatus> statuses = new LinkedHashMap<>();
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            Appointment appointment = (Appointment) entry.getResource();
            statuses.put(appointment.getIdElement().getIdPart(), appointment.getStatus());
        }
        assertEquals(Map.of(
                ids.get(BookingStatus.BOOKED).toString(), Appointment.AppointmentStatus.BOOKED,
                ids.get(BookingStatus.ARRIVED).toString(), Appointment.AppointmentStatus.ARRIVED,
                ids.get(BookingStatus.COMPLETED).toString(), Appointment.AppointmentStatus.FULFILLED,
                ids.get(BookingStatus.NO_SHOW).toString(), Appointment.AppointmentStatus.NOSHOW,
                ids.get(BookingStatus.CANCELLED).toString(), Appointment.AppointmentStatus.CANCELLED,
                ids.get(BookingStatus.LATE_CANCELLED).toString(), Appointment.AppointmentStatus.CANCELLED), statuses);

        String one = Fixtures.partner(key).when().get("/api/v1/partner/fhir/Appointment/" + ids.get(BookingStatus.CANCELLED))
                .then().statusCode(200).contentType(startsWith("application/fhir+json")).extract().asString();
        Appointment cancelled = FHIR.newJsonParser().parseResource(Appointment.class, one);
        assertTrue(errors(one).isEmpty(), errors(one).toString());
        assertEquals("prov", cancelled.getCancelationReason().getCodingFirstRep().getCode());
        assertEquals("Therapist ill", cancelled.getCancelationReason().getText());
        assertEquals(60, cancelled.getMinutesDuration());
        assertEquals(3, cancelled.getParticipant().size());
        // the person as this clinic knows them: its own pseudonym, the same on every booking, never the user id
        String customer = cancelled.getParticipant().get(0).getActor().getIdentifier().getValue();
        assertTrue(customer.matches("cus_[0-9a-f]{24}"), customer);
        assertEquals("https://restwell.dev/fhir/customer-id", cancelled.getParticipant().get(0).getActor().getIdentifier().getSystem());
        assertFalse(json.contains(userId), "the user id reached a clinic");
        for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
            assertEquals(customer, ((Appointment) entry.getResource()).getParticipant().get(0).getActor().getIdentifier().getValue());
        }
        Appointment atTheOtherClinic = FHIR.newJsonParser().parseResource(Appointment.class,
                Fixtures.partner(Fixtures.apiKey(elsewhere.clinic())).when().get("/api/v1/partner/fhir/Appointment/" + foreign)
                        .then().statusCode(200).extract().asString());
        assertNotEquals(customer, atTheOtherClinic.getParticipant().get(0).getActor().getIdentifier().getValue());
        assertEquals(practice.therapist().toString(), cancelled.getParticipant().get(1).getActor().getIdentifier().getValue());
        assertEquals("SWEDISH", cancelled.getServiceTypeFirstRep().getCodingFirstRep().getCode());
        Appointment booked = FHIR.newJsonParser().parseResource(Appointment.class, Fixtures.partner(key)
                .when().get("/api/v1/partner/fhir/Appointment/" + ids.get(BookingStatus.BOOKED)).then().extract().asString());
        assertNull(booked.getCancelationReason().getText());

        Fixtures.partner(key).when().get("/api/v1/partner/fhir/Appointment/" + foreign)
                .then().statusCode(404).contentType("application/problem+json");
        // FHIR servers take application/json as FHIR JSON: answered in the type asked for; anything else is a 406.
        Fixtures.partner(key).accept("application/json").when().get("/api/v1/partner/fhir/Appointment/" + ids.get(BookingStatus.BOOKED))
                .then().statusCode(200).contentType(startsWith("application/json")).body("resourceType", equalTo("Appointment"));
        Fixtures.partner(key).accept("application/json").when().get("/api/v1/partner/fhir/Appointment")
                .then().statusCode(200).contentType(startsWith("application/json")).body("resourceType", equalTo("Bundle"));
        Fixtures.partner(key).accept("text/csv").when().get("/api/v1/partner/fhir/Appointment")
                .then().statusCode(406).contentType(startsWith("application/problem+json"));
        Bundle cancelledOnly = valid(Fixtures.partner(key).queryParam("status", "cancelled,noshow")
                .when().get("/api/v1/partner/fhir/Appointment").then().statusCode(200).extract().asString());
        assertEquals(3, cancelledOnly.getTotal());
        Bundle none = valid(Fixtures.partner(key).queryParam("status", "proposed")
                .when().get("/api/v1/partner/fhir/Appointment").then().statusCode(200).extract().asString());
        assertEquals(0, none.getTotal());
        Bundle firstThree = valid(Fixtures.partner(key).queryParam("date", "lt" + start.minusHours(6).toInstant())
                .when().get("/api/v1/partner/fhir/Appointment").then().statusCode(200).extract().asString());
        assertEquals(3, firstThree.getTotal());
        Bundle recent = valid(Fixtures.partner(key).queryParam("_lastUpdated", "ge" + OffsetDateTime.now().plusMinutes(1).toInstant())
                .when().get("/api/v1/partner/fhir/Appointment").then().statusCode(200).extract().asString());
        assertEquals(0, recent.getTotal());
    }

    @Test
    void badSearchParametersAreProblemsNamingTheParameter() {
        String key = Fixtures.apiKey(Fixtures.clinic("Europe/Berlin"));
        Fixtures.partner(key).queryParam("_count", 0).when().get("/api/v1/partner/fhir/Slot")
                .then().statusCode(400).contentType("application/problem+json").body("errors[0].field", equalTo("_count"));
        Fixtures.partner(key).queryParam("start", "xx2026-12-01").when().get("/api/v1/partner/fhir/Slot")
                .then().statusCode(400).body("errors[0].field", equalTo("start"));
        Fixtures.partner(key).queryParam("start", "ge2026-13-45").when().get("/api/v1/partner/fhir/Slot")
                .then().statusCode(400).body("errors[0].field", equalTo("start"));
        Fixtures.partner(key).queryParam("service-type", "HOT_STONES").when().get("/api/v1/partner/fhir/Slot")
                .then().statusCode(422).body("errors[0].field", equalTo("service-type"));
        Fixtures.partner(key).queryParam("start", "ge2026-01-01").queryParam("start", "le2026-03-01").when().get("/api/v1/partner/fhir/Slot")
                .then().statusCode(422).body("errors[0].field", equalTo("to"));
        Fixtures.partner(key).queryParam("schedule", "Schedule/nobody").when().get("/api/v1/partner/fhir/Slot")
                .then().statusCode(400).body("errors[0].field", equalTo("schedule"));
        Fixtures.partner(key).queryParam("_lastUpdated", "le2026-01-01T00:00:00Z").when().get("/api/v1/partner/fhir/Appointment")
                .then().statusCode(400).body("errors[0].field", equalTo("_lastUpdated"));
        Fixtures.partner(key).queryParam("_offset", -1).when().get("/api/v1/partner/fhir/Appointment")
                .then().statusCode(400).body("errors[0].field", equalTo("_offset"));
        given().auth().oauth2(Fixtures.ADMIN).when().get("/api/v1/partner/fhir/Appointment").then().statusCode(401);
        Fixtures.partner(key).contentType(ContentType.JSON).body("{}").when().post("/api/v1/partner/fhir/Slot")
                .then().statusCode(405).contentType("application/problem+json");
    }

    // --- helpers

    /** The Bundle, once HAPI's R4 validator found no error in it. */
    private static Bundle valid(String json) {
        List<String> errors = errors(json);
        assertTrue(errors.isEmpty(), errors.toString());
        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        assertNotNull(bundle.getTotalElement().getValue());
        assertFalse(bundle.getLink("self").getUrl().isBlank());
        return bundle;
    }

    private static List<String> errors(String json) {
        return FhirValidation.errors(json);
    }

    /** Every status, with what a clinic sees on it: notes on a booked one, who cancelled and why. */
    static UUID insertBooking(String userId, Practice practice, OffsetDateTime start, BookingStatus status) {
        return StoredBookings.insert(userId, practice, start, status, booking -> {
            booking.notes = status == BookingStatus.BOOKED ? "Neck and shoulders" : null;
            if (status == BookingStatus.CANCELLED || status == BookingStatus.LATE_CANCELLED) {
                booking.cancelledBy = status == BookingStatus.CANCELLED ? "CLINIC" : "CUSTOMER";
                booking.cancellationReason = status == BookingStatus.CANCELLED ? "Therapist ill" : null;
                booking.cancelledAt = start.minusHours(3);
            }
            booking.createdAt = OffsetDateTime.now().minusDays(10);
            booking.updatedAt = OffsetDateTime.now();
        });
    }
}
