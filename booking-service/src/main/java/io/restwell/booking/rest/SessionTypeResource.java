package io.restwell.booking.rest;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.booking.mapping.SessionTypeMapper;
import io.restwell.booking.repository.SessionTypeRepository;

/** The public catalogue: anyone may see what can be booked, before signing in. */
@Path("/api/v1/session-types")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalog")
@PermitAll
public class SessionTypeResource {

    @Inject
    SessionTypeRepository sessionTypes;

    @GET
    @Operation(operationId = "listSessionTypes", summary = "The massage session types on offer, with their durations and prices")
    public List<SessionTypeResponse> list() {
        return sessionTypes.catalogue().stream().map(SessionTypeMapper::toResponse).toList();
    }
}
