package io.restwell.recommendation.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "BriefSharing", description = "Whether the caller shares their therapist brief with the clinic of this booking, "
        + "and the brief as that clinic would read it now (shown whether shared or not).")
public record BriefSharingResponse(
        @Schema(example = "0b6f3f5e-8a41-4a55-9a3c-5f6d1c0e2b7a") UUID bookingId,
        @Schema(description = "The booking's clinic: the only one that may read it.", example = "5b1d3c7e-0000-4000-8000-00000000c0de")
        UUID clinicId,
        @Schema(enumeration = {"SHARED", "REVOKED", "NOT_SHARED"}, example = "SHARED") String status,
        @Schema(description = "When it was (last) shared; null when never.", example = "2026-12-01T18:02:00Z") @Nullable OffsetDateTime sharedAt,
        @Schema(description = "When it was revoked; null unless REVOKED.") @Nullable OffsetDateTime revokedAt,
        TherapistBriefResponse brief) {
}
