package io.restwell.recommendation.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The consented therapist brief (docs/partners.md, section 6b). */
@ConfigMapping(prefix = "restwell.brief")
public interface BriefConfig {

    /**
     * How long after the session's end its clinic may still read a shared brief (to write up the visit). After that
     * it answers 404 like an unshared one, without the person having to revoke.
     */
    @WithDefault("7d")
    Duration readableAfterSession();
}
