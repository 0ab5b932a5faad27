package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SlotExplanationTest {

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Reach FROM_HOME = new Reach(List.of(), new Place(40.74, -74.0), 15);

    private static OfferedSlot slot(OffsetDateTime start, int minutes, Double km) {
        return new OfferedSlot(UUID.randomUUID(), UUID.randomUUID(), "SWEDISH", start, start.plusMinutes(minutes), km, null);
    }

    @Test
    void theDayAndTimeAreThePersonsOwnAcrossDaylightSavingTime() {
        // 22:30 UTC is 18:30 in New York on Saturday 31 October 2026 (EDT) and 17:30 on Saturday 7 November (EST).
        OffsetDateTime beforeChange = OffsetDateTime.of(2026, 10, 31, 22, 30, 0, 0, ZoneOffset.UTC);
        OffsetDateTime afterChange = OffsetDateTime.of(2026, 11, 7, 22, 30, 0, 0, ZoneOffset.UTC);
        assertEquals("2.1 km from home, Saturday 18:30, ends three hours before your usual bedtime",
                SlotExplanation.of(slot(beforeChange, 60, 2.14), NEW_YORK, Optional.of(LocalTime.of(22, 30)), FROM_HOME, false));
        assertEquals("2.1 km from home, Saturday 17:30, ends four hours before your usual bedtime",
                SlotExplanation.of(slot(afterChange, 60, 2.14), NEW_YORK, Optional.of(LocalTime.of(22, 30)), FROM_HOME, false));
    }

    @Test
    void withoutAHomeOrABedtimeItSaysWhatItKnows() {
        OffsetDateTime start = OffsetDateTime.of(2026, 12, 8, 18, 0, 0, 0, ZoneOffset.ofHours(1));
        Reach chosen = new Reach(List.of(UUID.randomUUID()), null, 15);
        assertEquals("at a clinic you chose, Tuesday 18:00",
                SlotExplanation.of(slot(start, 60, null), ZoneId.of("Europe/Berlin"), Optional.empty(), chosen, false));
        assertEquals("Tuesday 17:00",
                SlotExplanation.of(slot(start, 60, null), ZoneId.of("Europe/London"), Optional.empty(), new Reach(List.of(), null, 15), false));
        // A bedtime after midnight counts on the evening clock.
        assertEquals("Tuesday 18:00, ends an hour and a half before your usual bedtime",
                SlotExplanation.of(slot(start, 330, null), ZoneId.of("Europe/Berlin"), Optional.of(LocalTime.of(1, 0)),
                        new Reach(List.of(), null, 15), false));
    }

    @Test
    void hoursAreSpokenToTheNearestHalfHour() {
        assertEquals("half an hour", SlotExplanation.hours(20));
        assertEquals("one hour", SlotExplanation.hours(65));
        assertEquals("an hour and a half", SlotExplanation.hours(95));
        assertEquals("two and a half hours", SlotExplanation.hours(150));
        assertEquals("three hours", SlotExplanation.hours(180));
    }
}
