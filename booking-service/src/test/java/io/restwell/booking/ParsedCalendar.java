package io.restwell.booking;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

/** A feed read by ical4j, an independent RFC 5545 parser (strict parsing and its validator). */
public record ParsedCalendar(Calendar calendar, List<VEvent> events) {

    public static ParsedCalendar parse(String text) {
        try {
            Calendar calendar = new CalendarBuilder().build(new StringReader(text));
            var result = calendar.validate();
            if (result.hasErrors()) {
                throw new AssertionError("ical4j finds the calendar invalid: " + result + "\n" + text);
            }
            return new ParsedCalendar(calendar, calendar.getComponents(Component.VEVENT));
        } catch (Exception e) {
            throw new AssertionError("ical4j cannot read the calendar: " + e + "\n" + text, e);
        }
    }

    /** A property's value as ical4j decoded it (text unescaped), or null. */
    public static String value(Component component, String name) {
        return component.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    public String calendarValue(String name) {
        return calendar.<Property>getProperty(name).map(Property::getValue).orElse(null);
    }

    /** The events by UID. */
    public Map<String, VEvent> byUid() {
        return events.stream().collect(Collectors.toMap(event -> value(event, Property.UID), Function.identity()));
    }
}
