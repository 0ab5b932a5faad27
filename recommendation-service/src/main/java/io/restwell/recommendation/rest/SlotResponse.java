package io.restwell.recommendation.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecommendedSlot", description = "An open slot for the suggested session, shaped like booking-service's availability.")
public record SlotResponse(
        UUID therapistId,
        UUID clinicId,
        @Schema(example = "DEEP_TISSUE") String sessionType,
        OffsetDateTime start,
        OffsetDateTime end) {
}
