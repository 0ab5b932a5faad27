package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import io.restwell.booking.ParsedCalendar;

class ICalendarTest {

    private static final Instant STAMP = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void anEventReadsBackThroughAnIndependentParserWithEveryPropertyIntact() {
        ICalendar.Event booked = new ICalendar.Event("b1@bookings.restwell.dev", 3, Instant.parse("2026-12-07T09:00:00Z"),
                Instant.parse("2026-12-07T10:00:00Z"), "Deep tissue; 60, min \\ with Mara", "Praxis Mitte, Torstr. 1",
                "line one\nline two", false, Instant.parse("2026-11-30T17:12:00Z"));
        ICalendar.Event cancelled = new ICalendar.Event("b2@bookings.restwell.dev", 1, Instant.parse("2026-12-08T09:00:00Z"),
                Instant.parse("2026-12-08T09:30:00Z"), "Swedish", null, null, true, STAMP);

        String text = ICalendar.write("Mara Lind, Praxis (Restwell)", List.of(booked, cancelled), STAMP);
        ParsedCalendar parsed = ParsedCalendar.parse(text);

        assertEquals("Mara Lind, Praxis (Restwell)", parsed.calendarValue("X-WR-CALNAME"));
        VEvent first = parsed.byUid().get("b1@bookings.restwell.dev");
        assertEquals("Deep tissue; 60, min \\ with Mara", ParsedCalendar.value(first, Property.SUMMARY));
        assertEquals("line one\nline two", ParsedCalendar.value(first, Property.DESCRIPTION));
        assertEquals("3", ParsedCalendar.value(first, Property.SEQUENCE));
        assertEquals("20261207T090000Z", ParsedCalendar.value(first, Property.DTSTART));
        assertEquals("20261207T100000Z", ParsedCalendar.value(first, Property.DTEND));
        assertEquals("CONFIRMED", ParsedCalendar.value(first, Property.STATUS));
        VEvent second = parsed.byUid().get("b2@bookings.restwell.dev");
        assertEquals("CANCELLED", ParsedCalendar.value(second, Property.STATUS));
        assertEquals(null, ParsedCalendar.value(second, Property.LOCATION));
        assertTrue(text.endsWith("END:VCALENDAR\r\n"), text);
    }

    @Test
    void longLinesAreFoldedAtSeventyFiveOctetsWithoutSplittingACharacter() {
        String summary = "Massage für Jürgen ✓ ".repeat(12) + "😀 end";
        String text = ICalendar.write("Feed", List.of(new ICalendar.Event("u@x", 0, STAMP, STAMP.plusSeconds(3600), summary,
                null, null, false, STAMP)), STAMP);

        for (String line : text.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "over 75 octets: " + line);
            assertTrue(!line.isEmpty() && !Character.isLowSurrogate(line.charAt(0) == ' ' && line.length() > 1 ? line.charAt(1) : line.charAt(0)), line);
        }
        assertEquals(summary, ParsedCalendar.value(ParsedCalendar.parse(text).events().get(0), Property.SUMMARY));
    }

    @Test
    void aFeedWithoutBookingsIsStillAValidCalendar() {
        ParsedCalendar parsed = ParsedCalendar.parse(ICalendar.write("Empty", List.of(), STAMP));
        assertEquals(0, parsed.events().size());
    }

    @Test
    void controlCharactersAreDroppedAndBareCarriageReturnsBecomeNewlines() {
        assertEquals("a\\nb\\nc\\;d", ICalendar.text("a\r\nb\rc;\u0007d"));
    }
}
