package io.restwell.booking.rest.admin;

import java.net.URI;
import java.util.List;
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
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.restwell.booking.mapping.PartnerMapper;
import io.restwell.booking.service.PartnerKeyService;
import io.restwell.booking.rest.partner.PartnerApiKeyCreated;
import io.restwell.booking.rest.partner.PartnerApiKeyRequest;
import io.restwell.booking.rest.partner.PartnerApiKeyResponse;

/** Admins issue, list and revoke a clinic's API keys. */
@Path("/api/v1/admin/clinics/{clinicId}/api-keys")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Admin: partner access", description = "Clinic API keys and webhook endpoints, managed by Restwell admins.")
@RolesAllowed("admin")
@SecurityRequirement(name = "bearer", scopes = "admin")
@APIResponse(responseCode = "404", description = "No such clinic (or key there)")
public class AdminApiKeyResource {

    private final JsonWebToken caller;
    private final PartnerKeyService keys;

    AdminApiKeyResource(JsonWebToken caller, PartnerKeyService keys) {
        this.caller = caller;
        this.keys = keys;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createPartnerApiKey", summary = "Issue an API key for a clinic; the key is shown only in this answer",
            description = "Restwell keeps only a SHA-256 hash and the visible prefix. A clinic may hold several live keys "
                    + "(to rotate: issue a new one, switch, revoke the old one).")
    @RequestBody(content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerApiKeyRequest.class),
            examples = @ExampleObject(name = "frontDesk", value = "{\"label\": \"Front-desk system\"}")))
    @APIResponse(responseCode = "201", description = "Issued: store `key` now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerApiKeyCreated.class),
                    examples = @ExampleObject(name = "issued", value = "{\"id\": \"3c0a9c55-1f7e-4d7f-b1a8-1f2c6f0d9e42\", "
                            + "\"clinicId\": \"5b1d3c7e-0000-4000-8000-00000000c0de\", \"label\": \"Front-desk system\", "
                            + "\"prefix\": \"rw_live_7fK2pQ9x\", \"key\": \"rw_live_7fK2pQ9xLm3ZtW8bR1cV6nY0sD4hJ2gF5aE9uK7q\", "
                            + "\"createdAt\": \"2026-11-01T08:15:00Z\"}")))
    @APIResponse(responseCode = "400", description = "Missing or too long label, malformed body")
    @APIResponse(responseCode = "409", description = "The clinic holds the most live keys allowed already")
    public Response create(@PathParam("clinicId") UUID clinicId, @NotNull @Valid PartnerApiKeyRequest request) {
        PartnerKeyService.Issued issued = keys.issue(clinicId, request.label(), caller.getSubject());
        return Response.created(URI.create("/api/v1/admin/clinics/" + clinicId + "/api-keys/" + issued.key().id))
                .header("Cache-Control", "no-store")
                .entity(PartnerMapper.toCreated(issued.key(), issued.plaintext())).build();
    }

    @GET
    @Operation(operationId = "listPartnerApiKeys", summary = "A clinic's API keys, revoked ones included (never the keys themselves)")
    @APIResponse(responseCode = "200", description = "The keys, oldest first")
    public List<PartnerApiKeyResponse> list(@PathParam("clinicId") UUID clinicId) {
        return keys.list(clinicId).stream().map(PartnerMapper::toResponse).toList();
    }

    @DELETE
    @Path("{keyId}")
    @Operation(operationId = "revokePartnerApiKey", summary = "Revoke a key at once; it stays listed with revokedAt",
            description = "The next request with the key answers 401. Revoking a revoked key changes nothing.")
    @APIResponse(responseCode = "200", description = "The revoked key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerApiKeyResponse.class)))
    public PartnerApiKeyResponse revoke(@PathParam("clinicId") UUID clinicId, @PathParam("keyId") UUID keyId) {
        return PartnerMapper.toResponse(keys.revoke(clinicId, keyId));
    }
}
