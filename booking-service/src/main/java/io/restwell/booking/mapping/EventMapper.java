package io.restwell.booking.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import io.restwell.booking.Booking;
import io.restwell.events.booking.BookingEvent;

public final class EventMapper {

    private EventMapper() {
    }

    /** The booking as it stands now; {@code previous*} only for a reschedule, {@code reason} only for a cancellation. */
    public static BookingEvent toEvent(Booking booking, OffsetDateTime previousStart, OffsetDateTime previousEnd,
            UUID previousTherapistId, OffsetDateTime occurredAt) {
        ZoneId zone = booking.zone();
        return new BookingEvent(booking.id.toString(), booking.userId, booking.clinicId.toString(),
                booking.therapistId.toString(), booking.sessionType.code, booking.durationMinutes,
                booking.startAt.atZoneSameInstant(zone).toOffsetDateTime(),
                booking.endAt.atZoneSameInstant(zone).toOffsetDateTime(),
                booking.timeZone, booking.status.name(), booking.cancellationReason,
                previousStart == null ? null : previousStart.atZoneSameInstant(zone).toOffsetDateTime(),
                previousEnd == null ? null : previousEnd.atZoneSameInstant(zone).toOffsetDateTime(),
                previousTherapistId == null ? null : previousTherapistId.toString(), occurredAt);
    }
}
