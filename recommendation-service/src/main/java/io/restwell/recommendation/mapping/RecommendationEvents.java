package io.restwell.recommendation.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.restwell.events.recommendation.RecommendationEvent;
import io.restwell.recommendation.Recommendation;

public final class RecommendationEvents {

    private RecommendationEvents() {
    }

    public static RecommendationEvent toEvent(Recommendation recommendation) {
        return new RecommendationEvent(recommendation.id.toString(), recommendation.userId, recommendation.status.name(),
                recommendation.sessionTypeCode, recommendation.seeClinician, recommendation.rule,
                recommendation.ruleVersion, recommendation.triggeringEntryId.toString(),
                recommendation.bookingId == null ? null : recommendation.bookingId.toString(),
                OffsetDateTime.now(ZoneOffset.UTC));
    }
}
