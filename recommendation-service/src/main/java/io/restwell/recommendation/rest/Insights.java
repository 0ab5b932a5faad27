package io.restwell.recommendation.rest;

import java.math.BigDecimal;
import java.util.List;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.recommendation.domain.SessionOutcomes;

@Schema(name = "RecommendationInsights", description = "What completed sessions did for the caller's sleep and pain.")
public record Insights(List<SessionTypeOutcome> sessionTypes) {

    static Insights of(List<SessionOutcomes.Outcome> outcomes) {
        return new Insights(outcomes.stream().map(outcome -> new SessionTypeOutcome(outcome.sessionType(),
                outcome.sessions(), outcome.averageEfficiencyChange(), outcome.averagePainChange())).toList());
    }

    @Schema(name = "SessionTypeOutcome", description = "Completed sessions of one type with nights logged on both "
            + "sides, and the average change from the week before a session to the week from its day on.")
    public record SessionTypeOutcome(
            @Schema(example = "DEEP_TISSUE") String sessionType,
            @Schema(example = "3") int sessions,
            @Schema(description = "Sleep efficiency, in percentage points.", example = "4.2") BigDecimal averageEfficiencyChange,
            @Schema(description = "Pain on the 0–10 scale; negative is better.", example = "-1.5") @Nullable BigDecimal averagePainChange) {
    }
}
