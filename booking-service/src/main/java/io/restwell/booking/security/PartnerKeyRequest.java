package io.restwell.booking.security;

import io.quarkus.security.identity.request.BaseAuthenticationRequest;

/** An API key presented in {@code X-Api-Key}, on its way to {@link PartnerKeyIdentityProvider}. */
public class PartnerKeyRequest extends BaseAuthenticationRequest {

    private final String key;

    public PartnerKeyRequest(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }
}
