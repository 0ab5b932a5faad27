package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerWebhookEndpointCreated", description = "A new endpoint. `secret` is shown only in this answer: "
        + "verify every delivery's Restwell-Signature with it.")
public record PartnerWebhookEndpointCreated(
        UUID id,
        UUID clinicId,
        @Schema(example = "https://clinic.example/restwell/webhooks") String url,
        @Nullable String description,
        List<String> eventTypes,
        boolean enabled,
        @Schema(description = "The signing secret: the HMAC-SHA256 key (its UTF-8 bytes, whsec_ included).",
                example = "whsec_Q2xWm9Tb4RkP0sVd7YhN3cLf8JgA1eZu") String secret,
        OffsetDateTime createdAt) {
}
