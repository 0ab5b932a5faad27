package io.restwell.recommendation.rest;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "DismissRecommendation", description = "Optionally, why the suggestion does not fit.")
public record DismissRequest(@Size(max = 500) @Schema(example = "I already see a physiotherapist.") @Nullable String reason) {
}
