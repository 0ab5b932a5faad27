package io.restwell.booking.domain;

import java.time.DayOfWeek;
import java.time.LocalTime;

/** Recurring working hours on one day of the week, in wall-clock time; they never cross midnight. */
public record WeeklyWindow(DayOfWeek day, LocalTime start, LocalTime end) {

    public WeeklyWindow {
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("a working window ends after it starts: " + start + " .. " + end);
        }
    }

    public boolean overlaps(WeeklyWindow other) {
        return day == other.day && start.isBefore(other.end) && other.start.isBefore(end);
    }
}
