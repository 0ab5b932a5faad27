package io.restwell.recommendation.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.recommendation.RecommendationStatus;

@Schema(name = "Recommendation", description = "A massage session and bedtime routine suggested after a bad night.")
public record RecommendationResponse(
        UUID id,
        RecommendationStatus status,
        @Schema(description = "The suggested session type's code (see listSessionTypes); absent when seeClinician is true.", example = "DEEP_TISSUE") @Nullable String sessionType,
        @Schema(description = "The pain calls for a doctor or physiotherapist before any massage.") boolean seeClinician,
        @Schema(description = "Why this was suggested, in plain words, citing the person's own data.",
                example = "3 of your last 4 nights were poor (3 below 85 % sleep efficiency); last night you slept 6 h 17 min at 79 % efficiency; lower back pain averaged 6/10. Deep, long-lasting pain is what deep tissue massage is for: it works through the layers of muscle and fascia.")
        String explanation,
        @Schema(description = "Tonight's bedtime self-care routine, step by step.") List<String> selfCare,
        @Schema(description = "The journal entry that led to this suggestion.") UUID triggeringEntryId,
        @Schema(description = "Version of the rules that made the suggestion.", example = "2026-11-21.1") String ruleVersion,
        @Schema(description = "The rule that chose it.", example = "deep-chronic-pain") String rule,
        OffsetDateTime createdAt,
        @Schema(description = "When it stops being open if untaken: a week from when it was made or last refreshed by a poor night.")
        OffsetDateTime expiresAt,
        @Schema(description = "Up to three open slots that suit the person (their preferences) to book the session in; only "
                + "future ones, and none once the suggestion is no longer open.") List<SlotResponse> slots,
        @Schema(description = "When no partner clinic within the person's radius has the session in the coming week: up to three "
                + "slots at the nearest clinics beyond it, each saying how far; empty otherwise. Never mixed into slots.")
        List<SlotResponse> nearestOptions,
        @Schema(description = "Says so when no clinic in reach has the session; null otherwise.",
                example = "No partner clinic within your travel radius has this session in the coming week; the nearest options are further away.")
        @Nullable String slotsNote,
        @Schema(description = "PENDING while booking-service is asked (it may be down: slots follow when it is back), FILLED, or NONE when no session is suggested.")
        String slotsStatus,
        @Schema(description = "The booking it became, once accepted.") @Nullable UUID bookingId) {
}
