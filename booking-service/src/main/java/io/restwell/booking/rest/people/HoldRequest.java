package io.restwell.booking.rest.people;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HoldRequest", description = "Hold an open slot for a few minutes, as availability returned it.")
public record HoldRequest(
        @NotNull UUID therapistId,
        @Schema(example = "SWEDISH") @NotBlank @Size(max = 64) String sessionType,
        @Schema(example = "2026-11-23T10:00:00+01:00") @NotNull OffsetDateTime start,
        @Schema(description = "Default: the session type's default length.") @Min(5) @Max(480) @Nullable Integer durationMinutes) {
}
