package io.restwell.booking.mapping;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restwell.booking.domain.CustomerPseudonyms;
import io.restwell.booking.Booking;
import io.restwell.booking.SessionType;
import io.restwell.booking.Therapist;
import io.restwell.booking.domain.BookingStatus;

/**
 * FHIR R4 views of the partner API, written as JSON directly (as journal-service's export is):
 * open slots as {@code Slot} (status free, the therapist's {@code Schedule}) and bookings as
 * {@code Appointment}, each in a {@code Bundle} of type searchset. Checked against HAPI FHIR's R4
 * validator in the tests.
 */
public final class FhirMapper {

    public static final String SESSION_TYPES = "https://restwell.dev/fhir/CodeSystem/session-type";
    public static final String THERAPIST_IDS = "https://restwell.dev/fhir/therapist-id";
    public static final String CLINIC_IDS = "https://restwell.dev/fhir/clinic-id";
    /** The clinic's own pseudonym of the person (domain/CustomerPseudonyms), as in the partner API. */
    public static final String CUSTOMER_IDS = "https://restwell.dev/fhir/customer-id";
    /** The id of a front-desk booking's contained Patient (its client). */
    static final String FRONT_DESK_CLIENT_ID = "client";
    static final String CANCELLATION_REASONS = "http://terminology.hl7.org/CodeSystem/appointment-cancellation-reason";
    /** FHIR instant and dateTime: always with seconds and an offset. */
    static final DateTimeFormatter INSTANT = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    /** One open time of one therapist, offered for one or more session types. */
    public record OpenSlot(Therapist therapist, List<SessionType> sessionTypes, Instant start, Instant end) {
    }

    /** A page of resources with the links of a searchset. */
    public record SearchPage(List<ObjectNode> resources, long total, String selfUrl, String nextUrl, String previousUrl) {
    }

    private FhirMapper() {
    }

    /** Appointment.status (R4 value set appointmentstatus, required binding) of a booking status. */
    public static String appointmentStatus(BookingStatus status) {
        return switch (status) {
            case BOOKED -> "booked";
            case ARRIVED -> "arrived";
            case COMPLETED -> "fulfilled";
            case NO_SHOW -> "noshow";
            case CANCELLED, LATE_CANCELLED -> "cancelled";
            case HELD, EXPIRED -> throw new IllegalArgumentException("holds are not appointments");
        };
    }

    /** The booking statuses an Appointment.status search value stands for (none for codes we never use). */
    public static List<BookingStatus> bookingStatuses(String appointmentStatus) {
        return switch (appointmentStatus) {
            case "booked" -> List.of(BookingStatus.BOOKED);
            case "arrived" -> List.of(BookingStatus.ARRIVED);
            case "fulfilled" -> List.of(BookingStatus.COMPLETED);
            case "noshow" -> List.of(BookingStatus.NO_SHOW);
            case "cancelled" -> List.of(BookingStatus.CANCELLED, BookingStatus.LATE_CANCELLED);
            default -> List.of();
        };
    }

    public static ObjectNode slot(OpenSlot slot) {
        ZoneId zone = slot.therapist().clinic.zone();
        ObjectNode resource = NODES.objectNode();
        resource.put("resourceType", "Slot");
        resource.put("id", slotId(slot));
        ArrayNode serviceTypes = resource.putArray("serviceType");
        slot.sessionTypes().forEach(type -> serviceTypes.add(serviceType(type)));
        ObjectNode schedule = resource.putObject("schedule");
        schedule.put("reference", "Schedule/" + slot.therapist().id);
        schedule.put("display", slot.therapist().name);
        resource.put("status", "free");
        resource.put("start", INSTANT.format(slot.start().atZone(zone)));
        resource.put("end", INSTANT.format(slot.end().atZone(zone)));
        return resource;
    }

    /** Stable and unique per therapist, start and length: {@code <therapist>-<epoch second>-<minutes>} (≤ 64 characters). */
    static String slotId(OpenSlot slot) {
        return slot.therapist().id + "-" + slot.start().getEpochSecond() + "-"
                + java.time.Duration.between(slot.start(), slot.end()).toMinutes();
    }

    /** A therapist's Schedule: what the Slots' {@code schedule} references point at. */
    public static ObjectNode schedule(Therapist therapist, List<SessionType> sessionTypes) {
        ObjectNode resource = NODES.objectNode();
        resource.put("resourceType", "Schedule");
        resource.put("id", therapist.id.toString());
        resource.put("active", therapist.active);
        ArrayNode serviceTypes = resource.putArray("serviceType");
        sessionTypes.forEach(type -> serviceTypes.add(serviceType(type)));
        ObjectNode actor = resource.putArray("actor").addObject();
        actor.put("type", "Practitioner");
        identifier(actor, THERAPIST_IDS, therapist.id.toString());
        actor.put("display", therapist.name);
        resource.put("comment", "Weekly hours in " + therapist.clinic.timeZone + "; open times are its Slots.");
        return resource;
    }

    public static ObjectNode appointment(Booking booking, Map<UUID, String> therapistNames, String clinicName,
            CustomerPseudonyms customers) {
        ZoneId zone = booking.zone();
        ObjectNode resource = NODES.objectNode();
        resource.put("resourceType", "Appointment");
        resource.put("id", booking.id.toString());
        ObjectNode meta = resource.putObject("meta");
        meta.put("versionId", Long.toString(booking.version));
        meta.put("lastUpdated", INSTANT.format(booking.updatedAt.withOffsetSameInstant(ZoneOffset.UTC)));
        boolean client = booking.atFrontDesk() && booking.clientName != null;
        if (client) {
            resource.putArray("contained").add(frontDeskClient(booking));
        }
        String status = appointmentStatus(booking.status);
        resource.put("status", status);
        if ("cancelled".equals(status)) {
            ObjectNode reason = resource.putObject("cancelationReason");
            boolean byClinic = "CLINIC".equals(booking.cancelledBy);
            ObjectNode coding = reason.putArray("coding").addObject();
            coding.put("system", CANCELLATION_REASONS);
            coding.put("code", byClinic ? "prov" : "pat");
            coding.put("display", byClinic ? "Provider" : "Patient");
            reason.put("text", booking.cancellationReason != null ? booking.cancellationReason
                    : byClinic ? "Cancelled by the clinic" : "Cancelled by the client"
                            + (booking.status == BookingStatus.LATE_CANCELLED ? " (late)" : ""));
        }
        resource.putArray("serviceType").add(serviceType(booking.sessionType));
        resource.put("start", INSTANT.format(booking.startAt.atZoneSameInstant(zone)));
        resource.put("end", INSTANT.format(booking.endAt.atZoneSameInstant(zone)));
        resource.put("minutesDuration", booking.durationMinutes);
        resource.put("created", INSTANT.format(booking.createdAt.withOffsetSameInstant(ZoneOffset.UTC)));
        if (booking.notes != null) {
            resource.put("comment", booking.notes);
        }
        ArrayNode participants = resource.putArray("participant");
        participant(participants, "Patient", CUSTOMER_IDS, customers.of(booking.clinicId, booking.userId), null,
                "CUSTOMER".equals(booking.cancelledBy) || booking.status == BookingStatus.NO_SHOW ? "declined" : "accepted");
        if (client) {
            ((ObjectNode) participants.get(0).get("actor")).put("reference", "#" + FRONT_DESK_CLIENT_ID);
        }
        participant(participants, "Practitioner", THERAPIST_IDS, booking.therapistId.toString(),
                therapistNames.get(booking.therapistId), "accepted");
        participant(participants, "Location", CLINIC_IDS, booking.clinicId.toString(), clinicName, "accepted");
        return resource;
    }

    /**
     * A front-desk booking's client as a contained Patient: the clinic's own data, only ever in this clinic's partner
     * views (as {@code client} is in its JSON bookings); gone once the clinic erases it.
     */
    private static ObjectNode frontDeskClient(Booking booking) {
        ObjectNode patient = NODES.objectNode();
        patient.put("resourceType", "Patient");
        patient.put("id", FRONT_DESK_CLIENT_ID);
        patient.putArray("name").addObject().put("text", booking.clientName);
        if (booking.clientPhone != null || booking.clientEmail != null) {
            ArrayNode telecom = patient.putArray("telecom");
            if (booking.clientPhone != null) {
                telecom.addObject().put("system", "phone").put("value", booking.clientPhone);
            }
            if (booking.clientEmail != null) {
                telecom.addObject().put("system", "email").put("value", booking.clientEmail);
            }
        }
        return patient;
    }

    /** A Bundle of type searchset; {@code base} ends with a slash, e.g. {@code https://api.restwell.dev/api/v1/partner/fhir/}. */
    public static ObjectNode searchset(String base, String resourceType, SearchPage page, OffsetDateTime now) {
        ObjectNode bundle = NODES.objectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("id", UUID.randomUUID().toString());
        bundle.putObject("meta").put("lastUpdated", INSTANT.format(now.withOffsetSameInstant(ZoneOffset.UTC)));
        bundle.put("type", "searchset");
        bundle.put("total", page.total());
        ArrayNode links = bundle.putArray("link");
        link(links, "self", page.selfUrl());
        if (page.nextUrl() != null) {
            link(links, "next", page.nextUrl());
        }
        if (page.previousUrl() != null) {
            link(links, "previous", page.previousUrl());
        }
        if (page.resources().isEmpty()) {
            return bundle; // FHIR JSON has no empty arrays
        }
        ArrayNode entries = bundle.putArray("entry");
        for (ObjectNode resource : page.resources()) {
            ObjectNode entry = entries.addObject();
            entry.put("fullUrl", base + resourceType + "/" + resource.get("id").asText());
            entry.set("resource", resource);
            entry.putObject("search").put("mode", "match");
        }
        return bundle;
    }

    private static ObjectNode serviceType(SessionType type) {
        ObjectNode concept = NODES.objectNode();
        ObjectNode coding = concept.putArray("coding").addObject();
        coding.put("system", SESSION_TYPES);
        coding.put("code", type.code);
        coding.put("display", type.name);
        concept.put("text", type.name);
        return concept;
    }

    private static void participant(ArrayNode participants, String type, String system, String value, String display,
            String status) {
        ObjectNode participant = participants.addObject();
        ObjectNode actor = participant.putObject("actor");
        actor.put("type", type);
        identifier(actor, system, value);
        if (display != null) {
            actor.put("display", display);
        }
        participant.put("required", "required");
        participant.put("status", status);
    }

    private static void identifier(ObjectNode reference, String system, String value) {
        ObjectNode identifier = reference.putObject("identifier");
        identifier.put("system", system);
        identifier.put("value", value);
    }

    private static void link(ArrayNode links, String relation, String url) {
        ObjectNode link = links.addObject();
        link.put("relation", relation);
        link.put("url", url);
    }
}
