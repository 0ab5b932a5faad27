package io.restwell.recommendation.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendedSlot", description = "An open slot for the suggested session, shaped like booking-service's availability.")
public record SlotResponse(
        UUID therapistId,
        UUID clinicId,
        @Schema(example = "DEEP_TISSUE") String sessionType,
        OffsetDateTime start,
        OffsetDateTime end,
        @Schema(description = "How far the clinic is from the person's home, in km; null when they gave no home (or chose clinics).", example = "2.14")
        @Nullable Double distanceKm,
        @Schema(description = "Why it suits them, in their own time zone.", example = "2.1 km from home, Tuesday 18:30, ends three hours before your usual bedtime")
        @Nullable String explanation) {
}
