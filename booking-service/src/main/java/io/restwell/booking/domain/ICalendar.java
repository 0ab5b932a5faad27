package io.restwell.booking.domain;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * An RFC 5545 calendar of bookings, written by hand (no framework): times in UTC, so no VTIMEZONE is needed;
 * each booking's UID is stable and its SEQUENCE grows with every change, so a calendar app that polls the feed
 * updates the event in place on a reschedule and marks it cancelled on a cancellation.
 */
public final class ICalendar {

    /** One booking as an event. {@code description} and {@code location} may be null. */
    public record Event(String uid, long sequence, Instant start, Instant end, String summary, String location,
            String description, boolean cancelled, Instant lastModified) {
    }

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    /** Lines longer than this many octets are folded (RFC 5545 3.1). */
    private static final int MAX_OCTETS = 75;

    private ICalendar() {
    }

    /** The whole calendar, lines ending in CRLF. */
    public static String write(String name, List<Event> events, Instant stamp) {
        StringBuilder out = new StringBuilder(256 + events.size() * 320);
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Restwell//Calendar feed//EN");
        line(out, "CALSCALE:GREGORIAN");
        // no METHOD: a subscribed feed is not an iTIP message (PUBLISH would need an ORGANIZER on every event)
        line(out, "X-WR-CALNAME:" + text(name));
        if (events.isEmpty()) {
            // RFC 5545 wants at least one component; an unused UTC zone keeps an empty feed valid
            line(out, "BEGIN:VTIMEZONE");
            line(out, "TZID:Etc/UTC");
            line(out, "BEGIN:STANDARD");
            line(out, "DTSTART:19700101T000000");
            line(out, "TZOFFSETFROM:+0000");
            line(out, "TZOFFSETTO:+0000");
            line(out, "END:STANDARD");
            line(out, "END:VTIMEZONE");
        }
        for (Event event : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:" + text(event.uid()));
            line(out, "DTSTAMP:" + UTC.format(stamp));
            line(out, "DTSTART:" + UTC.format(event.start()));
            line(out, "DTEND:" + UTC.format(event.end()));
            line(out, "SEQUENCE:" + event.sequence());
            line(out, "LAST-MODIFIED:" + UTC.format(event.lastModified()));
            line(out, "SUMMARY:" + text(event.summary()));
            if (event.location() != null) {
                line(out, "LOCATION:" + text(event.location()));
            }
            if (event.description() != null) {
                line(out, "DESCRIPTION:" + text(event.description()));
            }
            line(out, "STATUS:" + (event.cancelled() ? "CANCELLED" : "CONFIRMED"));
            line(out, "TRANSP:" + (event.cancelled() ? "TRANSPARENT" : "OPAQUE"));
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** A TEXT value (RFC 5545 3.3.11): backslash, semicolon, comma and newlines escaped; other controls dropped. */
    static String text(String value) {
        StringBuilder out = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case ';' -> out.append("\\;");
                case ',' -> out.append("\\,");
                case '\n' -> out.append("\\n");
                case '\r' -> {
                    if (i + 1 >= value.length() || value.charAt(i + 1) != '\n') {
                        out.append("\\n");
                    }
                }
                default -> {
                    if (c >= 0x20 && c != 0x7f) {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }

    /** Appends a content line folded at 75 octets, never inside a UTF-8 sequence or a surrogate pair. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1; // the leading space of a continuation line counts
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
