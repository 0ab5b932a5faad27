package io.restwell.recommendation.rest;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.recommendation.BriefRead;
import io.restwell.recommendation.mapping.BriefMapper;
import io.restwell.recommendation.service.TherapistBriefs;

/**
 * The caller's side of the therapist brief (docs/partners.md, section 6b): share it with the clinic of one of their
 * bookings, see what that clinic would read, revoke it, and see every read. Another person's booking answers 404.
 */
@Path("/api/v1/me/bookings/{bookingId}/brief")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Therapist brief", description = "A person may share a digest of their last 14 nights and pain (pain map, "
        + "sleep trend, red flags, what helped before) with the clinic of one booking, for that booking only; revocable; "
        + "every read by the clinic is logged and listed here.")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class BriefResource {

    private static final String NOT_FOUND = "No such booking of the caller";
    private static final String UNAVAILABLE = "booking-service, which says whose booking it is, is unavailable; retry later";

    private final JsonWebToken caller;
    private final TherapistBriefs briefs;

    BriefResource(JsonWebToken caller, TherapistBriefs briefs) {
        this.caller = caller;
        this.briefs = briefs;
    }

    @PUT
    @Operation(operationId = "shareTherapistBrief", summary = "Share the brief with this booking's clinic",
            description = "From now on the booking's clinic may read the caller's brief (GET /api/v1/partner/briefs/{bookingId}) "
                    + "until the caller revokes it, the booking is cancelled, or a week after the session. No body. Sharing "
                    + "again changes nothing (idempotent); after a revocation it shares again.")
    @APIResponse(responseCode = "200", description = "Shared; the brief as the clinic reads it now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefSharingResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The booking is cancelled, a hold, or over: only a booking still to come can be shared")
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public BriefSharingResponse share(@PathParam("bookingId") UUID bookingId, @HeaderParam("Authorization") String authorization) {
        return response(briefs.share(caller.getSubject(), authorization, bookingId));
    }

    @GET
    @Operation(operationId = "getTherapistBrief", summary = "Whether the brief is shared, and what the clinic would read now")
    @APIResponse(responseCode = "200", description = "The consent and the brief (shown whether shared or not)",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefSharingResponse.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public BriefSharingResponse get(@PathParam("bookingId") UUID bookingId, @HeaderParam("Authorization") String authorization) {
        return response(briefs.view(caller.getSubject(), authorization, bookingId));
    }

    @DELETE
    @Operation(operationId = "revokeTherapistBrief", summary = "Revoke the brief: the clinic's next read answers 404",
            description = "Revoking again, or a brief never shared, is harmless. Who read it before stays listed.")
    @APIResponse(responseCode = "204", description = "Not shared (any more)")
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public void revoke(@PathParam("bookingId") UUID bookingId, @HeaderParam("Authorization") String authorization) {
        briefs.revoke(caller.getSubject(), authorization, bookingId);
    }

    @GET
    @Path("/reads")
    @Operation(operationId = "listTherapistBriefReads", summary = "Who read the brief: each read by the clinic, newest first",
            description = "Every read is logged before the clinic gets the brief: the clinic, its API key's id and prefix, "
                    + "when, and whether as JSON or FHIR.")
    @APIResponse(responseCode = "200", description = "One page of reads",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BriefReadResponse.Page.class)))
    @APIResponse(responseCode = "404", description = NOT_FOUND)
    @APIResponse(responseCode = "503", description = UNAVAILABLE)
    public BriefReadResponse.Page reads(@PathParam("bookingId") UUID bookingId, @HeaderParam("Authorization") String authorization,
            @Parameter(description = "Page number, from 0") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Paging.MAX_PAGE) int page,
            @Parameter(description = "Page size, 1 to 100") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(Paging.MAX_SIZE) int size) {
        Page<BriefRead> found = briefs.reads(caller.getSubject(), authorization, bookingId, page, size);
        return new BriefReadResponse.Page(found.items().stream().map(BriefMapper::toResponse).toList(), page, size, found.total());
    }

    private static BriefSharingResponse response(TherapistBriefs.Sharing sharing) {
        return BriefMapper.toResponse(sharing.bookingId(), sharing.clinicId(), sharing.consent(), sharing.digest(),
                OffsetDateTime.now(ZoneOffset.UTC));
    }
}
