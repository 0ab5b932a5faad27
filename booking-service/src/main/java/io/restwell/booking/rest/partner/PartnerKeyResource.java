package io.restwell.booking.rest.partner;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import io.quarkus.vertx.http.runtime.security.annotation.HttpAuthenticationMechanism;
import io.restwell.booking.security.PartnerKeyIdentityProvider;
import io.restwell.booking.security.PartnerKeyMechanism;
import io.restwell.booking.service.PartnerKeyService.KeyHolder;

/**
 * The key a request came with. recommendation-service asks this with the clinic's own key when a clinic reads a
 * person's therapist brief: keys are checked here only (hashed), and a revoked key answers 401 at once.
 */
@Path("/api/v1/partner/me")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Partner API")
@HttpAuthenticationMechanism(PartnerKeyMechanism.SCHEME)
@RolesAllowed(PartnerKeyIdentityProvider.ROLE)
@SecurityRequirement(name = PartnerBookingResource.SECURITY_SCHEME)
public class PartnerKeyResource {

    private final PartnerCaller caller;

    PartnerKeyResource(PartnerCaller caller) {
        this.caller = caller;
    }

    @GET
    @Operation(operationId = "getPartnerKeyHolder", summary = "Who this API key speaks for: its clinic, its id and prefix")
    @APIResponse(responseCode = "200", description = "The key's clinic and the key",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PartnerKeyHolder.class)))
    public PartnerKeyHolder me() {
        KeyHolder holder = caller.holder();
        return new PartnerKeyHolder(holder.clinicId(), holder.keyId(), holder.keyPrefix());
    }
}
