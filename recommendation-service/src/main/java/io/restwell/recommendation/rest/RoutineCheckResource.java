package io.restwell.recommendation.rest;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.recommendation.service.RoutineChecks;

/** The caller ticks which steps of the bedtime routine they did each evening: the routine as an n-of-1 experiment. */
@Path("/api/v1/me/routine-checks/{night}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Insights")
@SecurityRequirement(name = "bearer")
@RolesAllowed("**")
public class RoutineCheckResource {

    private final JsonWebToken caller;
    private final RoutineChecks checks;

    RoutineCheckResource(JsonWebToken caller, RoutineChecks checks) {
        this.caller = caller;
        this.checks = checks;
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "checkRoutine", summary = "Record which steps of the routine you did on an evening",
            description = "Replaces that evening's check. The insights compare the nights after evenings with a step against "
                    + "the nights after checked evenings without it (`GET /api/v1/recommendations/insights`, `routineSteps`).")
    @APIResponse(responseCode = "200", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoutineCheckResponse.class)))
    @APIResponse(responseCode = "400", description = "`night` not an ISO date or after today on the caller's clock, `steps` missing, "
            + "or a step that is not one of the routine's; `errors` names each field")
    public RoutineCheckResponse put(@PathParam("night") @Parameter(description = "The evening, an ISO date",
            schema = @Schema(type = SchemaType.STRING, format = "date")) String night, RoutineCheckRequest request) {
        return toResponse(checks.put(caller.getSubject(), night, request == null ? null : request.steps()));
    }

    @GET
    @Operation(operationId = "getRoutineCheck", summary = "Which steps of the routine you did on an evening")
    @APIResponse(responseCode = "200", description = "The check",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RoutineCheckResponse.class)))
    @APIResponse(responseCode = "400", description = "`night` is not an ISO date")
    @APIResponse(responseCode = "404", description = "No check of that evening")
    public RoutineCheckResponse get(@PathParam("night") @Parameter(description = "The evening, an ISO date",
            schema = @Schema(type = SchemaType.STRING, format = "date")) String night) {
        return toResponse(checks.find(caller.getSubject(), night));
    }

    private static RoutineCheckResponse toResponse(RoutineChecks.Checked checked) {
        return new RoutineCheckResponse(checked.check().night(), checked.check().orderedSteps(), checked.updatedAt());
    }
}
