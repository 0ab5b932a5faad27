package io.restwell.booking.domain;

import java.time.LocalDate;
import java.time.LocalTime;

/**
 * A one-off change to the weekly hours on one date: {@link ExceptionKind#DAY_OFF} (no times),
 * {@link ExceptionKind#TIME_OFF} or {@link ExceptionKind#EXTRA_HOURS} (with wall-clock times).
 */
public record DateException(LocalDate date, ExceptionKind kind, LocalTime start, LocalTime end) {

    public DateException {
        if (kind == ExceptionKind.DAY_OFF) {
            if (start != null || end != null) {
                throw new IllegalArgumentException("a day off has no times");
            }
        } else if (start == null || end == null || !end.isAfter(start)) {
            throw new IllegalArgumentException(kind + " needs a start before its end");
        }
    }

    public static DateException dayOff(LocalDate date) {
        return new DateException(date, ExceptionKind.DAY_OFF, null, null);
    }

    public static DateException timeOff(LocalDate date, LocalTime start, LocalTime end) {
        return new DateException(date, ExceptionKind.TIME_OFF, start, end);
    }

    public static DateException extraHours(LocalDate date, LocalTime start, LocalTime end) {
        return new DateException(date, ExceptionKind.EXTRA_HOURS, start, end);
    }
}
