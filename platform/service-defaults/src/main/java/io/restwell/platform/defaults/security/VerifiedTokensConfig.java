package io.restwell.platform.defaults.security;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How long and how many verified bearer tokens {@link VerifiedTokenCache} keeps (README, "Settings"). */
@ConfigMapping(prefix = "restwell.verified-tokens")
public interface VerifiedTokensConfig {

    /** At most this long after verification (and never past the token's {@code exp}); within the verifier's 60 s clock skew. */
    @WithDefault("30s")
    Duration ttl();

    /** At most this many tokens at once (a few hundred bytes each); 0 verifies every request. */
    @WithDefault("10000")
    int capacity();
}
