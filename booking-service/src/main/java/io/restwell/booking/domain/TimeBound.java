package io.restwell.booking.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * One end of a search range: either a calendar date, which means a different instant in each
 * clinic's time zone, or an exact instant.
 */
public record TimeBound(LocalDate date, Instant instant) {

    public static TimeBound ofDate(LocalDate date) {
        return new TimeBound(date, null);
    }

    public static TimeBound ofInstant(Instant instant) {
        return new TimeBound(null, instant);
    }

    /** As a range start in {@code zone}: a date means the first instant of that day there. */
    public Instant asStart(ZoneId zone) {
        return date != null ? date.atStartOfDay(zone).toInstant() : instant;
    }

    /** As an inclusive range end in {@code zone}: a date means the whole of that day there. */
    public Instant asEndExclusive(ZoneId zone) {
        return date != null ? date.plusDays(1).atStartOfDay(zone).toInstant() : instant;
    }

    /** The date this bound falls on in UTC, widened by a day: enough to cover every time zone. */
    public LocalDate widestDateBefore() {
        return (date != null ? date : instant.atZone(ZoneId.of("UTC")).toLocalDate()).minusDays(1);
    }

    public LocalDate widestDateAfter() {
        return (date != null ? date : instant.atZone(ZoneId.of("UTC")).toLocalDate()).plusDays(1);
    }
}
