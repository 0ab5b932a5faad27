package io.restwell.recommendation.mapping;

import java.util.List;

import io.restwell.recommendation.Recommendation;
import io.restwell.recommendation.rest.RecommendationResponse;

public final class RecommendationMapper {

    private RecommendationMapper() {
    }

    public static RecommendationResponse toResponse(Recommendation recommendation) {
        // Slots will come from booking-service's availability; this slice has no client for it yet.
        return new RecommendationResponse(recommendation.id, recommendation.status, recommendation.sessionTypeCode,
                recommendation.explanation, recommendation.selfCare, recommendation.triggeringEntryId,
                recommendation.ruleVersion, recommendation.createdAt, List.of());
    }
}
