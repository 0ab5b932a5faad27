package io.restwell.journal.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.journal.domain.PainCharacter;
import io.restwell.journal.domain.PainLocation;

@Schema(name = "PainEntry", description = "A pain rating as stored.")
public record PainEntryResponse(UUID id, OffsetDateTime recordedAt, int intensity, PainLocation location,
        PainCharacter character, boolean chronic, boolean stressRelated, boolean disturbedSleep, @Nullable String notes) {
}
