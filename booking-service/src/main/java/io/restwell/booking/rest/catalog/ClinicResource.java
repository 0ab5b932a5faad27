package io.restwell.booking.rest.catalog;

import java.net.URI;
import java.util.UUID;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.booking.Clinic;
import io.restwell.booking.Therapist;
import io.restwell.booking.mapping.CatalogMapper;
import io.restwell.booking.service.CatalogService;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.booking.rest.QueryParams;

/** Partner clinics and their therapists: public reads, admin changes. Inactive ones only admins see. */
@Path("/api/v1/clinics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class ClinicResource {

    private final CatalogService catalog;
    private final SecurityIdentity identity;

    ClinicResource(CatalogService catalog, SecurityIdentity identity) {
        this.catalog = catalog;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listClinics", summary = "Partner clinics by name, optionally in one city or offering one session type")
    @APIResponse(responseCode = "200", description = "One page of clinics")
    public ClinicPage list(
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = Paging.MAX_PAGE_TEXT)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size,
            @Parameter(description = "Only clinics in this city (any case)", example = "Berlin") @QueryParam("city") String city,
            @Parameter(description = "Only clinics with a therapist for this session type", example = "DEEP_TISSUE") @QueryParam("sessionType") String sessionType) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        Page<Clinic> found = catalog.clinics(admin(), QueryParams.text("city", city, 100),
                QueryParams.text("sessionType", sessionType, 64), pageNumber, pageSize);
        return new ClinicPage(found.items().stream().map(this::response).toList(), pageNumber, pageSize, found.total());
    }

    @GET
    @Path("{id}")
    @PermitAll
    @Operation(operationId = "getClinic", summary = "One clinic")
    @APIResponse(responseCode = "200", description = "The clinic")
    @APIResponse(responseCode = "404", description = "No such clinic")
    public ClinicResponse get(@PathParam("id") UUID id) {
        return response(catalog.clinic(id, admin()));
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer", scopes = "admin")
    @Operation(operationId = "createClinic", summary = "Add a partner clinic (admin)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = ClinicResponse.class)))
    @APIResponse(responseCode = "422", description = "Unknown time zone or country")
    public Response create(@NotNull @Valid ClinicRequest request) {
        ClinicResponse created = response(catalog.createClinic(request.toCommand()));
        return Response.created(URI.create("/api/v1/clinics/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer", scopes = "admin")
    @Operation(operationId = "replaceClinic", summary = "Change a clinic (admin); active=false hides it and its slots")
    @APIResponse(responseCode = "200", description = "The changed clinic")
    @APIResponse(responseCode = "404", description = "No such clinic")
    @APIResponse(responseCode = "422", description = "Unknown time zone or country")
    public ClinicResponse replace(@PathParam("id") UUID id, @NotNull @Valid ClinicRequest request) {
        return response(catalog.updateClinic(id, request.toCommand()));
    }

    @PUT
    @Path("{id}/prices")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer", scopes = "admin")
    @Operation(operationId = "replaceClinicPrices", summary = "Set a clinic's own prices, in its currency (admin)",
            description = "Replaces the clinic's own prices. A length left out costs the session type's list price when "
                    + "that is in the clinic's currency; otherwise it is not offered at the clinic.")
    @APIResponse(responseCode = "200", description = "The clinic with its prices")
    @APIResponse(responseCode = "404", description = "No such clinic")
    @APIResponse(responseCode = "422", description = "Unknown session type, a length it is not offered in, a length listed twice, "
            + "or more decimals than the currency has")
    public ClinicResponse replacePrices(@PathParam("id") UUID id, @NotNull @Valid ClinicPricesRequest request) {
        return response(catalog.replacePrices(id, request.toCommand()));
    }

    @GET
    @Path("{id}/therapists")
    @PermitAll
    @Operation(operationId = "listClinicTherapists", summary = "A clinic's therapists by name, optionally only those qualified for one session type")
    @APIResponse(responseCode = "200", description = "One page of therapists")
    @APIResponse(responseCode = "404", description = "No such clinic")
    public TherapistPage therapists(@PathParam("id") UUID id,
            @Parameter(description = "Page number, from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = Paging.MAX_PAGE_TEXT)) @QueryParam("page") String page,
            @Parameter(description = "Page size, 1 to 100", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "20", minimum = "1", maximum = "100")) @QueryParam("size") String size,
            @Parameter(description = "Only therapists qualified for this session type", example = "SWEDISH") @QueryParam("sessionType") String sessionType) {
        int pageNumber = QueryParams.page(page);
        int pageSize = QueryParams.size(size);
        Page<Therapist> found = catalog.therapists(id, admin(), QueryParams.text("sessionType", sessionType, 64),
                Paging.firstIndex(pageNumber, pageSize), pageSize);
        return new TherapistPage(found.items().stream().map(CatalogMapper::toResponse).toList(), pageNumber, pageSize, found.total());
    }

    @GET
    @Path("{id}/therapists/{therapistId}")
    @PermitAll
    @Operation(operationId = "getClinicTherapist", summary = "One therapist of a clinic")
    @APIResponse(responseCode = "200", description = "The therapist")
    @APIResponse(responseCode = "404", description = "No such clinic or therapist")
    public TherapistResponse therapist(@PathParam("id") UUID id, @PathParam("therapistId") UUID therapistId) {
        return CatalogMapper.toResponse(catalog.therapist(id, therapistId, admin()));
    }

    @POST
    @Path("{id}/therapists")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer", scopes = "admin")
    @Operation(operationId = "createClinicTherapist", summary = "Add a therapist to a clinic (admin)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = TherapistResponse.class)))
    @APIResponse(responseCode = "404", description = "No such clinic")
    @APIResponse(responseCode = "422", description = "Unknown session type among the qualifications")
    public Response createTherapist(@PathParam("id") UUID id, @NotNull @Valid TherapistRequest request) {
        TherapistResponse created = CatalogMapper.toResponse(catalog.createTherapist(id, request.toCommand()));
        return Response.created(URI.create("/api/v1/clinics/" + id + "/therapists/" + created.id())).entity(created).build();
    }

    @PUT
    @Path("{id}/therapists/{therapistId}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer", scopes = "admin")
    @Operation(operationId = "replaceClinicTherapist", summary = "Change a therapist (admin); active=false hides them and their slots")
    @APIResponse(responseCode = "200", description = "The changed therapist")
    @APIResponse(responseCode = "404", description = "No such clinic or therapist")
    @APIResponse(responseCode = "422", description = "Unknown session type among the qualifications")
    public TherapistResponse replaceTherapist(@PathParam("id") UUID id, @PathParam("therapistId") UUID therapistId,
            @NotNull @Valid TherapistRequest request) {
        return CatalogMapper.toResponse(catalog.updateTherapist(id, therapistId, request.toCommand()));
    }

    private ClinicResponse response(Clinic clinic) {
        return CatalogMapper.toResponse(clinic, catalog.pricesAt(clinic));
    }

    private boolean admin() {
        return identity.hasRole("admin");
    }
}
