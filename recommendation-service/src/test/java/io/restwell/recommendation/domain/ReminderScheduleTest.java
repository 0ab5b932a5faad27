package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ReminderScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime EIGHT = LocalTime.of(8, 0);

    @Test
    void aSessionBookedDaysAheadGetsBothRemindersAndTheMorningCheckIn() {
        BookingNote booking = booking(OffsetDateTime.parse("2026-12-10T18:00:00+01:00"));
        List<ReminderSchedule.Due> due = ReminderSchedule.of(booking, BERLIN, EIGHT, Instant.parse("2026-12-05T10:00:00Z"));
        assertEquals(List.of(
                new ReminderSchedule.Due(NotificationKind.SESSION_REMINDER_24H, Instant.parse("2026-12-09T17:00:00Z")),
                new ReminderSchedule.Due(NotificationKind.SESSION_REMINDER_2H, Instant.parse("2026-12-10T15:00:00Z")),
                new ReminderSchedule.Due(NotificationKind.MORNING_CHECK_IN, Instant.parse("2026-12-11T07:00:00Z"))), due);
    }

    @Test
    void whatHasAlreadyPassedIsLeftOut() {
        BookingNote booking = booking(OffsetDateTime.parse("2026-12-10T18:00:00+01:00"));
        // booked five hours ahead: no 24 h reminder
        assertEquals(List.of(NotificationKind.SESSION_REMINDER_2H, NotificationKind.MORNING_CHECK_IN),
                kinds(ReminderSchedule.of(booking, BERLIN, EIGHT, Instant.parse("2026-12-10T12:00:00Z"))));
        // booked an hour ahead: only the check-in
        assertEquals(List.of(NotificationKind.MORNING_CHECK_IN),
                kinds(ReminderSchedule.of(booking, BERLIN, EIGHT, Instant.parse("2026-12-10T16:00:00Z"))));
    }

    @Test
    void theCheckInIsEightOnThePersonsClockAcrossTheSpringChange() {
        // Berlin moves from +01:00 to +02:00 on 29 March 2026: eight that morning is 06:00 UTC, not 07:00
        BookingNote booking = booking(OffsetDateTime.parse("2026-03-28T18:00:00+01:00"));
        assertEquals(Instant.parse("2026-03-29T06:00:00Z"),
                ReminderSchedule.morningAfter(booking.end().toInstant(), BERLIN, EIGHT));
    }

    @Test
    void theCheckInIsEightOnThePersonsClockAcrossTheAutumnChange() {
        // back to +01:00 on 25 October 2026
        assertEquals(Instant.parse("2026-10-25T07:00:00Z"),
                ReminderSchedule.morningAfter(Instant.parse("2026-10-24T17:00:00Z"), BERLIN, EIGHT));
    }

    @Test
    void aMorningHourTheClocksSkipMovesForward() {
        // 02:30 does not exist in Berlin on 29 March 2026: it becomes 03:30 summer time
        assertEquals(Instant.parse("2026-03-29T01:30:00Z"),
                ReminderSchedule.morningAfter(Instant.parse("2026-03-28T17:00:00Z"), BERLIN, LocalTime.of(2, 30)));
    }

    @Test
    void theRemindersCountRealHoursEvenOverAClockChange() {
        // Monday 30 March 10:00 +02:00; 24 h before is Sunday 29 March 10:00 +02:00 (08:00 UTC)
        BookingNote booking = booking(OffsetDateTime.parse("2026-03-30T10:00:00+02:00"));
        assertEquals(Instant.parse("2026-03-29T08:00:00Z"),
                ReminderSchedule.of(booking, BERLIN, EIGHT, Instant.parse("2026-03-20T00:00:00Z")).get(0).at());
    }

    @Test
    void theCheckInFollowsThePersonsZoneNotTheClinics() {
        // a session ending 20:00 UTC is already the next day in Tokyo: eight the morning after that day
        BookingNote booking = booking(OffsetDateTime.parse("2026-12-10T19:00:00Z"));
        assertEquals(Instant.parse("2026-12-11T23:00:00Z"),
                ReminderSchedule.morningAfter(booking.end().toInstant(), ZoneId.of("Asia/Tokyo"), EIGHT));
        assertEquals(Instant.parse("2026-12-11T08:00:00Z"),
                ReminderSchedule.morningAfter(booking.end().toInstant(), ZoneOffset.UTC, EIGHT));
    }

    private static List<NotificationKind> kinds(List<ReminderSchedule.Due> due) {
        return due.stream().map(ReminderSchedule.Due::kind).toList();
    }

    private static BookingNote booking(OffsetDateTime start) {
        return new BookingNote(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "DEEP_TISSUE", start, start.plusHours(1),
                "BOOKED", null, null);
    }
}
