package io.restwell.booking.rest.partner.fhir;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

import io.restwell.booking.domain.BookingException;
import io.restwell.booking.domain.BookingException.Kind;
import io.restwell.booking.domain.BookingException.Violation;
import io.restwell.booking.mapping.FhirMapper;
import io.restwell.booking.service.BookingCommands;

/**
 * A FHIR R4 {@code Appointment} create (IHE ITI-118 style) read into the same command as the JSON front-desk
 * booking. Only what a booking needs is read; every element is named by its FHIRPath in a problem
 * ({@code Appointment.participant[1].actor.identifier.value}). Unreadable values answer 400
 * {@code malformed-request}, missing or oversized ones 400 {@code validation-failed}, a status we do not create
 * 422; each request's failures are named together, and nothing is written.
 *
 * <p>Read as a JSON tree (not with HAPI FHIR) so the service needs no FHIR library at runtime: the tests check
 * both our requests and our answers with HAPI's validator.
 */
final class FhirAppointmentRequest {

    static final String ROOT = "Appointment";
    /** What a create may ask for: a request (proposed, pending) or a booking (booked); it is booked either way. */
    static final Set<String> CREATABLE = Set.of("proposed", "pending", "booked");
    /** Appointment.status (R4 value set appointmentstatus, required binding). */
    static final Set<String> STATUSES = Set.of("proposed", "pending", "booked", "arrived", "fulfilled", "cancelled", "noshow",
            "entered-in-error", "checked-in", "waitlist");
    /** Participant.status (R4 value set participationstatus, required binding). */
    static final Set<String> PARTICIPATION = Set.of("accepted", "declined", "tentative", "needs-action");
    /** FHIR's instant: seconds and an offset are required. */
    static final Pattern INSTANT = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?(Z|[+-]\\d{2}:\\d{2})");
    static final int MAX_NAME = 200;
    static final int MAX_EMAIL = 320;
    static final int MAX_PHONE = 40;
    static final int MAX_NOTES = 2000;

    /** The command, and where in the Appointment each of its inputs came from (to name them in later problems). */
    record Read(BookingCommands.FrontDeskBook command, Map<String, String> paths) {

        /** A problem of the booking (named by the command's fields) renamed to the Appointment's elements. */
        BookingException inFhirTerms(BookingException failure) {
            if (failure.violations() == null || failure.violations().isEmpty()) {
                return failure;
            }
            List<Violation> renamed = failure.violations().stream()
                    .map(violation -> new Violation(paths.getOrDefault(violation.field(), violation.field()), violation.message()))
                    .toList();
            String detail = renamed.size() == 1 ? renamed.get(0).field() + ": " + renamed.get(0).message() : failure.getMessage();
            return new BookingException(failure.kind(), detail, renamed);
        }
    }

    private final List<Violation> malformed = new ArrayList<>();
    private final List<Violation> invalid = new ArrayList<>();
    private final List<Violation> brokenRules = new ArrayList<>();

    private FhirAppointmentRequest() {
    }

    /** The front-desk booking this Appointment asks for, or a BookingException naming every element at fault. */
    static Read read(JsonNode body) {
        return new FhirAppointmentRequest().readAppointment(body);
    }

    private Read readAppointment(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw BookingException.malformed("resourceType", "the body must be a FHIR resource (a JSON object)");
        }
        JsonNode resourceType = body.get("resourceType");
        if (resourceType == null || !resourceType.isTextual() || !ROOT.equals(resourceType.asText())) {
            throw BookingException.malformed("resourceType", "must be \"Appointment\" (this is " + ROOT + "'s endpoint)");
        }
        Map<String, String> paths = new LinkedHashMap<>();
        String status = code(body, "status", STATUSES, true);
        if (status != null && !CREATABLE.contains(status)) {
            brokenRules.add(new Violation(ROOT + ".status", "a new appointment is proposed, pending or booked (it is booked)"));
        }
        String sessionType = sessionType(body, paths);
        OffsetDateTime start = instant(body, "start");
        OffsetDateTime end = instant(body, "end");
        Integer minutes = null;
        if (start != null && end != null) {
            long length = Duration.between(start, end).toMinutes();
            if (!end.isAfter(start) || Duration.between(start, end).toSecondsPart() != 0 || length > 480) {
                invalid.add(new Violation(ROOT + ".end", "must be whole minutes after start, at most 8 hours"));
            } else {
                minutes = (int) length;
            }
        }
        JsonNode duration = body.get("minutesDuration");
        if (duration != null && (!duration.canConvertToInt() || !duration.isIntegralNumber() || duration.asInt() < 1)) {
            malformed.add(new Violation(ROOT + ".minutesDuration", "must be a positive integer"));
        } else if (duration != null && minutes != null && duration.asInt() != minutes) {
            invalid.add(new Violation(ROOT + ".minutesDuration", "must match start and end (" + minutes + ")"));
        }
        paths.put("start", ROOT + ".start");
        paths.put("durationMinutes", ROOT + ".end");
        String notes = text(body, "comment", ROOT + ".comment", MAX_NOTES, false);
        Participants participants = participants(body, paths);
        Client client = participants.patient == null ? null : client(body, participants.patient, participants.patientPath);
        if (!malformed.isEmpty()) {
            throw new BookingException(Kind.MALFORMED, summary(malformed), List.copyOf(malformed));
        }
        if (!invalid.isEmpty()) {
            throw new BookingException(Kind.INVALID, summary(invalid), List.copyOf(invalid));
        }
        if (!brokenRules.isEmpty()) {
            throw BookingException.brokenRules(brokenRules);
        }
        return new Read(new BookingCommands.FrontDeskBook(participants.therapistId, sessionType, start, minutes, notes,
                client.name, client.email, client.phone), paths);
    }

    /** The one session type: a coding in our system, in serviceType (any) or appointmentType. */
    private String sessionType(JsonNode body, Map<String, String> paths) {
        Map<String, String> found = new LinkedHashMap<>();
        JsonNode serviceTypes = array(body, "serviceType", ROOT + ".serviceType");
        for (int i = 0; i < serviceTypes.size(); i++) {
            codings(serviceTypes.get(i), ROOT + ".serviceType[" + i + "]", found);
        }
        JsonNode appointmentType = body.get("appointmentType");
        if (appointmentType != null) {
            codings(appointmentType, ROOT + ".appointmentType", found);
        }
        if (found.isEmpty()) {
            invalid.add(new Violation(ROOT + ".serviceType", "needs a coding in " + FhirMapper.SESSION_TYPES
                    + " (DEEP_TISSUE, SWEDISH, …); appointmentType may carry it instead"));
            return null;
        }
        if (found.size() > 1) {
            invalid.add(new Violation(ROOT + ".serviceType", "names " + found.size() + " session types; one appointment is one session"));
            return null;
        }
        Map.Entry<String, String> only = found.entrySet().iterator().next();
        paths.put("sessionType", only.getValue());
        return only.getKey();
    }

    private void codings(JsonNode concept, String path, Map<String, String> found) {
        if (!concept.isObject()) {
            malformed.add(new Violation(path, "must be a CodeableConcept (an object)"));
            return;
        }
        JsonNode codings = array(concept, "coding", path + ".coding");
        for (int i = 0; i < codings.size(); i++) {
            JsonNode coding = codings.get(i);
            String codingPath = path + ".coding[" + i + "]";
            if (!coding.isObject()) {
                malformed.add(new Violation(codingPath, "must be a Coding (an object)"));
                continue;
            }
            if (FhirMapper.SESSION_TYPES.equals(coding.path("system").asText(null))) {
                String code = text(coding, "code", codingPath + ".code", 64, true);
                if (code != null) {
                    found.putIfAbsent(code, codingPath + ".code");
                }
            }
        }
    }

    private record Participants(UUID therapistId, JsonNode patient, String patientPath) {
    }

    /** Exactly one Practitioner (the therapist, by our identifier or {@code Practitioner/<id>}) and one Patient. */
    private Participants participants(JsonNode body, Map<String, String> paths) {
        JsonNode participants = array(body, "participant", ROOT + ".participant");
        if (participants.isEmpty()) {
            invalid.add(new Violation(ROOT + ".participant", "is required: the therapist (Practitioner) and the client (Patient)"));
            return new Participants(null, null, null);
        }
        List<UUID> therapists = new ArrayList<>();
        List<String> therapistPaths = new ArrayList<>();
        List<JsonNode> patients = new ArrayList<>();
        List<String> patientPaths = new ArrayList<>();
        for (int i = 0; i < participants.size(); i++) {
            String path = ROOT + ".participant[" + i + "]";
            JsonNode participant = participants.get(i);
            if (!participant.isObject()) {
                malformed.add(new Violation(path, "must be an object"));
                continue;
            }
            code(participant, "status", PARTICIPATION, true, path + ".status");
            JsonNode actor = participant.get("actor");
            if (actor == null || !actor.isObject()) {
                continue; // a participant by role alone (type): not one we read
            }
            String type = actor.path("type").asText("");
            String reference = actor.path("reference").asText("");
            JsonNode identifier = actor.get("identifier");
            if (identifier != null && FhirMapper.THERAPIST_IDS.equals(identifier.path("system").asText(null))) {
                String value = identifier.path("value").asText(null);
                UUID id = uuid(value, path + ".actor.identifier.value");
                therapists.add(id);
                therapistPaths.add(path + ".actor.identifier.value");
            } else if (reference.startsWith("Practitioner/")) {
                therapists.add(uuid(reference.substring("Practitioner/".length()), path + ".actor.reference"));
                therapistPaths.add(path + ".actor.reference");
            } else if (reference.startsWith("#") || "Patient".equals(type) || reference.startsWith("Patient/")) {
                patients.add(actor);
                patientPaths.add(path + ".actor");
            }
        }
        UUID therapistId = null;
        if (therapists.size() != 1) {
            invalid.add(new Violation(ROOT + ".participant", "needs exactly one Practitioner, identified in "
                    + FhirMapper.THERAPIST_IDS + " (found " + therapists.size() + ")"));
        } else {
            therapistId = therapists.get(0);
            paths.put("therapistId", therapistPaths.get(0));
        }
        if (patients.size() != 1) {
            invalid.add(new Violation(ROOT + ".participant", "needs exactly one Patient: a contained Patient (reference \"#id\") "
                    + "or a display name (found " + patients.size() + ")"));
            return new Participants(therapistId, null, null);
        }
        return new Participants(therapistId, patients.get(0), patientPaths.get(0));
    }

    private record Client(String name, String email, String phone) {
    }

    /** The front-desk client: a contained Patient's name and telecom, or the actor's display name alone. */
    private Client client(JsonNode body, JsonNode actor, String actorPath) {
        String reference = actor.path("reference").asText("");
        if (reference.startsWith("Patient/")) {
            brokenRules.add(new Violation(actorPath + ".reference", "a client is not a Restwell resource: contain the Patient "
                    + "(reference \"#id\") or give its display name"));
            return new Client(null, null, null);
        }
        if (!reference.startsWith("#")) {
            return new Client(text(actor, "display", actorPath + ".display", MAX_NAME, true), null, null);
        }
        JsonNode contained = array(body, "contained", ROOT + ".contained");
        for (int i = 0; i < contained.size(); i++) {
            JsonNode resource = contained.get(i);
            if (resource.isObject() && "Patient".equals(resource.path("resourceType").asText())
                    && reference.substring(1).equals(resource.path("id").asText())) {
                return patient(resource, ROOT + ".contained[" + i + "]");
            }
        }
        invalid.add(new Violation(actorPath + ".reference", "names no contained Patient with id \"" + reference.substring(1) + "\""));
        return new Client(null, null, null);
    }

    private Client patient(JsonNode patient, String path) {
        JsonNode names = array(patient, "name", path + ".name");
        String name = null;
        if (names.isEmpty() || !names.get(0).isObject()) {
            invalid.add(new Violation(path + ".name", "is required: the client's name (text, or given and family)"));
        } else {
            JsonNode first = names.get(0);
            name = text(first, "text", path + ".name[0].text", MAX_NAME, false);
            if (name == null) {
                List<String> parts = new ArrayList<>();
                JsonNode given = array(first, "given", path + ".name[0].given");
                for (int i = 0; i < given.size(); i++) {
                    String part = text(given, i, path + ".name[0].given[" + i + "]");
                    if (part != null) {
                        parts.add(part);
                    }
                }
                String family = text(first, "family", path + ".name[0].family", MAX_NAME, false);
                if (family != null) {
                    parts.add(family);
                }
                name = parts.isEmpty() ? null : String.join(" ", parts);
                if (name == null) {
                    invalid.add(new Violation(path + ".name[0]", "needs text, or given and family"));
                } else if (name.length() > MAX_NAME) {
                    invalid.add(new Violation(path + ".name[0]", "must be at most " + MAX_NAME + " characters"));
                    name = null;
                }
            }
        }
        String email = null;
        String phone = null;
        JsonNode telecom = array(patient, "telecom", path + ".telecom");
        for (int i = 0; i < telecom.size(); i++) {
            JsonNode point = telecom.get(i);
            String pointPath = path + ".telecom[" + i + "]";
            String system = point.path("system").asText("");
            if (email == null && "email".equals(system)) {
                email = text(point, "value", pointPath + ".value", MAX_EMAIL, true);
                if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
                    invalid.add(new Violation(pointPath + ".value", "must be an email address"));
                }
            } else if (phone == null && ("phone".equals(system) || "sms".equals(system))) {
                phone = text(point, "value", pointPath + ".value", MAX_PHONE, true);
            }
        }
        return new Client(name, email, phone);
    }

    private String code(JsonNode node, String field, Set<String> allowed, boolean required) {
        return code(node, field, allowed, required, ROOT + "." + field);
    }

    private String code(JsonNode node, String field, Set<String> allowed, boolean required, String path) {
        JsonNode value = node.get(field);
        if (value == null) {
            if (required) {
                invalid.add(new Violation(path, "is required"));
            }
            return null;
        }
        if (!value.isTextual() || !allowed.contains(value.asText())) {
            malformed.add(new Violation(path, "must be one of " + allowed.stream().sorted().toList()));
            return null;
        }
        return value.asText();
    }

    private OffsetDateTime instant(JsonNode node, String field) {
        String path = ROOT + "." + field;
        JsonNode value = node.get(field);
        if (value == null) {
            invalid.add(new Violation(path, "is required"));
            return null;
        }
        if (!value.isTextual() || !INSTANT.matcher(value.asText()).matches()) {
            malformed.add(new Violation(path, "must be a FHIR instant with seconds and an offset (2026-12-07T10:00:00+01:00)"));
            return null;
        }
        try {
            return OffsetDateTime.parse(value.asText());
        } catch (DateTimeParseException e) {
            malformed.add(new Violation(path, "is not a real date and time"));
            return null;
        }
    }

    /** A string element; null when absent, blank (and required: named) or not text (named). */
    private String text(JsonNode node, String field, String path, int maxLength, boolean required) {
        JsonNode value = node.get(field);
        if (value == null || value.isTextual() && value.asText().isBlank()) {
            if (required) {
                invalid.add(new Violation(path, "is required"));
            }
            return null;
        }
        return checked(value, path, maxLength);
    }

    private String text(JsonNode array, int index, String path) {
        JsonNode value = array.get(index);
        return value.isTextual() && value.asText().isBlank() ? null : checked(value, path, MAX_NAME);
    }

    private String checked(JsonNode value, String path, int maxLength) {
        if (!value.isTextual()) {
            malformed.add(new Violation(path, "must be a string"));
            return null;
        }
        String text = value.asText().strip();
        if (text.indexOf('\u0000') >= 0) {
            malformed.add(new Violation(path, "must not contain the NUL character (U+0000)"));
            return null;
        }
        if (text.length() > maxLength) {
            invalid.add(new Violation(path, "must be at most " + maxLength + " characters"));
            return null;
        }
        return text;
    }

    /** An array element (FHIR JSON repeats as arrays); empty when absent, named when not an array. */
    private JsonNode array(JsonNode node, String field, String path) {
        JsonNode value = node.get(field);
        if (value == null) {
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        if (!value.isArray()) {
            malformed.add(new Violation(path, "must be an array"));
            return com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
        }
        return value;
    }

    private UUID uuid(String value, String path) {
        try {
            if (value != null && value.length() == 36) {
                return UUID.fromString(value);
            }
        } catch (IllegalArgumentException e) {
            // named below
        }
        malformed.add(new Violation(path, "must be a therapist id (a UUID)"));
        return null;
    }

    private static String summary(List<Violation> violations) {
        return violations.size() == 1 ? violations.get(0).field() + ": " + violations.get(0).message()
                : violations.size() + " elements of the Appointment are at fault";
    }
}
