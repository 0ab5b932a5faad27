package io.restwell.booking.rest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.domain.GreatCircle;
import io.restwell.booking.domain.TimeBound;
import io.restwell.booking.domain.BookingException;
import io.restwell.platform.defaults.paging.Paging;

/**
 * Query parameters arrive as strings and are parsed here, so a bad value answers a 400 that names
 * the parameter (JAX-RS would answer a bare 404 for an unconvertible query parameter).
 */
public final class QueryParams {

    public static final int DEFAULT_SIZE = Paging.DEFAULT_SIZE;
    public static final int MAX_SIZE = Paging.MAX_SIZE;

    private QueryParams() {
    }

    public static int page(String raw) {
        int page = integer("page", raw, 0);
        if (!Paging.validPage(page)) {
            throw BookingException.invalid("page", "must be between 0 and " + Paging.MAX_PAGE);
        }
        return page;
    }

    public static int size(String raw) {
        int size = integer("size", raw, DEFAULT_SIZE);
        if (!Paging.validSize(size)) {
            throw BookingException.invalid("size", "must be between 1 and " + MAX_SIZE);
        }
        return size;
    }

    public static UUID uuid(String name, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            return UUID.fromString(raw.trim());
        } catch (IllegalArgumentException e) {
            throw BookingException.malformed(name, "must be a UUID");
        }
    }

    /** A code-like text parameter (session type, status), trimmed; null when absent. */
    public static String text(String name, String raw, int maxLength) {
        if (blank(raw)) {
            return null;
        }
        if (raw.length() > maxLength) {
            throw BookingException.invalid(name, "must be at most " + maxLength + " characters");
        }
        return raw.trim();
    }

    /** An ISO date ({@code 2026-05-04}: a clinic-local day) or an RFC 3339 date-time with offset. */
    public static TimeBound timeBound(String name, String raw) {
        if (blank(raw)) {
            return null;
        }
        String value = raw.trim();
        try {
            return value.length() <= 10 ? TimeBound.ofDate(LocalDate.parse(value))
                    : TimeBound.ofInstant(OffsetDateTime.parse(value).toInstant());
        } catch (DateTimeParseException e) {
            throw BookingException.malformed(name,
                    "must be an ISO date (2026-05-04) or an RFC 3339 date-time with offset (2026-05-04T09:00:00+02:00)");
        }
    }

    /** A place as {@code latitude,longitude} in degrees ({@code 52.52,13.40}), or null when absent. */
    public static GreatCircle.Position position(String name, String raw) {
        if (blank(raw)) {
            return null;
        }
        String[] parts = raw.trim().split(",", -1);
        String shape = "must be latitude,longitude in degrees, such as 52.52,13.40";
        if (parts.length != 2 || raw.length() > 64) {
            throw BookingException.malformed(name, shape);
        }
        try {
            return new GreatCircle.Position(Double.parseDouble(parts[0].trim()), Double.parseDouble(parts[1].trim()));
        } catch (NumberFormatException e) {
            throw BookingException.malformed(name, shape);
        } catch (IllegalArgumentException outOfRange) {
            throw BookingException.invalid(name, outOfRange.getMessage());
        }
    }

    /** A decimal number, or null when absent. */
    public static Double decimal(String name, String raw) {
        if (blank(raw)) {
            return null;
        }
        try {
            double value = Double.parseDouble(raw.trim());
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw BookingException.malformed(name, "must be a number such as 15 or 2.5");
        }
    }

    /** A comma-separated list of UUIDs, at most {@code max}; null when absent. */
    public static List<UUID> uuids(String name, String raw, int max) {
        if (blank(raw)) {
            return null;
        }
        String[] parts = raw.split(",", -1);
        if (parts.length > max) {
            throw BookingException.invalid(name, "lists at most " + max + " ids");
        }
        List<UUID> ids = new java.util.ArrayList<>();
        for (String part : parts) {
            try {
                ids.add(UUID.fromString(part.trim()));
            } catch (IllegalArgumentException e) {
                throw BookingException.malformed(name, "must be UUIDs separated by commas");
            }
        }
        return ids.stream().distinct().toList();
    }

    /** A whole number, or null when absent. */
    public static Integer integer(String name, String raw) {
        return raw == null || raw.isBlank() ? null : integer(name, raw, 0);
    }

    private static int integer(String name, String raw, int fallback) {
        if (blank(raw)) {
            return fallback;
        }
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            throw BookingException.malformed(name, "must be a whole number");
        }
    }

    private static boolean blank(String raw) {
        return raw == null || raw.isBlank();
    }

    /** A booking status filter: one of the statuses a booking can have, any case; null when absent. */
    public static BookingStatus bookingStatus(String raw) {
        String value = text("status", raw, 32);
        if (value == null) {
            return null;
        }
        List<BookingStatus> statuses = Arrays.stream(BookingStatus.values()).filter(BookingStatus::isBooking).toList();
        return statuses.stream().filter(candidate -> candidate.name().equalsIgnoreCase(value)).findFirst()
                .orElseThrow(() -> BookingException.malformed("status", "must be one of " + statuses));
    }

    /** An ISO date parameter, or the fallback when absent. */
    public static LocalDate date(String name, String raw, LocalDate fallback) {
        TimeBound bound = QueryParams.timeBound(name, raw);
        if (bound == null) {
            return fallback;
        }
        if (bound.date() == null) {
            throw BookingException.malformed(name, "must be an ISO date such as 2026-05-04");
        }
        return bound.date();
    }
}
