package io.restwell.booking.rest.partner;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.booking.domain.CustomerPseudonyms;
import io.restwell.booking.Booking;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.domain.TimeBound;
import io.restwell.booking.mapping.BookingMapper;
import io.restwell.booking.mapping.PartnerMapper;
import io.restwell.booking.security.PartnerKeyIdentityProvider;
import io.restwell.booking.security.PartnerKeyMechanism;
import io.restwell.booking.service.ClinicBookingService;
import io.restwell.booking.service.Created;
import io.restwell.booking.service.IfMatch;
import io.restwell.booking.domain.BookingException;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.booking.rest.BookingStatusRequest;
import io.restwell.booking.rest.BookingTags;
import io.restwell.booking.rest.QueryParams;

/**
 * A partner clinic's bookings, through its API key: everything is scoped to the key's clinic, and
 * another clinic's booking answers 404 exactly like one that does not exist.
 */
@Path("/api/v1/partner/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner API", description = "For partner clinics' own systems, authenticated by a clinic API key "
        + "(header X-Api-Key) and scoped to that clinic. See docs/partners.md.")
@SecurityScheme(securitySchemeName = PartnerBookingResource.SECURITY_SCHEME, type = SecuritySchemeType.APIKEY,
        in = SecuritySchemeIn.HEADER, apiKeyName = PartnerKeyMechanism.HEADER,
        description = "A clinic API key (`rw_live_…`), issued by a Restwell admin and shown once. Accepted only on "
                + "/api/v1/partner/…; a person's bearer token is not accepted there. A missing, unknown or "
                + "revoked key answers 401.")
@HttpAuthenticationMechanism(PartnerKeyMechanism.SCHEME)
@RolesAllowed(PartnerKeyIdentityProvider.ROLE)
@SecurityRequirement(name = PartnerBookingResource.SECURITY_SCHEME)
public class PartnerBookingResource {

    public static final String SECURITY_SCHEME = "partnerApiKey";

    private final PartnerCaller caller;
    private final CustomerPseudonyms customers;
    private final ClinicBookingService bookings;

    PartnerBookingResource(PartnerCaller caller, CustomerPseudonyms customers, ClinicBookingService bookings) {
        this.caller = caller;
        this.customers = customers;
        this.bookings = bookings;
    }

    @GET
    @Operation(operationId = "listPartnerBookings", summary = "The clinic's bookings, by start or by last change",
            description = "Filter by clinic-local dates or instants (`from`, `to`) and `status`. For a sync, pass "
                    + "`changedSince` (RFC 3339): only bookings changed at or after it, oldest change first; keep the "
                    + "largest `updatedAt` you saw and pass it (minus a minute of overlap) next time, and apply a "
                    + "booking only if its `version` is newer than yours.")
    @APIResponse(responseCode = "200", description = "One page of bookings", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerBookingPage.class),
            examples = @ExampleObject(name = "page", value = PartnerBookingPage.EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Bad paging, date or status parameter")
    public PartnerBookingPage list(
            @Parameter(description = "From this clinic-local day (ISO date) or instant (RFC 3339)", example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "Until this clinic-local day, inclusive, or instant, exclusive", example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "Only this status", schema = @Schema(implementation = BookingStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Only bookings changed at or after this instant (RFC 3339), oldest change first",
                    example = "2026-11-02T17:39:00Z") @QueryParam("changedSince") String changedSince,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = Paging.MAX_PAGE_TEXT)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        TimeBound since = QueryParams.timeBound("changedSince", changedSince);
        if (since != null && since.instant() == null) {
            throw BookingException.malformed("changedSince", "must be an RFC 3339 date-time with offset (2026-11-02T17:39:00Z)");
        }
        BookingStatus wanted = QueryParams.bookingStatus(status);
        Page<Booking> found = bookings.listForPartner(caller.clinicId(), QueryParams.timeBound("from", from),
                QueryParams.timeBound("to", to), wanted == null ? null : java.util.List.of(wanted),
                since == null ? null : since.instant(), Paging.firstIndex(pageNumber, pageSize), pageSize);
        return new PartnerBookingPage(found.items().stream().map(booking -> PartnerMapper.toPartnerBooking(booking, customers)).toList(), pageNumber,
                pageSize, found.total());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartnerFrontDeskBooking", summary = "Book one of your therapists' open slots for a client of your own",
            description = "For bookings taken by phone or at the front desk, for a client who may have no Restwell account. "
                    + "The same checks as any booking (an open slot of the schedule, clear of bookings and imported busy time), "
                    + "and the same guarantee: racing a booking from the app for one slot, exactly one wins and the other gets 409. "
                    + "Publishes `restwell.booking.created.v1` and your webhooks like any booking; the client's name and contact "
                    + "are never in events or webhooks and only your clinic sees them. Send an Idempotency-Key: a retry with the "
                    + "same key and body returns the same booking (200); the same key with another body answers 422.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FrontDeskBookingRequest.class),
            examples = @ExampleObject(name = "phone", value = "{\"therapistId\": \"5d1c7a40-8e2f-4b6a-9c3d-1e2f3a4b5c6d\", "
                    + "\"sessionType\": \"DEEP_TISSUE\", \"start\": \"2026-12-07T10:00:00+01:00\", \"durationMinutes\": 60, "
                    + "\"notes\": \"Booked by phone\", \"client\": {\"name\": \"Jana Novak\", \"phone\": \"+49 30 1234567\"}}")))
    @APIResponse(responseCode = "201", description = "Booked", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = PartnerBooking.class)),
            headers = {@Header(name = "Location", description = "The new booking"), @Header(name = "ETag", description = "Its version")})
    @APIResponse(responseCode = "200", description = "A retry: the booking this key created before",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerBooking.class)),
            headers = {@Header(name = "Idempotent-Replayed", description = "true"), @Header(name = "ETag", description = "Its version")})
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key, malformed or invalid body")
    @APIResponse(responseCode = "409", description = "The slot is taken (a booking, a hold or imported busy time)")
    @APIResponse(responseCode = "422", description = "Not an open slot of that therapist, not a therapist of this clinic, unknown "
            + "session type, or the key was used for another request")
    public Response create(
            @Parameter(description = "Unique per booking attempt; reuse it only to retry the same request", required = true,
                    example = "desk-2026-12-07-0042") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull @Valid FrontDeskBookingRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw BookingException.invalid("Idempotency-Key", "is required: send a unique key (e.g. a UUID) and reuse it only to retry");
        }
        if (idempotencyKey.length() > 255) {
            throw BookingException.invalid("Idempotency-Key", "must be at most 255 characters");
        }
        Created created = bookings.bookAtFrontDesk(caller.clinicId(), idempotencyKey.trim(), request.toCommand());
        Booking booking = created.booking();
        Response.ResponseBuilder response = created.replayed()
                ? Response.ok().header("Idempotent-Replayed", "true")
                : Response.created(URI.create("/api/v1/partner/bookings/" + booking.id));
        return response.entity(PartnerMapper.toPartnerBooking(booking, customers)).header("ETag", BookingMapper.etag(booking)).build();
    }

    @DELETE
    @Path("{bookingId}/client")
    @Operation(operationId = "erasePartnerFrontDeskClient", summary = "Erase a front-desk booking's client details",
            description = "When your client asks you to erase their data: their name, contact and the booking's notes are "
                    + "deleted for good; the booking keeps its time, status and price.")
    @APIResponse(responseCode = "200", description = "The booking without its client", headers = @Header(name = "ETag", description = "Its new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerBooking.class)))
    @APIResponse(responseCode = "404", description = "No such booking at this clinic")
    @APIResponse(responseCode = "409", description = "An app booking: its person erases their own data")
    public Response eraseClient(@PathParam("bookingId") UUID bookingId) {
        return withTag(bookings.eraseClient(caller.clinicId(), bookingId));
    }

    @GET
    @Path("{bookingId}")
    @Operation(operationId = "getPartnerBooking", summary = "One booking at the clinic")
    @APIResponse(responseCode = "200", description = "The booking", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerBooking.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such booking at this clinic")
    public Response get(@PathParam("bookingId") UUID bookingId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Booking booking = bookings.get(caller.clinicId(), bookingId);
        IfMatch known = BookingTags.parse(ifNoneMatch, "If-None-Match");
        if (known != null && (known.any() || known.versions().contains(booking.version))) {
            return Response.notModified().header("ETag", BookingMapper.etag(booking)).build();
        }
        return withTag(booking);
    }

    @POST
    @Path("{bookingId}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "markPartnerBooking", summary = "Mark a booking ARRIVED, COMPLETED or NO_SHOW",
            description = "ARRIVED from an hour before the start; COMPLETED and NO_SHOW once the session has started. "
                    + "COMPLETED and NO_SHOW publish `restwell.booking.completed.v1` / `restwell.booking.no-show.v1` "
                    + "(and your webhooks). If-Match is optional.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingStatusRequest.class),
            examples = @ExampleObject(name = "completed", value = "{\"status\": \"COMPLETED\"}")))
    @APIResponse(responseCode = "200", description = "The changed booking", headers = @Header(name = "ETag", description = "Its new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerBooking.class)))
    @APIResponse(responseCode = "400", description = "Malformed body or unknown status")
    @APIResponse(responseCode = "404", description = "No such booking at this clinic")
    @APIResponse(responseCode = "409", description = "The booking's status or time does not allow it")
    @APIResponse(responseCode = "422", description = "Not a status a clinic sets")
    public Response mark(@PathParam("bookingId") UUID bookingId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid BookingStatusRequest request) {
        return withTag(bookings.changeStatus(caller.clinicId(), bookingId, BookingTags.parse(ifMatch, "If-Match"),
                request.status()));
    }

    @POST
    @Path("{bookingId}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "cancelPartnerBooking", summary = "Cancel a booking on the clinic's side, with a reason",
            description = "Until the start, a BOOKED booking becomes CANCELLED (`cancelledBy: CLINIC`), never a late "
                    + "cancellation: the person pays nothing. The person is told through `restwell.booking.cancelled.v1`, "
                    + "which carries the reason. If-Match is optional.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerCancelRequest.class),
            examples = @ExampleObject(name = "ill", value = "{\"reason\": \"Your therapist is ill; we are sorry. Please book another time.\"}")))
    @APIResponse(responseCode = "200", description = "The cancelled booking", headers = @Header(name = "ETag", description = "Its new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerBooking.class)))
    @APIResponse(responseCode = "400", description = "Missing or too long reason, malformed body")
    @APIResponse(responseCode = "404", description = "No such booking at this clinic")
    @APIResponse(responseCode = "409", description = "Not BOOKED, or the session has started")
    public Response cancel(@PathParam("bookingId") UUID bookingId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PartnerCancelRequest request) {
        return withTag(bookings.cancel(caller.clinicId(), bookingId, BookingTags.parse(ifMatch, "If-Match"),
                request.reason()));
    }

    private Response withTag(Booking booking) {
        return Response.ok(PartnerMapper.toPartnerBooking(booking, customers)).header("ETag", BookingMapper.etag(booking)).build();
    }
}
