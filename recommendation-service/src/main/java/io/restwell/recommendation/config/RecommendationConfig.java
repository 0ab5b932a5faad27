package io.restwell.recommendation.config;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "restwell.recommendation")
public interface RecommendationConfig {

    /** After a person dismisses a suggestion, no new one for this long: no spam. */
    @WithDefault("P3D")
    Duration dismissalCooldown();

    /** How many suggestions may wait on booking-service for slots at once. */
    @WithDefault("4")
    int slotFillers();

    /** How often suggestions still waiting for slots ask booking-service again. */
    @WithDefault("10s")
    Duration slotSweepInterval();

    /** How often open suggestions whose week has passed are marked EXPIRED (with an event). */
    @WithDefault("1m")
    Duration expirySweepInterval();

    /** How much of each person's journal the service keeps: the rules look back 14 days. */
    @WithDefault("P30D")
    Duration journalWindow();
}
