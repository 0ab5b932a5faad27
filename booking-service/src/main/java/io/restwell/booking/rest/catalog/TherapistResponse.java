package io.restwell.booking.rest.catalog;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Therapist", description = "A therapist at a partner clinic.")
public record TherapistResponse(
        UUID id,
        UUID clinicId,
        String name,
        @Nullable String bio,
        @Schema(description = "Codes of the session types they may give.") List<String> qualifications,
        boolean active) {
}
