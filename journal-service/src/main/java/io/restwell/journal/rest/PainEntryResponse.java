package io.restwell.journal.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.journal.domain.PainCharacter;
import io.restwell.journal.domain.PainLocation;
import io.restwell.journal.domain.RedFlag;

@Schema(name = "PainEntry", description = "A pain rating as stored.")
public record PainEntryResponse(UUID id, OffsetDateTime recordedAt, int intensity, PainLocation location,
        PainCharacter character, boolean chronic, boolean stressRelated, boolean disturbedSleep,
        @Schema(description = "The red flags answered yes, each once (docs/safety.md); [] when all were no; null when the "
                + "screen was not asked.") @Nullable List<RedFlag> redFlags,
        @Nullable String notes) {
}
