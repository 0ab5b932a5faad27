package io.restwell.recommendation.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.recommendation.RecommendationStatus;

@Schema(name = "Recommendation", description = "A massage session and bedtime routine suggested after a bad night.")
public record RecommendationResponse(
        UUID id,
        RecommendationStatus status,
        @Schema(description = "The suggested session type's code (see listSessionTypes).", example = "DEEP_TISSUE") String sessionType,
        @Schema(description = "Why this was suggested, in plain words.") String explanation,
        @Schema(description = "The bedtime self-care routine to try tonight.") String selfCare,
        @Schema(description = "The journal entry that led to this suggestion.") UUID triggeringEntryId,
        @Schema(description = "Version of the rules that made the suggestion.") String ruleVersion,
        OffsetDateTime createdAt,
        @Schema(description = "Open slots to book the session in.") List<SlotResponse> slots) {
}
