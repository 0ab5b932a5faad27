package io.restwell.recommendation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * When a booked session's reminders and the morning check-in fall due. Reminders count real time back
 * from the start (24 h and 2 h, whatever the clocks do); the check-in is the morning hour of the day
 * after the session ends, on the person's own clock (their time zone; a morning hour that a daylight
 * saving change skips moves forward with it). Anything whose time has passed when the booking is made
 * or moved is left out: a session booked an hour ahead gets no reminder.
 */
public final class ReminderSchedule {

    public record Due(NotificationKind kind, Instant at) {
    }

    private ReminderSchedule() {
    }

    public static List<Due> of(BookingNote booking, ZoneId personZone, LocalTime morning, Instant now) {
        List<Due> due = new ArrayList<>();
        Instant start = booking.start().toInstant();
        add(due, NotificationKind.SESSION_REMINDER_24H, start.minus(Duration.ofHours(24)), now);
        add(due, NotificationKind.SESSION_REMINDER_2H, start.minus(Duration.ofHours(2)), now);
        add(due, NotificationKind.MORNING_CHECK_IN, morningAfter(booking.end().toInstant(), personZone, morning), now);
        return List.copyOf(due);
    }

    /** The morning hour of the day after {@code end}, on the person's clock. */
    public static Instant morningAfter(Instant end, ZoneId zone, LocalTime morning) {
        return ZonedDateTime.of(end.atZone(zone).toLocalDate().plusDays(1), morning, zone).toInstant();
    }

    private static void add(List<Due> due, NotificationKind kind, Instant at, Instant now) {
        if (at.isAfter(now)) {
            due.add(new Due(kind, at));
        }
    }
}
