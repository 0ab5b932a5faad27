package io.restwell.booking.security;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpCredentialTransport;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * Clinic API keys in the {@value #HEADER} header, and only on {@value #PATHS}: a key anywhere else is
 * ignored (so it authenticates nothing there). The partner resources select this mechanism alone
 * ({@code @HttpAuthenticationMechanism(SCHEME)}), so a person's JWT is not accepted on them.
 */
@ApplicationScoped
public class PartnerKeyMechanism implements HttpAuthenticationMechanism {

    public static final String SCHEME = "partner-api-key";
    public static final String HEADER = "X-Api-Key";
    public static final String PATHS = "/api/v1/partner/";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identities) {
        String key = context.request().getHeader(HEADER);
        if (key == null || key.isBlank() || !isPartnerPath(context.normalizedPath())) {
            return Uni.createFrom().nullItem();
        }
        return identities.authenticate(HttpSecurityUtils.setRoutingContextAttribute(new PartnerKeyRequest(key.strip()), context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "ApiKey header=\"" + HEADER + "\""));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(PartnerKeyRequest.class);
    }

    @Override
    public Uni<HttpCredentialTransport> getCredentialTransport(RoutingContext context) {
        return Uni.createFrom().item(new HttpCredentialTransport(HttpCredentialTransport.Type.OTHER_HEADER, HEADER, SCHEME));
    }

    public static boolean isPartnerPath(String path) {
        return path != null && (path.startsWith(PATHS) || path.equals("/api/v1/partner"));
    }
}
