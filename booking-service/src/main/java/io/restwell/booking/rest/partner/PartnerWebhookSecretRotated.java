package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerWebhookSecretRotated", description = "An endpoint's new signing secret, shown only in this "
        + "answer. Until `previousSecretValidUntil`, every delivery is signed with both secrets (two v1 values in "
        + "Restwell-Signature), so switch your receiver to the new one before then.")
public record PartnerWebhookSecretRotated(
        UUID id,
        @Schema(description = "The new signing secret: the HMAC-SHA256 key (its UTF-8 bytes, whsec_ included).",
                example = "whsec_7nK2pQ9xVb4LmT0sRy8HcJ3fWd6Ge1Za") String secret,
        @Schema(description = "Until then deliveries also carry a signature with the previous secret.",
                example = "2026-11-23T09:00:00Z") OffsetDateTime previousSecretValidUntil) {
}
