package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class QuietHoursTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime MORNING = LocalTime.of(8, 0);

    private static QuietHours bedtime(LocalTime bedtime, ZoneId zone) {
        return QuietHours.of(Optional.empty(), Optional.of(bedtime), MORNING, zone).orElseThrow();
    }

    @Test
    void duringTheWindowAPushWaitsForTheMorningOutsideItGoesAtOnce() {
        QuietHours hours = bedtime(LocalTime.of(23, 0), BERLIN); // winter: UTC+1
        Instant beforeBed = Instant.parse("2026-01-14T21:30:00Z"); // 22:30 local
        Instant asleep = Instant.parse("2026-01-14T23:30:00Z"); // 00:30 local, the 15th
        Instant afterMidnightEarly = Instant.parse("2026-01-15T05:00:00Z"); // 06:00 local
        Instant morning = Instant.parse("2026-01-15T07:00:00Z"); // 08:00 local

        assertEquals(beforeBed, hours.pushAt(beforeBed));
        assertEquals(morning, hours.pushAt(asleep));
        assertEquals(morning, hours.pushAt(afterMidnightEarly));
        assertEquals(morning, hours.pushAt(morning), "the window's end is outside it");
        assertEquals(Instant.parse("2026-01-15T07:00:00Z"), hours.pushAt(Instant.parse("2026-01-14T22:00:00Z")), "from 23:00 sharp");
    }

    @Test
    void springForwardNightInBerlinTheMorningIsStillEightOClockLocal() {
        // 29 March 2026: 02:00 CET jumps to 03:00 CEST
        QuietHours hours = bedtime(LocalTime.of(23, 0), BERLIN);
        Instant at0130Cet = Instant.parse("2026-03-29T00:30:00Z");
        assertEquals(Instant.parse("2026-03-29T06:00:00Z"), hours.pushAt(at0130Cet), "08:00 CEST is 06:00 UTC");
        Instant at0330Cest = Instant.parse("2026-03-29T01:30:00Z");
        assertEquals(Instant.parse("2026-03-29T06:00:00Z"), hours.pushAt(at0330Cest));
        // the evening before began at 23:00 CET = 22:00 UTC
        assertEquals(Instant.parse("2026-03-28T21:59:00Z"), hours.pushAt(Instant.parse("2026-03-28T21:59:00Z")));
    }

    @Test
    void aWindowEndingInTheSpringForwardGapEndsAtTheTimeAfterTheGap() {
        QuietHours hours = QuietHours.of(Optional.of(new QuietHours.Window(LocalTime.of(22, 0), LocalTime.of(2, 30))), Optional.empty(),
                MORNING, BERLIN).orElseThrow();
        // 02:30 does not exist on 29 March 2026 in Berlin: it becomes 03:30 CEST = 01:30 UTC
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"), hours.pushAt(Instant.parse("2026-03-29T00:45:00Z")));
    }

    @Test
    void fallBackNightInBerlinTheMorningIsEightOClockWinterTime() {
        // 25 October 2026: 03:00 CEST goes back to 02:00 CET
        QuietHours hours = bedtime(LocalTime.of(23, 30), BERLIN);
        Instant at0230Cest = Instant.parse("2026-10-25T00:30:00Z");
        Instant at0230Cet = Instant.parse("2026-10-25T01:30:00Z");
        Instant eightCet = Instant.parse("2026-10-25T07:00:00Z");
        assertEquals(eightCet, hours.pushAt(at0230Cest));
        assertEquals(eightCet, hours.pushAt(at0230Cet), "the repeated hour is still night");
        assertEquals(Instant.parse("2026-10-24T21:29:00Z"), hours.pushAt(Instant.parse("2026-10-24T21:29:00Z")), "23:29 CEST: not yet");
        assertEquals(eightCet, hours.pushAt(Instant.parse("2026-10-24T21:30:00Z")), "23:30 CEST");
    }

    @Test
    void redFlagAdviceIsPushedAtOnceInsideTheWindowEverythingElseWaitsForItsEnd() {
        QuietHours hours = bedtime(LocalTime.of(23, 0), BERLIN);
        Instant asleep = Instant.parse("2026-01-14T23:30:00Z"); // 00:30 local
        Instant morning = Instant.parse("2026-01-15T07:00:00Z");
        SuggestionNote advice = new SuggestionNote(UUID.randomUUID(), null, true, List.of());

        assertEquals(asleep, hours.pushAt(asleep, details(Notice.seekCare(advice, RedFlag.Urgency.NOW))), "emergency now");
        assertEquals(asleep, hours.pushAt(asleep, details(Notice.seekCare(advice, RedFlag.Urgency.TODAY))), "a doctor today");
        assertEquals(morning, hours.pushAt(asleep, details(Notice.suggestionReady(advice))), "advice to see a clinician, no red flag");
        assertEquals(morning, hours.pushAt(asleep, details(Notice.suggestionReady(
                new SuggestionNote(UUID.randomUUID(), "SWEDISH", false, List.of())))));
        OffsetDateTime start = OffsetDateTime.parse("2026-01-15T18:00:00+01:00");
        assertEquals(morning, hours.pushAt(asleep, details(Notice.bookingCancelled(new BookingNote(UUID.randomUUID(), UUID.randomUUID(),
                UUID.randomUUID(), "DEEP_TISSUE", start, start.plusHours(1), "CANCELLED", "therapist ill", null)))), "a cancellation waits");
    }

    private static NotificationDetails details(Notice notice) {
        return new NotificationDetails(notice.booking(), notice.suggestion());
    }

    @Test
    void aChosenWindowWinsOverTheBedtimeAndAnEmptyOneMeansNone() {
        QuietHours chosen = QuietHours.of(Optional.of(new QuietHours.Window(LocalTime.of(21, 0), LocalTime.of(6, 30))),
                Optional.of(LocalTime.of(23, 0)), MORNING, ZoneOffset.UTC).orElseThrow();
        assertEquals(Instant.parse("2026-01-15T06:30:00Z"), chosen.pushAt(Instant.parse("2026-01-14T21:15:00Z")));
        assertTrue(QuietHours.of(Optional.of(new QuietHours.Window(LocalTime.of(22, 0), LocalTime.of(22, 0))),
                Optional.of(LocalTime.of(23, 0)), MORNING, ZoneOffset.UTC).isEmpty());
    }

    @Test
    void withoutBedtimesOrPreferencesThereIsNoneAndADaytimeBedtimeIsNotBelieved() {
        assertTrue(QuietHours.of(Optional.empty(), Optional.empty(), MORNING, BERLIN).isEmpty());
        assertTrue(QuietHours.of(Optional.empty(), Optional.of(LocalTime.of(9, 0)), MORNING, BERLIN).isEmpty(), "23 h window");
        assertTrue(QuietHours.of(Optional.empty(), Optional.of(LocalTime.of(18, 0)), MORNING, BERLIN).isPresent(), "14 h: believed");
        QuietHours afterMidnight = bedtime(LocalTime.of(1, 30), ZoneOffset.UTC);
        assertEquals(Instant.parse("2026-01-15T08:00:00Z"), afterMidnight.pushAt(Instant.parse("2026-01-15T02:00:00Z")));
        assertEquals(Instant.parse("2026-01-14T23:00:00Z"), afterMidnight.pushAt(Instant.parse("2026-01-14T23:00:00Z")));
    }
}
