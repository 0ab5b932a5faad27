package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerCalendarFeedIssued", description = "A feed with its secret URL, shown this once: subscribe to it in a "
        + "calendar app (it needs no key). Anyone with the URL reads the feed; rotate the secret if it leaks.")
public record PartnerCalendarFeedIssued(
        UUID id,
        @Schema(description = "Whose bookings: null for the whole clinic's feed.") @Nullable UUID therapistId,
        @Schema(description = "The feed's secret URL (text/calendar).",
                example = "https://api.restwell.dev/api/v1/calendar-feeds/rw_cal_Q2x9LmP4vT7kR1sN8bW3cY6dF0gH5jK2mZ4aE7uI.ics") String url,
        @Schema(example = "2026-12-01T09:00:00Z") OffsetDateTime createdAt,
        @Schema(description = "When this secret was made.", example = "2026-12-01T09:00:00Z") OffsetDateTime rotatedAt) {
}
