package io.restwell.booking.rest.partner;

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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.booking.Clinic;
import io.restwell.booking.mapping.CatalogMapper;
import io.restwell.booking.mapping.ScheduleMapper;
import io.restwell.booking.security.PartnerKeyIdentityProvider;
import io.restwell.booking.security.PartnerKeyMechanism;
import io.restwell.booking.service.CatalogService;
import io.restwell.booking.service.ScheduleService;
import io.restwell.booking.rest.QueryParams;
import io.restwell.booking.rest.DateOverrideRequest;
import io.restwell.booking.rest.DateOverrideResponse;
import io.restwell.booking.rest.ScheduleRequest;
import io.restwell.booking.rest.ScheduleResponse;
import io.restwell.booking.rest.catalog.ClinicPricesRequest;
import io.restwell.booking.rest.catalog.ClinicResponse;
import io.restwell.booking.rest.catalog.TherapistPage;

/**
 * The clinic publishes its therapists' weekly hours and blocks time (days off, hours off) or adds
 * hours. Availability is computed from these on every search, so a change shows at once.
 */
@Path("/api/v1/partner")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner API")
@HttpAuthenticationMechanism(PartnerKeyMechanism.SCHEME)
@RolesAllowed(PartnerKeyIdentityProvider.ROLE)
@SecurityRequirement(name = PartnerBookingResource.SECURITY_SCHEME)
public class PartnerScheduleResource {

    private final PartnerCaller caller;
    private final CatalogService catalog;
    private final ScheduleService schedules;

    PartnerScheduleResource(PartnerCaller caller, CatalogService catalog, ScheduleService schedules) {
        this.caller = caller;
        this.catalog = catalog;
        this.schedules = schedules;
    }

    @GET
    @Path("clinic")
    @Operation(operationId = "getPartnerClinic", summary = "The clinic this API key belongs to (a quick check that the key works)")
    @APIResponse(responseCode = "200", description = "The clinic",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClinicResponse.class)))
    public ClinicResponse clinic() {
        Clinic clinic = catalog.clinic(caller.clinicId(), true);
        return CatalogMapper.toResponse(clinic, catalog.pricesAt(clinic));
    }

    @PUT
    @Path("clinic/prices")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePartnerClinicPrices", summary = "Set the clinic's own prices, in its currency",
            description = "Replaces the clinic's own prices. A length left out costs the session type's list price when "
                    + "that is in the clinic's currency; otherwise it is not offered at the clinic.")
    @APIResponse(responseCode = "200", description = "The clinic with its prices",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClinicResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown session type, a length it is not offered in, a length listed twice, "
            + "or more decimals than the currency has")
    public ClinicResponse replacePrices(@NotNull @Valid ClinicPricesRequest request) {
        Clinic clinic = catalog.replacePrices(caller.clinicId(), request.toCommand());
        return CatalogMapper.toResponse(clinic, catalog.pricesAt(clinic));
    }

    @GET
    @Path("therapists")
    @Operation(operationId = "listPartnerTherapists", summary = "The clinic's therapists, active or not, by name")
    @APIResponse(responseCode = "200", description = "One page of the clinic's therapists")
    public TherapistPage therapists(
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = Paging.MAX_PAGE_TEXT)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        var found = catalog.therapists(caller.clinicId(), true, null, Paging.firstIndex(pageNumber, pageSize), pageSize);
        return new TherapistPage(found.items().stream().map(CatalogMapper::toResponse).toList(), pageNumber, pageSize, found.total());
    }

    @GET
    @Path("therapists/{therapistId}/schedule")
    @Operation(operationId = "getPartnerSchedule", summary = "A therapist's weekly hours and buffer")
    @APIResponse(responseCode = "200", description = "The schedule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such therapist at this clinic")
    public ScheduleResponse schedule(@PathParam("therapistId") UUID therapistId) {
        return ScheduleMapper.toResponse(schedules.schedule(caller.clinicId(), therapistId));
    }

    @PUT
    @Path("therapists/{therapistId}/schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "replacePartnerSchedule", summary = "Publish a therapist's weekly hours and buffer",
            description = "Replaces the weekly hours (clinic-local `HH:mm`, never across midnight). Availability "
                    + "reflects it at once; existing bookings stay.")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleRequest.class),
            examples = @ExampleObject(name = "weekdays", value = "{\"bufferMinutes\": 10, \"weeklyHours\": ["
                    + "{\"day\": \"MONDAY\", \"start\": \"09:00\", \"end\": \"13:00\"}, "
                    + "{\"day\": \"MONDAY\", \"start\": \"14:00\", \"end\": \"18:00\"}, "
                    + "{\"day\": \"WEDNESDAY\", \"start\": \"09:00\", \"end\": \"17:00\"}]}")))
    @APIResponse(responseCode = "200", description = "The new schedule",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ScheduleResponse.class)))
    @APIResponse(responseCode = "404", description = "No such therapist at this clinic")
    @APIResponse(responseCode = "422", description = "A window ends before it starts or overlaps another")
    public ScheduleResponse replaceSchedule(@PathParam("therapistId") UUID therapistId, @NotNull @Valid ScheduleRequest request) {
        return ScheduleMapper.toResponse(schedules.replaceSchedule(caller.clinicId(), therapistId, request.toCommand()));
    }

    @GET
    @Path("therapists/{therapistId}/schedule/exceptions")
    @Operation(operationId = "listPartnerScheduleExceptions", summary = "A therapist's blocked time and extra hours between two dates")
    @APIResponse(responseCode = "200", description = "The exceptions by date")
    @APIResponse(responseCode = "400", description = "Bad date")
    @APIResponse(responseCode = "404", description = "No such therapist at this clinic")
    public List<DateOverrideResponse> exceptions(@PathParam("therapistId") UUID therapistId,
            @Parameter(description = "First date, inclusive", example = "2026-12-01") @QueryParam("from") String from,
            @Parameter(description = "Last date, inclusive", example = "2026-12-31") @QueryParam("to") String to) {
        return schedules.exceptions(caller.clinicId(), therapistId, QueryParams.date("from", from, LocalDate.of(1900, 1, 1)),
                QueryParams.date("to", to, LocalDate.of(9999, 12, 31))).stream().map(ScheduleMapper::toResponse).toList();
    }

    @POST
    @Path("therapists/{therapistId}/schedule/exceptions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPartnerScheduleException", summary = "Block time (DAY_OFF, TIME_OFF) or add EXTRA_HOURS on one date",
            description = "Availability reflects it at once. Blocking time does not cancel bookings already in it: "
                    + "cancel those with a reason (POST /api/v1/partner/bookings/{id}/cancel).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DateOverrideRequest.class),
            examples = {@ExampleObject(name = "hoursOff", value = "{\"date\": \"2026-12-24\", \"kind\": \"TIME_OFF\", \"start\": \"12:00\", \"end\": \"18:00\", \"note\": \"Christmas Eve\"}"),
                    @ExampleObject(name = "dayOff", value = "{\"date\": \"2026-12-31\", \"kind\": \"DAY_OFF\"}")}))
    @APIResponse(responseCode = "201", description = "Added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DateOverrideResponse.class)))
    @APIResponse(responseCode = "404", description = "No such therapist at this clinic")
    @APIResponse(responseCode = "422", description = "Times missing, present on a DAY_OFF, or end before start")
    public Response addException(@PathParam("therapistId") UUID therapistId, @NotNull @Valid DateOverrideRequest request) {
        DateOverrideResponse created = ScheduleMapper.toResponse(schedules.addException(caller.clinicId(), therapistId, request.toCommand()));
        return Response.created(URI.create("/api/v1/partner/therapists/" + therapistId + "/schedule/exceptions/" + created.id()))
                .entity(created).build();
    }

    @DELETE
    @Path("therapists/{therapistId}/schedule/exceptions/{exceptionId}")
    @Operation(operationId = "deletePartnerScheduleException", summary = "Remove blocked time or extra hours")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "No such therapist or exception at this clinic")
    public void deleteException(@PathParam("therapistId") UUID therapistId, @PathParam("exceptionId") UUID exceptionId) {
        schedules.deleteException(caller.clinicId(), therapistId, exceptionId);
    }
}
