package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerWebhookDelivery", description = "One event for one endpoint, with its latest attempt.")
public record PartnerWebhookDelivery(
        @Schema(description = "Restwell-Delivery-Id") UUID id,
        UUID endpointId,
        @Schema(description = "Restwell-Event-Id and the CloudEvent id: the same on every attempt; deduplicate by it.") UUID eventId,
        @Schema(example = "restwell.booking.cancelled.v1") String eventType,
        @Nullable UUID bookingId,
        @Schema(enumeration = {"PENDING", "SUCCEEDED", "FAILED"}, example = "SUCCEEDED") String status,
        @Schema(example = "3") int attempts,
        @Schema(description = "When PENDING: the next attempt.") @Nullable OffsetDateTime nextAttemptAt,
        @Nullable OffsetDateTime lastAttemptAt,
        @Schema(description = "Your endpoint's answer to the last attempt; null if it gave none.", example = "200") @Nullable Integer lastStatusCode,
        @Schema(example = "HTTP 503") @Nullable String lastError,
        @Schema(example = "84") @Nullable Integer lastDurationMs,
        OffsetDateTime createdAt,
        @Nullable OffsetDateTime deliveredAt) {
}
