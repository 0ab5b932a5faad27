package io.restwell.booking.rest.partner;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.restwell.booking.security.PartnerKeyIdentityProvider;
import io.restwell.booking.service.PartnerKeyService.KeyHolder;

/** The clinic whose API key made this request: every partner read and change is scoped to it. */
@RequestScoped
public class PartnerCaller {

    @Inject
    SecurityIdentity identity;

    public UUID clinicId() {
        KeyHolder holder = identity.getAttribute(PartnerKeyIdentityProvider.KEY_HOLDER);
        if (holder == null) {
            throw new UnauthorizedException(); // only reachable through a resource that forgot its @RolesAllowed
        }
        return holder.clinicId();
    }
}
