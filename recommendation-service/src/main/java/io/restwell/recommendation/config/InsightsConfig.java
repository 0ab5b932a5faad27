package io.restwell.recommendation.config;

import jakarta.validation.constraints.Min;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The insights: what sessions and routine steps did for a person's nights (recommendation README, "Insights"). */
@ConfigMapping(prefix = "restwell.insights")
public interface InsightsConfig {

    /**
     * The fewest nights each side of a comparison needs before a figure is shown (and before the rules act on it);
     * below it the figure is NOT_ENOUGH_NIGHTS. At least 2: a variance needs two values.
     */
    @WithDefault("5")
    @Min(2)
    int minimumNights();
}
