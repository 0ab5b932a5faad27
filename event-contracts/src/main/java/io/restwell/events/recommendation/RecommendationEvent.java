package io.restwell.events.recommendation;

import java.time.OffsetDateTime;

/**
 * Data of every {@code restwell.recommendation.*.v1} event: the suggestion as it stands after the
 * change ({@code suggested}: made or refreshed; {@code accepted}: with its {@code bookingId};
 * {@code dismissed}; {@code expired}: its week passed untaken). Health details stay out: the explanation and routine are not in the event.
 */
public record RecommendationEvent(
        String recommendationId,
        String userId,
        String status,
        String sessionType,
        boolean seeClinician,
        String rule,
        String ruleVersion,
        String triggeringEntryId,
        String bookingId,
        OffsetDateTime occurredAt) {
}
