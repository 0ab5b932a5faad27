package io.restwell.booking.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A one-off change to the weekly hours on one date: {@link OverrideKind#DAY_OFF} (no times),
 * {@link OverrideKind#TIME_OFF} or {@link OverrideKind#EXTRA_HOURS} (with wall-clock times).
 */
public record DateOverride(LocalDate date, OverrideKind kind, LocalTime start, LocalTime end) {

    public DateOverride {
        if (kind == OverrideKind.DAY_OFF) {
            if (start != null || end != null) {
                throw new IllegalArgumentException("a day off has no times");
            }
        } else if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException(kind + " needs a start before its end");
        }
    }

    public static DateOverride dayOff(LocalDate date) {
        return new DateOverride(date, OverrideKind.DAY_OFF, null, null);
    }

    public static DateOverride timeOff(LocalDate date, LocalTime start, LocalTime end) {
        return new DateOverride(date, OverrideKind.TIME_OFF, start, end);
    }

    public static DateOverride extraHours(LocalDate date, LocalTime start, LocalTime end) {
        return new DateOverride(date, OverrideKind.EXTRA_HOURS, start, end);
    }
}
