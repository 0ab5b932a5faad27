package io.restwell.booking.rest.catalog;

import java.net.URI;
import java.util.List;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.security.identity.SecurityIdentity;
import io.restwell.booking.mapping.SessionTypeMapper;
import io.restwell.booking.repository.SessionTypeRepository;
import io.restwell.booking.service.CatalogService;

/** The public catalogue: anyone may see what can be booked, before signing in. Admins change it. */
@Path("/api/v1/session-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
public class SessionTypeResource {

    private final SessionTypeRepository sessionTypes;
    private final CatalogService catalog;
    private final SecurityIdentity identity;

    SessionTypeResource(SessionTypeRepository sessionTypes, CatalogService catalog, SecurityIdentity identity) {
        this.sessionTypes = sessionTypes;
        this.catalog = catalog;
        this.identity = identity;
    }

    @GET
    @PermitAll
    @Operation(operationId = "listSessionTypes", summary = "The massage session types on offer, with their durations and prices")
    public List<SessionTypeResponse> list() {
        return sessionTypes.catalogue(identity.hasRole("admin")).stream().map(SessionTypeMapper::toResponse).toList();
    }

    @GET
    @Path("{code}")
    @PermitAll
    @Operation(operationId = "getSessionType", summary = "One session type by its code")
    @APIResponse(responseCode = "200", description = "The session type")
    @APIResponse(responseCode = "404", description = "No such (offered) session type")
    public SessionTypeResponse get(@PathParam("code") String code) {
        return SessionTypeMapper.toResponse(catalog.sessionType(code, identity.hasRole("admin")));
    }

    @POST
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer", scopes = "admin")
    @Operation(operationId = "createSessionType", summary = "Add a session type (admin)")
    @APIResponse(responseCode = "201", description = "Created", content = @Content(schema = @Schema(implementation = SessionTypeResponse.class)))
    @APIResponse(responseCode = "409", description = "The code exists already")
    @APIResponse(responseCode = "422", description = "Breaks a rule (bad price, default not among durations)")
    public Response create(@NotNull @Valid SessionTypeRequest request) {
        SessionTypeResponse created = SessionTypeMapper.toResponse(catalog.createSessionType(request.toCommand()));
        return Response.created(URI.create("/api/v1/session-types/" + created.code())).entity(created).build();
    }

    @PUT
    @Path("{code}")
    @RolesAllowed("admin")
    @Consumes(MediaType.APPLICATION_JSON)
    @SecurityRequirement(name = "bearer", scopes = "admin")
    @Operation(operationId = "replaceSessionType", summary = "Change a session type (admin); set active=false to retire it")
    @APIResponse(responseCode = "200", description = "The changed session type")
    @APIResponse(responseCode = "404", description = "No such session type")
    @APIResponse(responseCode = "422", description = "Breaks a rule (code changed, bad price)")
    public SessionTypeResponse replace(@PathParam("code") String code, @NotNull @Valid SessionTypeRequest request) {
        return SessionTypeMapper.toResponse(catalog.updateSessionType(code, request.toCommand()));
    }
}
