package io.restwell.journal.rest;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.journal.domain.PainCharacter;
import io.restwell.journal.domain.PainLocation;
import io.restwell.journal.domain.RedFlag;

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
        @Size(max = 2000) @Schema(example = "Stiff after sitting all day.") @Nullable String notes,
        @Size(max = 8) @Schema(description = "The red-flag screen (docs/safety.md): the flags the person answered yes to; [] when "
                + "they answered no to all; leave it out when they were not asked. Any yes makes the next suggestion advice to "
                + "seek care (now or today) instead of a massage.", example = "[]")
        @Nullable List<@NotNull RedFlag> redFlags) {
}
