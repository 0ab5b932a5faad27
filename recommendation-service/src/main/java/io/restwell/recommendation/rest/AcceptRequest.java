package io.restwell.recommendation.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AcceptRecommendation", description = "One of the suggestion's slots, as it listed it.")
public record AcceptRequest(
        @NotNull @Schema(required = true, example = "7d5c2f4e-8a65-4b8e-9a55-1f2d3c4b5a60") UUID therapistId,
        @NotNull @Schema(required = true, example = "2026-11-23T18:00:00+01:00") OffsetDateTime start,
        @Nullable @Schema(description = "true: share the caller's therapist brief (their last 14 nights and pain) with the slot's "
                + "clinic for this booking only, as PUT /api/v1/me/bookings/{bookingId}/brief would; revocable. Left out: not shared.",
                example = "true") Boolean shareBrief) {
}
