package io.restwell.recommendation.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.recommendation.domain.RoutineStep;

@Schema(name = "RoutineCheckRequest", description = "The steps of the bedtime routine the caller did that evening; [] for none.")
public record RoutineCheckRequest(
        @Schema(example = "[\"HEAT\", \"FOAM_ROLLER\"]") List<RoutineStep> steps) {
}
