package io.restwell.booking.rest.people;

import java.net.URI;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.booking.mapping.BookingMapper;
import io.restwell.booking.service.Created;
import io.restwell.booking.service.HoldService;

/**
 * Short holds on open slots, e.g. while a person confirms. A hold keeps its slot out of availability
 * and away from other bookings (the same exclusion constraint) until it expires; under
 * {@code /api/v1/bookings} so the gateway routes it with the bookings.
 */
@Path("/api/v1/bookings/holds")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings")
@RolesAllowed("**")
@SecurityRequirement(name = "bearer")
public class HoldResource {

    private final JsonWebToken caller;
    private final HoldService holds;
    private final Clock clock;

    HoldResource(JsonWebToken caller, HoldService holds, Clock clock) {
        this.caller = caller;
        this.holds = holds;
        this.clock = clock;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "holdSlot", summary = "Hold an open slot for a few minutes (default 10)",
            description = "Holding the same slot again while the hold lives returns that hold (200). At most 3 live "
                    + "holds per person. Book the slot with POST /api/v1/bookings to turn the hold into the booking.")
    @APIResponse(responseCode = "201", description = "Held", content = @Content(schema = @Schema(implementation = HoldResponse.class)))
    @APIResponse(responseCode = "200", description = "You hold this slot already", content = @Content(schema = @Schema(implementation = HoldResponse.class)))
    @APIResponse(responseCode = "409", description = "The slot is taken or held, you hold too many slots, or you reached "
            + "a booking limit (type open-booking-limit or clinic-day-booking-limit, with members limit and current)")
    @APIResponse(responseCode = "422", description = "Not an open slot of that therapist")
    public Response hold(@NotNull @Valid HoldRequest request) {
        Created held = holds.hold(caller.getSubject(), request.therapistId(), request.sessionType(),
                request.start(), request.durationMinutes());
        HoldResponse body = BookingMapper.toHoldResponse(held.booking(), OffsetDateTime.now(clock));
        return (held.replayed() ? Response.ok() : Response.created(URI.create("/api/v1/bookings/holds/" + body.id())))
                .entity(body).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getHold", summary = "One of the caller's holds")
    @APIResponse(responseCode = "200", description = "The hold")
    @APIResponse(responseCode = "404", description = "No such hold of yours (a booked hold is a booking now)")
    public HoldResponse get(@PathParam("id") UUID id) {
        return BookingMapper.toHoldResponse(holds.get(caller.getSubject(), id), OffsetDateTime.now(clock));
    }

    @DELETE
    @Path("{id}")
    @Operation(operationId = "releaseHold", summary = "Give a held slot back at once")
    @APIResponse(responseCode = "204", description = "Released (or expired already)")
    @APIResponse(responseCode = "404", description = "No such hold of yours")
    public void release(@PathParam("id") UUID id) {
        holds.release(caller.getSubject(), id);
    }
}
