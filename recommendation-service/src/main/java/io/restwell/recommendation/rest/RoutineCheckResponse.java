package io.restwell.recommendation.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.recommendation.domain.RoutineStep;

@Schema(name = "RoutineCheck", description = "The steps of the bedtime routine the caller did on one evening, in the routine's order.")
public record RoutineCheckResponse(
        @Schema(description = "The evening (the date of the night that follows it, as the journal names nights)") LocalDate night,
        List<RoutineStep> steps,
        OffsetDateTime updatedAt) {
}
