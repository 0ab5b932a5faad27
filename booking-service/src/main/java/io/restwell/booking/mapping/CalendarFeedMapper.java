package io.restwell.booking.mapping;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.restwell.booking.Booking;
import io.restwell.booking.CalendarFeed;
import io.restwell.booking.Clinic;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.domain.CustomerPseudonyms;
import io.restwell.booking.domain.ICalendar;

/**
 * Bookings as calendar events. A feed URL ends up in calendar apps and their servers, so an event carries
 * only what a therapist's day needs: the session type, the therapist, the clinic, the booking's id and the
 * clinic's customer id. Never notes (they may speak of health) and never a front-desk client's name or contact.
 */
public final class CalendarFeedMapper {

    /** UIDs are the booking's id in Restwell's domain, so they never collide with the clinic's own events. */
    static final String UID_DOMAIN = "@bookings.restwell.dev";

    private CalendarFeedMapper() {
    }

    public static String calendar(CalendarFeed feed, Clinic clinic, Map<java.util.UUID, String> therapistNames,
            List<Booking> bookings, Instant now, CustomerPseudonyms customers) {
        String name = feed.therapistId == null ? clinic.name + " (Restwell)"
                : therapistNames.getOrDefault(feed.therapistId, "Therapist") + ", " + clinic.name + " (Restwell)";
        String location = Stream.of(clinic.name, clinic.street, join(clinic.postalCode, clinic.city), clinic.country)
                .filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(", "));
        List<ICalendar.Event> events = bookings.stream().map(booking -> event(booking, feed.therapistId == null,
                therapistNames.getOrDefault(booking.therapistId, "Therapist"), location, customers)).toList();
        return ICalendar.write(name, events, now);
    }

    static ICalendar.Event event(Booking booking, boolean withTherapist, String therapist, String location,
            CustomerPseudonyms customers) {
        String summary = booking.sessionType.name + " (" + booking.durationMinutes + " min)" + (withTherapist ? " with " + therapist : "");
        String who = Booking.FRONT_DESK.equals(booking.channel) ? "Booked by the clinic"
                : "Booked in the Restwell app by customer " + customers.of(booking.clinicId, booking.userId);
        String description = "Restwell booking " + booking.id + "\n" + who + "\nTherapist: " + therapist
                + "\nStatus: " + booking.status;
        boolean cancelled = booking.status == BookingStatus.CANCELLED || booking.status == BookingStatus.LATE_CANCELLED;
        return new ICalendar.Event(booking.id + UID_DOMAIN, booking.version, booking.startAt.toInstant(), booking.endAt.toInstant(),
                summary, location, description, cancelled, booking.updatedAt.toInstant());
    }

    private static String join(String postalCode, String city) {
        return Stream.of(postalCode, city).filter(part -> part != null && !part.isBlank()).collect(Collectors.joining(" "));
    }
}
