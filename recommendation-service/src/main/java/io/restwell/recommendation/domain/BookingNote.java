package io.restwell.recommendation.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The booking a notification is about, as booking-service's event described it (times in the clinic's
 * offset). {@code reason} only on a cancellation that gave one, {@code previousStart} only on a reschedule.
 */
public record BookingNote(UUID bookingId, UUID clinicId, UUID therapistId, String sessionType, OffsetDateTime start,
        OffsetDateTime end, String status, String reason, OffsetDateTime previousStart) {
}
