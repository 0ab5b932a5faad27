package io.restwell.events.booking;

import java.time.OffsetDateTime;

/**
 * Data of every {@code restwell.booking.*.v1} event: the booking as it stands after the change, so
 * consumers never call booking-service back. Times carry the clinic's offset at that moment.
 *
 * <ul>
 * <li>{@code created}: status {@code BOOKED};</li>
 * <li>{@code cancelled}: status {@code CANCELLED} (free) or {@code LATE_CANCELLED}, with {@code reason} if given;</li>
 * <li>{@code rescheduled}: the new time (and therapist), with {@code previousStart}, {@code previousEnd}
 * and {@code previousTherapistId};</li>
 * <li>{@code completed} and {@code no-show}: status {@code COMPLETED} or {@code NO_SHOW}.</li>
 * </ul>
 * Fields that do not apply are null.
 */
public record BookingEvent(
        String bookingId,
        String userId,
        String clinicId,
        String therapistId,
        String sessionType,
        int durationMinutes,
        OffsetDateTime start,
        OffsetDateTime end,
        String timeZone,
        String status,
        String reason,
        OffsetDateTime previousStart,
        OffsetDateTime previousEnd,
        String previousTherapistId,
        OffsetDateTime occurredAt) {
}
