package io.restwell.booking.rest.partner.fhir;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import io.restwell.booking.domain.CustomerPseudonyms;
import io.restwell.booking.Booking;
import io.restwell.booking.Clinic;
import io.restwell.booking.SessionType;
import io.restwell.booking.Therapist;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.mapping.FhirMapper;
import io.restwell.booking.mapping.FhirMapper.OpenSlot;
import io.restwell.booking.mapping.FhirMapper.SearchPage;
import io.restwell.platform.defaults.fhir.FhirJson;
import io.restwell.booking.repository.SessionTypeRepository;
import io.restwell.booking.security.PartnerKeyIdentityProvider;
import io.restwell.booking.security.PartnerKeyMechanism;
import io.restwell.booking.service.AvailabilityService;
import io.restwell.booking.service.AvailabilityService.Slot;
import io.restwell.booking.service.ClinicBookingService;
import io.restwell.booking.service.Created;
import io.restwell.booking.service.CatalogService;
import io.restwell.booking.domain.BookingException;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.booking.rest.partner.PartnerBookingResource;
import io.restwell.booking.rest.QueryParams;
import io.restwell.booking.rest.partner.PartnerCaller;

/**
 * FHIR R4 views for clinics whose systems speak FHIR: the clinic's open slots as {@code Slot}, its
 * therapists as {@code Schedule} and its bookings as {@code Appointment}, in searchset Bundles
 * ({@code application/fhir+json}); and an Appointment create, which is a front-desk booking
 * ({@link ClinicBookingService#bookAtFrontDesk}) for clinics whose systems speak FHIR. Other changes go through the
 * partner API. Errors are RFC 9457 problems like everywhere else on the platform.
 */
@Path("/api/v1/partner/fhir")
@Produces({PartnerFhirResource.FHIR_JSON, MediaType.APPLICATION_JSON})
@Tag(name = "Partner FHIR", description = "FHIR R4 views of the key's clinic: Slot (from availability), Schedule "
        + "(one per therapist) and Appointment (from bookings), as searchset Bundles in application/fhir+json; and the "
        + "Appointment create (IHE ITI-118 style), which books like the front-desk booking. "
        + "Appointment.status: BOOKED → booked, ARRIVED → arrived, COMPLETED → fulfilled, NO_SHOW → noshow, "
        + "CANCELLED and LATE_CANCELLED → cancelled (with cancelationReason pat or prov). Paging: _count (1–100) and _offset.")
@HttpAuthenticationMechanism(PartnerKeyMechanism.SCHEME)
@RolesAllowed(PartnerKeyIdentityProvider.ROLE)
@SecurityRequirement(name = PartnerBookingResource.SECURITY_SCHEME)
public class PartnerFhirResource {

    static final String FHIR_JSON = FhirJson.MEDIA_TYPE;
    private static final String SLOT_EXAMPLE = """
            {"resourceType": "Bundle", "type": "searchset", "total": 1,
             "link": [{"relation": "self", "url": "https://api.restwell.dev/api/v1/partner/fhir/Slot?service-type=DEEP_TISSUE&_count=20&_offset=0"}],
             "entry": [{"fullUrl": "https://api.restwell.dev/api/v1/partner/fhir/Slot/7d1e7c8a-3b1a-4c39-8a0e-5d3f2b1c9e11-1795424400-60",
               "resource": {"resourceType": "Slot", "id": "7d1e7c8a-3b1a-4c39-8a0e-5d3f2b1c9e11-1795424400-60",
                 "serviceType": [{"coding": [{"system": "https://restwell.dev/fhir/CodeSystem/session-type", "code": "DEEP_TISSUE",
                   "display": "Deep tissue massage"}], "text": "Deep tissue massage"}],
                 "schedule": {"reference": "Schedule/7d1e7c8a-3b1a-4c39-8a0e-5d3f2b1c9e11", "display": "Mara Lind"},
                 "status": "free", "start": "2026-11-23T10:00:00+01:00", "end": "2026-11-23T11:00:00+01:00"},
               "search": {"mode": "match"}}]}""";

    static final String APPOINTMENT_REQUEST_EXAMPLE = """
            {"resourceType": "Appointment", "status": "booked",
             "contained": [{"resourceType": "Patient", "id": "client", "name": [{"given": ["Jana"], "family": "Novak"}],
               "telecom": [{"system": "phone", "value": "+49 30 1234567"}, {"system": "email", "value": "jana@example.com"}]}],
             "serviceType": [{"coding": [{"system": "https://restwell.dev/fhir/CodeSystem/session-type", "code": "DEEP_TISSUE"}]}],
             "start": "2026-12-07T10:00:00+01:00", "end": "2026-12-07T11:00:00+01:00", "comment": "Booked by phone",
             "participant": [
               {"actor": {"reference": "#client"}, "status": "accepted"},
               {"actor": {"type": "Practitioner", "identifier": {"system": "https://restwell.dev/fhir/therapist-id",
                 "value": "5d1c7a40-8e2f-4b6a-9c3d-1e2f3a4b5c6d"}}, "status": "accepted"}]}""";

    private final PartnerCaller caller;
    private final CustomerPseudonyms customers;
    private final AvailabilityService availability;
    private final ClinicBookingService bookings;
    private final CatalogService catalog;
    private final SessionTypeRepository sessionTypes;
    private final Clock clock;

    PartnerFhirResource(PartnerCaller caller, CustomerPseudonyms customers, AvailabilityService availability, ClinicBookingService bookings, CatalogService catalog, SessionTypeRepository sessionTypes, Clock clock) {
        this.caller = caller;
        this.customers = customers;
        this.availability = availability;
        this.bookings = bookings;
        this.catalog = catalog;
        this.sessionTypes = sessionTypes;
        this.clock = clock;
    }

    @Context
    UriInfo uri;

    @Context
    HttpHeaders headers;

    @GET
    @Path("Slot")
    @Operation(operationId = "searchPartnerFhirSlots", summary = "The clinic's open slots as FHIR Slots (status free)",
            description = "Search parameters: `start` with prefixes (ge, gt, le, lt, eq; dates are clinic-local days; "
                    + "default the next 7 days, at most 31), `service-type` (session type codes, comma = or; "
                    + "`https://restwell.dev/fhir/CodeSystem/session-type|DEEP_TISSUE` works too; default all), "
                    + "`schedule` (`Schedule/<therapistId>`), `status` (only `free` exists), `_count`, `_offset`. "
                    + "One Slot per therapist and time, listing every session type offered in it; each type's default length.")
    @Parameter(name = "start", description = "e.g. ge2026-12-01 and lt2026-12-08 (repeat the parameter)", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "service-type", description = "Session type codes", example = "DEEP_TISSUE,SWEDISH")
    @Parameter(name = "schedule", description = "One therapist", example = "Schedule/7d1e7c8a-3b1a-4c39-8a0e-5d3f2b1c9e11")
    @Parameter(name = "status", description = "Only free slots are listed", example = "free")
    @Parameter(name = "_count", description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100"))
    @Parameter(name = "_offset", description = "How many matches to skip", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = Paging.MAX_OFFSET_TEXT))
    @APIResponse(responseCode = "200", description = "A searchset Bundle of Slots", content = {@Content(mediaType = FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT), examples = @ExampleObject(name = "slots", value = SLOT_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "400", description = "A malformed parameter")
    @APIResponse(responseCode = "422", description = "Unknown session type or a range over 31 days")
    public Response slots() {
        UUID clinicId = caller.clinicId();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        int count = FhirParams.count(query);
        int offset = FhirParams.offset(query);
        FhirParams.Range range = FhirParams.range("start", query.get("start"));
        List<String> statuses = FhirParams.codes("status", query.get("status"), null, 200);
        UUID therapistId = schedule(query.getFirst("schedule"));
        List<SessionType> types = sessionTypes(FhirParams.codes("service-type", query.get("service-type"),
                FhirMapper.SESSION_TYPES, 500));
        List<OpenSlot> slots = statuses != null && !statuses.contains("free") ? List.of()
                : openSlots(clinicId, types, range, therapistId);
        List<ObjectNode> resources = slots.stream().skip(offset).limit(count).map(FhirMapper::slot).toList();
        return bundle("Slot", query, resources, slots.size(), offset, count);
    }

    @GET
    @Path("Schedule")
    @Operation(operationId = "searchPartnerFhirSchedules", summary = "The clinic's therapists as FHIR Schedules (what Slot.schedule points at)")
    @APIResponse(responseCode = "200", description = "A searchset Bundle of Schedules", content = {@Content(mediaType = FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "400", description = "A malformed parameter")
    public Response schedules() {
        UUID clinicId = caller.clinicId();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        int count = FhirParams.count(query);
        int offset = FhirParams.offset(query);
        Page<Therapist> therapists = catalog.therapists(clinicId, true, null, offset, count);
        List<ObjectNode> resources = therapists.items().stream()
                .map(therapist -> FhirMapper.schedule(therapist, therapist.qualifications.stream()
                        .sorted(Comparator.comparing(type -> type.code)).toList()))
                .toList();
        return bundle("Schedule", query, resources, therapists.total(), offset, count);
    }

    @GET
    @Path("Appointment")
    @Operation(operationId = "searchPartnerFhirAppointments", summary = "The clinic's bookings as FHIR Appointments",
            description = "Search parameters: `date` (the start, with prefixes ge, gt, le, lt, eq), `status` (FHIR codes, "
                    + "comma = or: booked, arrived, fulfilled, noshow, cancelled), `_lastUpdated` (ge or gt an instant: "
                    + "for a sync, oldest change first), `_count`, `_offset`. Without `_lastUpdated`, sorted by start.")
    @Parameter(name = "date", description = "e.g. ge2026-12-01 and lt2027-01-01 (repeat the parameter)", schema = @Schema(type = SchemaType.ARRAY, implementation = String.class))
    @Parameter(name = "status", description = "FHIR Appointment.status codes", example = "booked,arrived")
    @Parameter(name = "_lastUpdated", description = "Changed at or after", example = "ge2026-11-02T17:39:00Z")
    @Parameter(name = "_count", description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100"))
    @Parameter(name = "_offset", description = "How many matches to skip", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = Paging.MAX_OFFSET_TEXT))
    @APIResponse(responseCode = "200", description = "A searchset Bundle of Appointments", content = {@Content(mediaType = FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "400", description = "A malformed parameter")
    public Response appointments() {
        UUID clinicId = caller.clinicId();
        MultivaluedMap<String, String> query = uri.getQueryParameters();
        int count = FhirParams.count(query);
        int offset = FhirParams.offset(query);
        FhirParams.Range range = FhirParams.range("date", query.get("date"));
        Instant changedSince = FhirParams.lastUpdated(query.get("_lastUpdated"));
        List<String> codes = FhirParams.codes("status", query.get("status"), null, 200);
        List<BookingStatus> statuses = codes == null ? null
                : codes.stream().flatMap(code -> FhirMapper.bookingStatuses(code).stream()).distinct().toList();
        if (statuses != null && statuses.isEmpty()) {
            return bundle("Appointment", query, List.of(), 0, offset, count);
        }
        Page<Booking> found = bookings.listForPartner(clinicId, range.from(), range.to(), statuses, changedSince, offset, count);
        Map<UUID, String> names = therapistNames(clinicId);
        String clinicName = catalog.clinic(clinicId, true).name;
        List<ObjectNode> resources = found.items().stream().map(booking -> FhirMapper.appointment(booking, names, clinicName, customers)).toList();
        return bundle("Appointment", query, resources, found.total(), offset, count);
    }

    @GET
    @Path("Appointment/{bookingId}")
    @Operation(operationId = "readPartnerFhirAppointment", summary = "One booking of the clinic as a FHIR Appointment")
    @APIResponse(responseCode = "200", description = "The Appointment", content = {@Content(mediaType = FHIR_JSON,
            schema = @Schema(type = SchemaType.OBJECT)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))},
            headers = @Header(name = "ETag", description = "The booking's version, weak: W/\"<version>\"",
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "404", description = "No such booking at this clinic")
    public Response appointment(@PathParam("bookingId") UUID bookingId) {
        UUID clinicId = caller.clinicId();
        Booking booking = bookings.get(clinicId, bookingId);
        Clinic clinic = catalog.clinic(clinicId, true);
        return Response.ok(FhirMapper.appointment(booking, therapistNames(clinicId), clinic.name, customers),
                FhirJson.answerType(headers.getAcceptableMediaTypes()))
                .header("ETag", "W/\"" + booking.version + "\"").build();
    }

    @POST
    @Path("Appointment")
    @Consumes({FHIR_JSON, MediaType.APPLICATION_JSON})
    @Operation(operationId = "createPartnerFhirAppointment", summary = "Book a slot with a FHIR Appointment (IHE ITI-118 style)",
            description = "The front-desk booking (`POST /api/v1/partner/bookings`) for systems that speak FHIR R4: the same checks, "
                    + "the same exclusion constraint (racing the app or the JSON front desk for one slot, exactly one wins, the others "
                    + "get 409), the same event and webhooks, the same Idempotency-Key rules (a retry answers 200 with the same "
                    + "Appointment). Read: `status` proposed, pending or booked; `serviceType` (or `appointmentType`) with a coding in "
                    + "`https://restwell.dev/fhir/CodeSystem/session-type`; `start` and `end` (instants; the length is a session "
                    + "length on offer; `minutesDuration` must agree); one Practitioner participant, the therapist, by identifier "
                    + "`https://restwell.dev/fhir/therapist-id` (or reference `Practitioner/<id>`); one Patient participant, the "
                    + "client: a contained Patient (reference `#id`: `name`, `telecom` email and phone) or an `actor.display` name; "
                    + "`comment` as notes. The client is kept for your clinic only. Answers the created Appointment, status booked. "
                    + "Problems name the element by its FHIRPath (`Appointment.participant[1].actor.identifier.value`).")
    @RequestBody(required = true, content = {@Content(mediaType = FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT),
            examples = @ExampleObject(name = "front desk", value = APPOINTMENT_REQUEST_EXAMPLE)),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))})
    @APIResponse(responseCode = "201", description = "Booked: the Appointment (status booked, id = the booking's id, meta.versionId)",
            content = {@Content(mediaType = FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))},
            headers = {@Header(name = "Location", description = "The new Appointment", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Its version, weak: W/\"<version>\"", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "200", description = "A retry: the Appointment this key created before",
            content = {@Content(mediaType = FHIR_JSON, schema = @Schema(type = SchemaType.OBJECT)),
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.OBJECT))},
            headers = {@Header(name = "Idempotent-Replayed", description = "true", schema = @Schema(type = SchemaType.STRING)),
                    @Header(name = "ETag", description = "Its version, weak: W/\"<version>\"", schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "400", description = "Not JSON, not an Appointment, an element unreadable, missing or too long "
            + "(named by its FHIRPath), or no Idempotency-Key")
    @APIResponse(responseCode = "409", description = "The slot is taken (a booking, a hold or imported busy time)")
    @APIResponse(responseCode = "422", description = "Well-formed but not bookable: not an open slot of that therapist, a practitioner "
            + "unknown or of another clinic (a reference in the body, so 422 like the JSON booking, not 404), a session type or "
            + "length not on offer, a status other than proposed/pending/booked, or the key was used for another request")
    public Response createAppointment(
            @Parameter(description = "Unique per booking attempt; reuse it only to retry the same request", required = true,
                    example = "pms-appt-48213-create") @HeaderParam("Idempotency-Key") String idempotencyKey,
            JsonNode body) {
        UUID clinicId = caller.clinicId();
        FhirAppointmentRequest.Read request = FhirAppointmentRequest.read(body);
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw BookingException.invalid("Idempotency-Key", "is required: send a unique key (e.g. a UUID) and reuse it only to retry");
        }
        if (idempotencyKey.length() > 255) {
            throw BookingException.invalid("Idempotency-Key", "must be at most 255 characters");
        }
        Created created;
        try {
            created = bookings.bookAtFrontDesk(clinicId, idempotencyKey.trim(), request.command());
        } catch (BookingException failure) {
            throw request.inFhirTerms(failure);
        }
        Booking booking = created.booking();
        Clinic clinic = catalog.clinic(clinicId, true);
        ObjectNode appointment = FhirMapper.appointment(booking, therapistNames(clinicId), clinic.name, customers);
        String type = FhirJson.answerType(headers.getAcceptableMediaTypes());
        Response.ResponseBuilder response = created.replayed()
                ? Response.ok().header("Idempotent-Replayed", "true")
                : Response.created(java.net.URI.create("/api/v1/partner/fhir/Appointment/" + booking.id));
        return response.entity(appointment).type(type).header("ETag", "W/\"" + booking.version + "\"").build();
    }

    /** Every open slot of the clinic for the types, merged per therapist and time, by start. */
    private List<OpenSlot> openSlots(UUID clinicId, List<SessionType> types, FhirParams.Range range, UUID therapistId) {
        Map<String, OpenSlot> merged = new LinkedHashMap<>();
        for (SessionType type : types) {
            for (Slot slot : availability.search(new AvailabilityService.Search(type.code, range.from(), range.to(), List.of(clinicId),
                    therapistId, null, null))) {
                String key = slot.therapist().id + "/" + slot.interval().start() + "/" + slot.interval().end();
                OpenSlot known = merged.get(key);
                List<SessionType> offered = new ArrayList<>(known == null ? List.of() : known.sessionTypes());
                offered.add(slot.sessionType());
                merged.put(key, new OpenSlot(slot.therapist(), offered, slot.interval().start(), slot.interval().end()));
            }
        }
        return merged.values().stream()
                .sorted(Comparator.comparing(OpenSlot::start).thenComparing(slot -> slot.therapist().id))
                .toList();
    }

    private List<SessionType> sessionTypes(List<String> codes) {
        List<SessionType> offered = sessionTypes.catalogue(false);
        if (codes == null) {
            return offered;
        }
        List<SessionType> wanted = new ArrayList<>();
        for (String code : codes) {
            SessionType type = offered.stream().filter(candidate -> candidate.code.equals(code)).findFirst()
                    .orElseThrow(() -> BookingException.brokenRule("service-type", code + " is not a session type on offer"));
            if (!wanted.contains(type)) {
                wanted.add(type);
            }
        }
        return wanted;
    }

    private static UUID schedule(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String id = raw.strip().startsWith("Schedule/") ? raw.strip().substring("Schedule/".length()) : raw.strip();
        return QueryParams.uuid("schedule", id);
    }

    private Map<UUID, String> therapistNames(UUID clinicId) {
        return catalog.therapists(clinicId, true, null, 0, 1000).items().stream()
                .collect(Collectors.toMap(therapist -> therapist.id, therapist -> therapist.name));
    }

    private Response bundle(String resourceType, MultivaluedMap<String, String> query, List<ObjectNode> resources, long total,
            int offset, int count) {
        String base = uri.getBaseUri().toString() + "api/v1/partner/fhir/";
        String self = FhirParams.pageUrl(base, resourceType, query, offset, count);
        String next = offset + count < total ? FhirParams.pageUrl(base, resourceType, query, offset + count, count) : null;
        String previous = offset > 0 ? FhirParams.pageUrl(base, resourceType, query, Math.max(0, offset - count), count) : null;
        ObjectNode bundle = FhirMapper.searchset(base, resourceType, new SearchPage(resources, total, self, next, previous),
                OffsetDateTime.now(clock));
        return Response.ok(bundle, FhirJson.answerType(headers.getAcceptableMediaTypes())).build();
    }
}
