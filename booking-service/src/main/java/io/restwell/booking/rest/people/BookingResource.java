package io.restwell.booking.rest.people;

import java.net.URI;
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

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.platform.defaults.paging.Paging;
import io.restwell.booking.Booking;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.mapping.BookingMapper;
import io.restwell.booking.service.BookingService;
import io.restwell.booking.service.Created;
import io.restwell.booking.service.IfMatch;
import io.restwell.booking.domain.BookingException;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.booking.rest.BookingPage;
import io.restwell.booking.rest.BookingResponse;
import io.restwell.booking.rest.BookingTags;
import io.restwell.booking.rest.QueryParams;

/**
 * The signed-in person's bookings. Every read and change is scoped to the token's subject: another
 * person's booking answers 404 exactly like one that does not exist.
 */
@Path("/api/v1/bookings")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings")
@RolesAllowed("**")
@SecurityRequirement(name = "bearer")
public class BookingResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private final JsonWebToken caller;
    private final BookingService bookings;
    private final ObjectMapper json;

    BookingResource(JsonWebToken caller, BookingService bookings, ObjectMapper json) {
        this.caller = caller;
        this.bookings = bookings;
        this.json = json;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createBooking", summary = "Book an open slot",
            description = "Send an Idempotency-Key (any unique string, e.g. a UUID, at most 255 characters). "
                    + "A retry with the same key and body returns the same booking (200); the same key with "
                    + "another body is refused (422). Two overlapping bookings of one therapist can never both "
                    + "succeed: the loser gets 409.")
    @APIResponse(responseCode = "201", description = "Booked", content = @Content(schema = @Schema(implementation = BookingResponse.class)),
            headers = {@Header(name = "Location", description = "The new booking"),
                    @Header(name = "ETag", description = "Its version, for If-Match")})
    @APIResponse(responseCode = "200", description = "A retry: the booking this key created before",
            content = @Content(schema = @Schema(implementation = BookingResponse.class)),
            headers = @Header(name = "Idempotent-Replayed", description = "true"))
    @APIResponse(responseCode = "400", description = "Missing Idempotency-Key, malformed or invalid body")
    @APIResponse(responseCode = "409", description = "The slot was taken by someone else, or you reached a booking limit "
            + "(type open-booking-limit or clinic-day-booking-limit, with members limit and current)")
    @APIResponse(responseCode = "422", description = "Not an open slot of that therapist, unknown session type, "
            + "or the key was used for another request")
    public Response create(
            @Parameter(description = "Unique per booking attempt; reuse it only to retry the same request", required = true,
                    example = "2f1c6a0e-4c1e-4c52-9a55-2b8f3c0f1d7e") @HeaderParam(IDEMPOTENCY_KEY) String idempotencyKey,
            @NotNull @Valid CreateBookingRequest request) {
        if (idempotencyKey == null || idempotencyKey.isBlank()) {
            throw BookingException.invalid(IDEMPOTENCY_KEY, "is required: send a unique key (e.g. a UUID) and reuse it only to retry");
        }
        if (idempotencyKey.length() > 255) {
            throw BookingException.invalid(IDEMPOTENCY_KEY, "must be at most 255 characters");
        }
        Created created = bookings.create(caller.getSubject(), idempotencyKey.trim(), request.toCommand());
        Booking booking = created.booking();
        Response.ResponseBuilder response = created.replayed()
                ? Response.ok().header("Idempotent-Replayed", "true")
                : Response.created(URI.create("/api/v1/bookings/" + booking.id));
        return response.entity(BookingMapper.toResponse(booking)).header("ETag", BookingMapper.etag(booking)).build();
    }

    @GET
    @Operation(operationId = "listBookings", summary = "The caller's bookings by start, optionally in a date range and of one status")
    @APIResponse(responseCode = "200", description = "One page of bookings")
    public BookingPage list(
            @Parameter(description = "From this clinic-local day (ISO date) or instant (RFC 3339)", example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "Until this clinic-local day, inclusive, or instant, exclusive", example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(description = "Only this status", schema = @Schema(implementation = BookingStatus.class)) @QueryParam("status") String status,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = Paging.MAX_PAGE_TEXT)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        Page<Booking> found = bookings.list(caller.getSubject(), QueryParams.timeBound("from", from),
                QueryParams.timeBound("to", to), QueryParams.bookingStatus(status), pageNumber, pageSize);
        return new BookingPage(found.items().stream().map(BookingMapper::toResponse).toList(), pageNumber, pageSize, found.total());
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getBooking", summary = "One of the caller's bookings")
    @APIResponse(responseCode = "200", description = "The booking", headers = @Header(name = "ETag", description = "Its version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "304", description = "Unchanged since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", description = "No such booking of yours")
    public Response get(@PathParam("id") UUID id, @HeaderParam("If-None-Match") String ifNoneMatch) {
        Booking booking = bookings.get(caller.getSubject(), id);
        IfMatch known = BookingTags.parse(ifNoneMatch, "If-None-Match");
        if (known != null && (known.any() || known.versions().contains(booking.version))) {
            return Response.notModified().header("ETag", BookingMapper.etag(booking)).build();
        }
        return BookingTags.withTag(booking);
    }

    @POST
    @Path("{id}/cancel")
    // no @Consumes: the body is optional, so a bare POST without Content-Type cancels too
    @Operation(operationId = "cancelBooking", summary = "Cancel a booking, with an optional reason",
            description = "Free until 24 hours before the start (CANCELLED); later, until the start, it becomes "
                    + "LATE_CANCELLED. If-Match is optional: without it the cancellation applies to the current state.")
    @APIResponse(responseCode = "200", description = "The cancelled booking", headers = @Header(name = "ETag", description = "Its new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such booking of yours")
    @APIResponse(responseCode = "409", description = "Already cancelled, completed, or the session has started")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CancelBookingRequest.class)))
    public Response cancel(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch, String body)
            throws JsonProcessingException {
        CancelBookingRequest request = body == null || body.isBlank() ? null : json.readValue(body, CancelBookingRequest.class);
        String reason = request == null ? null : request.reason();
        if (reason != null && reason.length() > 500) {
            throw BookingException.invalid("reason", "size must be between 0 and 500");
        }
        return BookingTags.withTag(bookings.cancel(caller.getSubject(), id, BookingTags.parse(ifMatch, "If-Match"), reason));
    }

    @POST
    @Path("{id}/reschedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "rescheduleBooking", summary = "Move a booking to another open slot; the old one is freed atomically",
            description = "Only while cancelling would still be free (more than 24 hours before the start). "
                    + "If-Match is optional.")
    @APIResponse(responseCode = "200", description = "The moved booking", headers = @Header(name = "ETag", description = "Its new version"),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BookingResponse.class)))
    @APIResponse(responseCode = "404", description = "No such booking of yours")
    @APIResponse(responseCode = "409", description = "The new slot is taken, the booking can no longer be moved, or you "
            + "have a booking at this clinic on the new day already (type clinic-day-booking-limit)")
    @APIResponse(responseCode = "422", description = "The new start is not an open slot of that therapist, or the therapist "
            + "works at another clinic (a booking moves only within its clinic)")
    public Response reschedule(@PathParam("id") UUID id, @HeaderParam("If-Match") String ifMatch,
            @NotNull @Valid RescheduleBookingRequest request) {
        return BookingTags.withTag(bookings.reschedule(caller.getSubject(), id, BookingTags.parse(ifMatch, "If-Match"), request.toCommand()));
    }
}
