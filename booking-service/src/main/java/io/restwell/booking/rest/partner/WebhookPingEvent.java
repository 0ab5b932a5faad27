package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a test delivery a clinic asked for ({@code POST …/webhooks/{endpointId}/ping}). */
@Schema(name = "WebhookPingEvent", description = "A CloudEvent 1.0 sent only when you ask for a test delivery.")
public record WebhookPingEvent(
        @Schema(enumeration = "1.0") String specversion,
        UUID id,
        @Schema(example = "/booking-service") String source,
        @Schema(enumeration = "restwell.webhook.ping.v1") String type,
        OffsetDateTime time,
        @Schema(description = "The endpoint's id.") String subject,
        @Schema(enumeration = "application/json") String datacontenttype,
        WebhookPingData data) {

    @Schema(name = "WebhookPingData")
    public record WebhookPingData(UUID endpointId, UUID clinicId, String message) {
    }
}
