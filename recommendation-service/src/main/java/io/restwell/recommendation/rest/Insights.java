package io.restwell.recommendation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.recommendation.domain.SessionOutcomes;

@Schema(name = "RecommendationInsights", description = "What completed sessions did for the caller's sleep and pain.")
public record Insights(List<SessionOutcomes.Outcome> sessionTypes) {
}
