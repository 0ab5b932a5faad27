package io.restwell.booking.rest.people;

import java.time.OffsetDateTime;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Hold", description = "A slot kept for its person until expiresAt. Booking the same slot "
        + "(POST /api/v1/bookings) turns the hold into the booking, with the hold's id.")
public record HoldResponse(
        UUID id,
        @Schema(description = "HELD while it keeps the slot, EXPIRED once it ran out or was released.", example = "HELD") String status,
        UUID clinicId,
        UUID therapistId,
        String sessionType,
        int durationMinutes,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        OffsetDateTime expiresAt) {
}
