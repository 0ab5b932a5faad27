package io.restwell.recommendation.rest;

import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.recommendation.domain.SessionReport;
import io.restwell.recommendation.service.SessionReports;

/** The caller's own word on a session they booked: did they go, and how much did it help. */
@Path("/api/v1/me/sessions/{bookingId}/outcome")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class SessionOutcomeResource {

    private final JsonWebToken caller;
    private final SessionReports reports;

    SessionOutcomeResource(JsonWebToken caller, SessionReports reports) {
        this.caller = caller;
        this.reports = reports;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportSessionOutcome", summary = "Tell whether you went to a session and how much it relieved your pain",
            description = "The morning check-in notification links here. Any of the caller's own bookings that has started and was "
                    + "not cancelled can be reported on; reporting again replaces the report. A session counts as attended when "
                    + "the clinic marked it COMPLETED or, without a mark from the clinic, when the caller says they went; a "
                    + "clinic's NO_SHOW or COMPLETED wins over what the caller says (which is kept).")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionOutcomeResponse.class)))
    @APIResponse(responseCode = "400", description = "`attended` missing or not true/false, `relief` not a whole number from 0 to "
            + "10, missing while `attended` is true or given while it is false; `errors` names each field")
    @APIResponse(responseCode = "404", description = "No such booking of the caller's")
    @APIResponse(responseCode = "409", description = "The session has not started yet, or it was cancelled")
    public SessionOutcomeResponse report(@PathParam("bookingId") UUID bookingId, SessionOutcomeRequest request) {
        SessionReport report = request == null ? SessionReport.of(null, null) : SessionReport.of(request.attended(), request.relief());
        return toResponse(reports.report(caller.getSubject(), bookingId, report));
    }

    @GET
    @Operation(operationId = "getSessionOutcome", summary = "Your report on one of your sessions")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SessionOutcomeResponse.class)))
    @APIResponse(responseCode = "404", description = "No report yet, or no such booking of the caller's")
    public SessionOutcomeResponse get(@PathParam("bookingId") UUID bookingId) {
        return toResponse(reports.find(caller.getSubject(), bookingId));
    }

    private static SessionOutcomeResponse toResponse(SessionReports.Reported reported) {
        String mark = "COMPLETED".equals(reported.bookingStatus()) || "NO_SHOW".equals(reported.bookingStatus())
                ? reported.bookingStatus() : null;
        return new SessionOutcomeResponse(reported.bookingId(), reported.sessionType(), reported.sessionDate(),
                reported.report().attended(), reported.report().relief(), reported.countsAsAttended(), mark, reported.reportedAt());
    }
}
