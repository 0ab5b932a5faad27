package io.restwell.booking.rest.admin;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.booking.mapping.ScheduleMapper;
import io.restwell.booking.service.ScheduleService;
import io.restwell.booking.rest.QueryParams;
import io.restwell.booking.rest.DateOverrideRequest;
import io.restwell.booking.rest.DateOverrideResponse;
import io.restwell.booking.rest.ScheduleRequest;
import io.restwell.booking.rest.ScheduleResponse;

/** Admins keep therapists' weekly hours, buffers and one-off exceptions, in the clinic's time zone. */
@Path("/api/v1/clinics/{clinicId}/therapists/{therapistId}/schedule")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Schedules")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer", scopes = "admin")
@APIResponse(responseCode = "404", description = "No such clinic or therapist")
public class ScheduleResource {

    private final ScheduleService schedules;

    ScheduleResource(ScheduleService schedules) {
        this.schedules = schedules;
    }

    @GET
    @Operation(operationId = "getSchedule", summary = "A therapist's weekly hours and buffer (admin)")
    @APIResponse(responseCode = "200", description = "The schedule")
    public ScheduleResponse get(@PathParam("clinicId") UUID clinicId, @PathParam("therapistId") UUID therapistId) {
        return ScheduleMapper.toResponse(schedules.schedule(clinicId, therapistId));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replaceSchedule", summary = "Replace a therapist's weekly hours and buffer (admin); existing bookings stay")
    @APIResponse(responseCode = "200", description = "The new schedule")
    @APIResponse(responseCode = "422", description = "A window ends before it starts or overlaps another")
    public ScheduleResponse replace(@PathParam("clinicId") UUID clinicId, @PathParam("therapistId") UUID therapistId,
            @NotNull @Valid ScheduleRequest request) {
        return ScheduleMapper.toResponse(schedules.replaceSchedule(clinicId, therapistId, request.toCommand()));
    }

    @GET
    @Path("exceptions")
    @Operation(operationId = "listScheduleExceptions", summary = "A therapist's one-off exceptions between two dates (admin)")
    @APIResponse(responseCode = "200", description = "The exceptions by date")
    @APIResponse(responseCode = "400", description = "Bad date")
    public List<DateOverrideResponse> exceptions(@PathParam("clinicId") UUID clinicId,
            @PathParam("therapistId") UUID therapistId,
            @Parameter(description = "First date, inclusive; default: none", example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "Last date, inclusive; default: none", example = "2026-12-31") @QueryParam("to") String to) {
        return schedules.exceptions(clinicId, therapistId, QueryParams.date("from", from, LocalDate.of(1900, 1, 1)),
                QueryParams.date("to", to, LocalDate.of(9999, 12, 31))).stream().map(ScheduleMapper::toResponse).toList();
    }

    @POST
    @Path("exceptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addScheduleException", summary = "Add a day off, time off or extra hours on one date (admin)")
    @APIResponse(responseCode = "201", description = "Added", content = @Content(schema = @Schema(implementation = DateOverrideResponse.class)))
    @APIResponse(responseCode = "422", description = "Times missing, present on a DAY_OFF, or end before start")
    public Response addException(@PathParam("clinicId") UUID clinicId, @PathParam("therapistId") UUID therapistId,
            @NotNull @Valid DateOverrideRequest request) {
        DateOverrideResponse created = ScheduleMapper.toResponse(schedules.addException(clinicId, therapistId, request.toCommand()));
        return Response.created(URI.create("/api/v1/clinics/" + clinicId + "/therapists/" + therapistId
                + "/schedule/exceptions/" + created.id())).entity(created).build();
    }

    @DELETE
    @Path("exceptions/{exceptionId}")
    @Operation(operationId = "deleteScheduleException", summary = "Remove a one-off exception (admin)")
    @APIResponse(responseCode = "204", description = "Removed")
    public void deleteException(@PathParam("clinicId") UUID clinicId, @PathParam("therapistId") UUID therapistId,
            @PathParam("exceptionId") UUID exceptionId) {
        schedules.deleteException(clinicId, therapistId, exceptionId);
    }
}
