package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of a booking webhook delivery, as the published document describes it to a clinic's receiver. */
@Schema(name = "BookingWebhookEvent", description = "A CloudEvent 1.0 (structured JSON mode) about one booking of your clinic.")
public record BookingWebhookEvent(
        @Schema(enumeration = "1.0") String specversion,
        @Schema(description = "The event's id: the same on every retry and for every endpoint (also in Restwell-Event-Id); deduplicate by it.")
        UUID id,
        @Schema(example = "/booking-service") String source,
        @Schema(enumeration = {"restwell.booking.created.v1", "restwell.booking.cancelled.v1", "restwell.booking.rescheduled.v1",
                "restwell.booking.completed.v1", "restwell.booking.no-show.v1"}) String type,
        OffsetDateTime time,
        @Schema(description = "The booking's id.") String subject,
        @Schema(enumeration = "application/json") String datacontenttype,
        BookingWebhookData data) {
}
