package io.restwell.platform.defaults.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The headers {@link SecurityHeaders} puts on every answer (README, "Settings"). */
@ConfigMapping(prefix = "restwell.security-headers")
public interface SecurityHeadersConfig {

    /**
     * {@code Cache-Control} for an answer that sets none itself: {@code no-store}, since answers carry
     * health and personal data that no browser or shared cache may keep.
     */
    @WithDefault("no-store")
    String cacheControl();

    /**
     * {@code Strict-Transport-Security}, where TLS ends for browsers: the gateway in production
     * ({@code max-age=31536000; includeSubDomains}); none elsewhere (the services and the local stack speak plain HTTP).
     */
    Optional<String> strictTransportSecurity();
}
