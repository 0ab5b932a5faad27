package io.restwell.booking.security;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.restwell.booking.service.PartnerKeyService;
import io.restwell.booking.service.PartnerKeyService.KeyHolder;
import io.smallrye.mutiny.Uni;

/** Turns a valid clinic API key into an identity with role {@value #ROLE} and the clinic's id. */
@ApplicationScoped
public class PartnerKeyIdentityProvider implements IdentityProvider<PartnerKeyRequest> {

    public static final String ROLE = "partner";
    /** Identity attribute: the {@link KeyHolder} (clinic id, key id). */
    public static final String KEY_HOLDER = "restwell.partner.key-holder";

    private final PartnerKeyService keys;

    PartnerKeyIdentityProvider(PartnerKeyService keys) {
        this.keys = keys;
    }

    @Override
    public Class<PartnerKeyRequest> getRequestType() {
        return PartnerKeyRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(PartnerKeyRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            KeyHolder holder = keys.authenticate(request.key());
            if (holder == null) {
                throw new AuthenticationFailedException("unknown, malformed or revoked partner API key");
            }
            return QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal("clinic:" + holder.clinicId()))
                    .addRole(ROLE)
                    .addAttribute(KEY_HOLDER, holder)
                    .build();
        });
    }
}
