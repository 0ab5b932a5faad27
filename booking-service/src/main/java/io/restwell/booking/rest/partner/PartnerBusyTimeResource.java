package io.restwell.booking.rest.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import io.restwell.booking.security.PartnerKeyIdentityProvider;
import io.restwell.booking.security.PartnerKeyMechanism;
import io.restwell.booking.service.BusyTimeService;

/**
 * Busy time from the clinic's own practice system or calendar, in bulk: what the therapists are busy
 * with outside Restwell leaves availability at once and no booking can take it.
 */
@Path("/api/v1/partner/busy-times")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner API")
@HttpAuthenticationMechanism(PartnerKeyMechanism.SCHEME)
@RolesAllowed(PartnerKeyIdentityProvider.ROLE)
@SecurityRequirement(name = PartnerBookingResource.SECURITY_SCHEME)
public class PartnerBusyTimeResource {

    /** The one path whose body may be larger than the usual limit (rest/BodyLimit). */
    public static final String SYNC_PATH = "/api/v1/partner/busy-times/sync";

    private final PartnerCaller caller;
    private final BusyTimeService busyTime;

    PartnerBusyTimeResource(PartnerCaller caller, BusyTimeService busyTime) {
        this.caller = caller;
        this.busyTime = busyTime;
    }

    @POST
    @Path("sync")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "syncPartnerBusyTimes", summary = "Put busy intervals from the clinic's own system in place, or remove them",
            description = "Up to 500 intervals (body up to 256 KiB), each by the clinic's own `externalId`: a known id "
                    + "is updated, a new one created, `deleted: true` removes it, so sending the same request again "
                    + "changes nothing. All or nothing: a broken item fails the whole request with a problem naming it "
                    + "(`intervals[3].end`). Availability and new bookings leave the busy time out at once. An interval "
                    + "overlapping a Restwell booking is kept and reported in `conflictingBookingIds`.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BusyTimeSyncRequest.class),
            examples = @ExampleObject(name = "sync", value = "{\"intervals\": ["
                    + "{\"externalId\": \"pms-appt-48213\", \"therapistId\": \"5d1c7a40-8e2f-4b6a-9c3d-1e2f3a4b5c6d\", "
                    + "\"start\": \"2026-12-07T10:00:00+01:00\", \"end\": \"2026-12-07T11:00:00+01:00\"}, "
                    + "{\"externalId\": \"pms-appt-47001\", \"deleted\": true}]}")))
    @APIResponse(responseCode = "200", description = "Applied; a result per interval", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BusyTimeSyncResult.class),
            examples = @ExampleObject(name = "results", value = BusyTimeSyncResult.EXAMPLE)))
    @APIResponse(responseCode = "400", description = "Malformed body (a bad date or id)")
    @APIResponse(responseCode = "413", description = "Body over 256 KiB")
    @APIResponse(responseCode = "422", description = "No intervals or more than 500, or items that break the rules "
            + "(end not after start, longer than 31 days, not a therapist of this clinic, an id twice); nothing written")
    public BusyTimeSyncResult sync(@NotNull BusyTimeSyncRequest request) {
        var results = busyTime.sync(caller.clinicId(), request.toCommand()).stream()
                .map(result -> new BusyTimeSyncResult.ItemResult(result.externalId(), result.outcome(), result.conflictingBookingIds()))
                .toList();
        return new BusyTimeSyncResult(results, (int) results.stream().filter(result -> !result.conflictingBookingIds().isEmpty()).count());
    }
}
