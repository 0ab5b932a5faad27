package io.restwell.booking.rest.partner;

import java.util.UUID;

import jakarta.enterprise.context.RequestScoped;

import io.quarkus.security.UnauthorizedException;
import io.quarkus.security.identity.SecurityIdentity;
import io.restwell.booking.security.PartnerKeyIdentityProvider;
import io.restwell.booking.service.PartnerKeyService.KeyHolder;

/** The clinic whose API key made this request: every partner read and change is scoped to it. */
@RequestScoped
public class PartnerCaller {

    private final SecurityIdentity identity;

    PartnerCaller(SecurityIdentity identity) {
        this.identity = identity;
    }

    public UUID clinicId() {
        return holder().clinicId();
    }

    /** The clinic and the key (id, prefix) of this request. */
    public KeyHolder holder() {
        KeyHolder holder = identity.getAttribute(PartnerKeyIdentityProvider.KEY_HOLDER);
        if (holder == null) {
            throw new UnauthorizedException(); // only reachable through a resource that forgot its @RolesAllowed
        }
        return holder;
    }
}
