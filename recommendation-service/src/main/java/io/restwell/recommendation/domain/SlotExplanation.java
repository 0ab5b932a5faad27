package io.restwell.recommendation.domain;

import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a slot suits the person, in their words and their own time zone:
 * "2.1 km from home, Tuesday 18:30, ends three hours before your usual bedtime".
 */
public final class SlotExplanation {

    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve"};

    private SlotExplanation() {
    }

    /**
     * @param beyondReach the slot is one of the nearest options outside the person's radius
     */
    public static String of(OfferedSlot slot, ZoneId zone, Optional<LocalTime> usualBedtime, Reach reach, boolean beyondReach) {
        List<String> parts = new ArrayList<>();
        if (slot.distanceKm() != null) {
            parts.add(String.format(Locale.ROOT, "%.1f km from home", slot.distanceKm())
                    + (beyondReach ? " (beyond your " + reach.radiusKm() + " km)" : ""));
        } else if (reach.chosenClinics()) {
            parts.add("at a clinic you chose");
        }
        ZonedDateTime start = slot.start().atZoneSameInstant(zone);
        parts.add(start.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + String.format(Locale.ROOT, "%02d:%02d", start.getHour(), start.getMinute()));
        if (usualBedtime.isPresent()) {
            LocalTime end = slot.end().atZoneSameInstant(zone).toLocalTime();
            int gap = UsualBedtime.eveningMinutes(usualBedtime.get()) - UsualBedtime.eveningMinutes(end);
            if (gap > 0 && !end.isBefore(LocalTime.NOON)) {
                parts.add("ends " + hours(gap) + " before your usual bedtime");
            }
        }
        return String.join(", ", parts);
    }

    /** Minutes as spoken, to the nearest half hour: "half an hour", "an hour and a half", "three hours". */
    static String hours(int minutes) {
        int halves = Math.max(1, Math.round(minutes / 30f));
        int whole = halves / 2;
        boolean half = halves % 2 == 1;
        if (whole == 0) {
            return "half an hour";
        }
        if (whole == 1) {
            return half ? "an hour and a half" : "one hour";
        }
        String count = whole < NUMBERS.length ? NUMBERS[whole] : Integer.toString(whole);
        return count + (half ? " and a half hours" : " hours");
    }
}
