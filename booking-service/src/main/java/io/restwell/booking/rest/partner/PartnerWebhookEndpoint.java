package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerWebhookEndpoint", description = "Where a clinic receives its booking events. Never shows the secret.")
public record PartnerWebhookEndpoint(
        @Schema(example = "9a7c1f0e-2b3d-4e5f-8a9b-0c1d2e3f4a5b") UUID id,
        UUID clinicId,
        @Schema(example = "https://clinic.example/restwell/webhooks") String url,
        @Schema(example = "Front-desk sync") @Nullable String description,
        @Schema(example = "[\"restwell.booking.created.v1\", \"restwell.booking.cancelled.v1\"]") List<String> eventTypes,
        @Schema(example = "true") boolean enabled,
        @Schema(description = "Why it is disabled, if it is.") @Nullable String disabledReason,
        @Schema(description = "Failed attempts in a row (a success resets it).", example = "0") int consecutiveFailures,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
