package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerCalendarFeed", description = "A private iCalendar feed of the clinic's bookings. Its URL is shown only "
        + "when the feed is made or its secret rotated.")
public record PartnerCalendarFeed(
        UUID id,
        @Schema(description = "Whose bookings: null for the whole clinic's feed.") @Nullable UUID therapistId,
        @Schema(example = "2026-12-01T09:00:00Z") OffsetDateTime createdAt,
        @Schema(description = "When the current secret was made.", example = "2026-12-01T09:00:00Z") OffsetDateTime rotatedAt) {
}
