package io.restwell.booking.rest.partner.fhir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restwell.booking.domain.BookingException;
import io.restwell.booking.domain.BookingException.Kind;
import io.restwell.booking.domain.BookingException.Violation;
import io.restwell.booking.service.BookingCommands;

/** Reading a FHIR Appointment into a front-desk booking, and naming every element at fault by its FHIRPath. */
class FhirAppointmentRequestTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final UUID THERAPIST = UUID.fromString("5d1c7a40-8e2f-4b6a-9c3d-1e2f3a4b5c6d");

    @Test
    void aContainedPatientATherapistAndASessionTypeMakeTheFrontDeskCommand() throws Exception {
        FhirAppointmentRequest.Read read = FhirAppointmentRequest.read(JSON.readTree(PartnerFhirResource.APPOINTMENT_REQUEST_EXAMPLE));
        BookingCommands.FrontDeskBook command = read.command();
        assertEquals(THERAPIST, command.therapistId());
        assertEquals("DEEP_TISSUE", command.sessionType());
        assertEquals(OffsetDateTime.parse("2026-12-07T10:00:00+01:00"), command.start());
        assertEquals(60, command.durationMinutes());
        assertEquals("Booked by phone", command.notes());
        assertEquals("Jana Novak", command.clientName());
        assertEquals("+49 30 1234567", command.clientPhone());
        assertEquals("jana@example.com", command.clientEmail());
        assertEquals("Appointment.participant[1].actor.identifier.value", read.paths().get("therapistId"));
        assertEquals("Appointment.serviceType[0].coding[0].code", read.paths().get("sessionType"));
    }

    @Test
    void aDisplayNameAPractitionerReferenceAndAppointmentTypeAreReadToo() throws Exception {
        ObjectNode body = example();
        body.remove("contained");
        body.putArray("serviceType").addObject().put("text", "Massage");
        body.putObject("appointmentType").putArray("coding").addObject()
                .put("system", "https://restwell.dev/fhir/CodeSystem/session-type").put("code", "SWEDISH");
        ArrayNode participants = body.putArray("participant");
        participants.addObject().put("status", "accepted").putObject("actor").put("type", "Patient").put("display", " Sam ");
        participants.addObject().put("status", "accepted").putObject("actor").put("reference", "Practitioner/" + THERAPIST);
        FhirAppointmentRequest.Read read = FhirAppointmentRequest.read(body);
        assertEquals("SWEDISH", read.command().sessionType());
        assertEquals("Sam", read.command().clientName());
        assertNull(read.command().clientPhone());
        assertEquals(THERAPIST, read.command().therapistId());
        assertEquals("Appointment.appointmentType.coding[0].code", read.paths().get("sessionType"));
    }

    @Test
    void everyElementAtFaultIsNamedInOneProblemUnreadableOnesFirst() throws Exception {
        ObjectNode missing = example();
        missing.remove("end");
        ((ObjectNode) missing.get("participant").get(1)).remove("status");
        missing.put("comment", "x".repeat(2001));
        BookingException invalid = assertThrows(BookingException.class, () -> FhirAppointmentRequest.read(missing));
        assertEquals(Kind.INVALID, invalid.kind());
        assertEquals(List.of("Appointment.end", "Appointment.comment", "Appointment.participant[1].status"), fields(invalid));

        ObjectNode unreadable = example();
        unreadable.put("start", "2026-12-07T10:00+01:00");
        unreadable.put("status", "confirmed");
        ((ObjectNode) unreadable.get("contained").get(0).get("name").get(0)).put("family", "No\u0000vak");
        BookingException malformed = assertThrows(BookingException.class, () -> FhirAppointmentRequest.read(unreadable));
        assertEquals(Kind.MALFORMED, malformed.kind());
        assertEquals(List.of("Appointment.status", "Appointment.start", "Appointment.contained[0].name[0].family"), fields(malformed));

        ObjectNode cancelled = example();
        cancelled.put("status", "cancelled");
        BookingException rule = assertThrows(BookingException.class, () -> FhirAppointmentRequest.read(cancelled));
        assertEquals(Kind.BROKEN_RULE, rule.kind());
        assertEquals(List.of("Appointment.status"), fields(rule));

        BookingException notAnAppointment = assertThrows(BookingException.class,
                () -> FhirAppointmentRequest.read(JSON.valueToTree(Map.of("resourceType", "Patient"))));
        assertEquals(List.of("resourceType"), fields(notAnAppointment));
    }

    @Test
    void theServicesRefusalsAreRenamedToTheAppointmentsElements() throws Exception {
        FhirAppointmentRequest.Read read = FhirAppointmentRequest.read(example());
        BookingException renamed = read.inFhirTerms(BookingException.brokenRule("therapistId", "is not a bookable therapist"));
        assertEquals(Kind.BROKEN_RULE, renamed.kind());
        assertEquals(List.of("Appointment.participant[1].actor.identifier.value"), fields(renamed));
        assertEquals("Appointment.participant[1].actor.identifier.value: is not a bookable therapist", renamed.getMessage());
        assertEquals(List.of("Appointment.end"), fields(read.inFhirTerms(BookingException.brokenRule("durationMinutes", "not offered"))));
        assertEquals(List.of("Idempotency-Key"), fields(read.inFhirTerms(BookingException.brokenRule("Idempotency-Key", "reused"))));
        BookingException conflict = BookingException.conflict("taken");
        assertEquals(conflict, read.inFhirTerms(conflict));
    }

    private static ObjectNode example() throws Exception {
        return (ObjectNode) JSON.readTree(PartnerFhirResource.APPOINTMENT_REQUEST_EXAMPLE);
    }

    private static List<String> fields(BookingException failure) {
        return failure.violations().stream().map(Violation::field).toList();
    }
}
