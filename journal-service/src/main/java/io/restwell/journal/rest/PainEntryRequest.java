package io.restwell.journal.rest;

import java.time.OffsetDateTime;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.journal.domain.PainCharacter;
import io.restwell.journal.domain.PainLocation;

@Schema(name = "PainEntryInput", description = "One pain rating.")
public record PainEntryRequest(
        @NotNull @Schema(example = "2026-11-20T21:30:00+01:00", required = true) OffsetDateTime recordedAt,
        @NotNull @Min(0) @Max(10) @Schema(description = "0 (no pain) to 10 (worst imaginable), the numeric rating scale", example = "6", required = true)
        Integer intensity,
        @NotNull @Schema(example = "LOWER_BACK", required = true) PainLocation location,
        @NotNull @Schema(example = "ACHING", required = true) PainCharacter character,
        @NotNull @Schema(description = "Lasting 12 weeks or more", example = "true", required = true) Boolean chronic,
        @NotNull @Schema(description = "Worse with stress", example = "false", required = true) Boolean stressRelated,
        @NotNull @Schema(description = "Kept them awake or woke them", example = "true", required = true) Boolean disturbedSleep,
        @Size(max = 2000) @Schema(example = "Stiff after sitting all day.") @Nullable String notes) {
}
