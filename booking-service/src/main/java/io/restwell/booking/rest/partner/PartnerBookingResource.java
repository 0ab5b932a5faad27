package io.restwell.booking.rest.partner;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import io.restwell.booking.service.IfMatch;
import io.restwell.booking.domain.BookingException;
import io.restwell.platform.defaults.problem.Problem;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.booking.rest.BookingStatusRequest;
import io.restwell.booking.rest.EntityTags;
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
    @APIResponse(responseCode = "400", description = "Bad paging, date or status parameter",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
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

    @GET
    @Path("{bookingId}")
    @Operation(operationId = "getPartnerBooking", summary = "One booking at the clinic")
    @APIResponse(responseCode = "200", description = "The booking", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerBooking.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such booking at this clinic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(@PathParam("bookingId") UUID bookingId, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Booking booking = bookings.get(caller.clinicId(), bookingId);
        IfMatch known = EntityTags.parse(ifNoneMatch, "If-None-Match");
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
    @APIResponse(responseCode = "400", description = "Malformed body or unknown status",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such booking at this clinic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The booking's status or time does not allow it",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Not a status a clinic sets",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response mark(@PathParam("bookingId") UUID bookingId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid BookingStatusRequest request) {
        return withTag(bookings.changeStatus(caller.clinicId(), bookingId, EntityTags.parse(ifMatch, "If-Match"),
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
    @APIResponse(responseCode = "400", description = "Missing or too long reason, malformed body",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such booking at this clinic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Not BOOKED, or the session has started",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response cancel(@PathParam("bookingId") UUID bookingId, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid PartnerCancelRequest request) {
        return withTag(bookings.cancel(caller.clinicId(), bookingId, EntityTags.parse(ifMatch, "If-Match"),
                request.reason()));
    }

    private Response withTag(Booking booking) {
        return Response.ok(PartnerMapper.toPartnerBooking(booking, customers)).header("ETag", BookingMapper.etag(booking)).build();
    }
}
