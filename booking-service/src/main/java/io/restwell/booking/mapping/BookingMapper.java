package io.restwell.booking.mapping;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;

import io.restwell.booking.Booking;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.rest.BookingResponse;
import io.restwell.booking.rest.people.HoldResponse;

public final class BookingMapper {

    private BookingMapper() {
    }

    /** Times in the clinic's zone, so the offset shown is the one in force there at that moment. */
    public static BookingResponse toResponse(Booking booking) {
        ZoneId zone = booking.zone();
        return new BookingResponse(booking.id, booking.status, booking.clinicId, booking.therapistId,
                booking.sessionType.code, booking.durationMinutes,
                booking.startAt.atZoneSameInstant(zone).toOffsetDateTime(),
                booking.endAt.atZoneSameInstant(zone).toOffsetDateTime(),
                booking.timeZone, SessionTypeMapper.money(booking.priceCents, booking.currency), booking.notes,
                booking.cancellationReason, utc(booking.cancelledAt), utc(booking.createdAt), utc(booking.updatedAt));
    }

    /** A HELD row past its expiry is shown as EXPIRED even before anything marked it so. */
    public static HoldResponse toHoldResponse(Booking hold, OffsetDateTime now) {
        ZoneId zone = hold.zone();
        boolean live = hold.status == BookingStatus.HELD && hold.expiresAt.isAfter(now);
        return new HoldResponse(hold.id, live ? "HELD" : "EXPIRED", hold.clinicId, hold.therapistId,
                hold.sessionType.code, hold.durationMinutes,
                hold.startAt.atZoneSameInstant(zone).toOffsetDateTime(),
                hold.endAt.atZoneSameInstant(zone).toOffsetDateTime(), hold.timeZone, utc(hold.expiresAt));
    }

    /** The entity tag of a booking's current state: its version. */
    public static String etag(Booking booking) {
        return "\"" + booking.version + "\"";
    }

    private static OffsetDateTime utc(OffsetDateTime time) {
        return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC);
    }
}
