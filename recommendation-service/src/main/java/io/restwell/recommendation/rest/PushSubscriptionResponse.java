package io.restwell.recommendation.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the caller's push subscriptions; its keys are never sent back. */
@Schema(name = "PushSubscription")
public record PushSubscriptionResponse(UUID id, String endpoint,
        @Nullable @Schema(description = "When the browser said it ends; null when it did not") OffsetDateTime expiresAt,
        OffsetDateTime createdAt) {
}
