package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class NoticeTest {

    private static final OffsetDateTime START = OffsetDateTime.parse("2026-12-11T18:00:00+01:00");

    @Test
    void aCancellationSaysWhenAndWhy() {
        Notice notice = Notice.bookingCancelled(booking("CANCELLED", "therapist ill", null));
        assertEquals(NotificationKind.BOOKING_CANCELLED, notice.kind());
        assertEquals("Your deep tissue massage on Friday 11 December at 18:00 (UTC+01:00) was cancelled. Reason: therapist ill",
                notice.body());
        assertFalse(Notice.bookingCancelled(booking("CANCELLED", null, null)).body().contains("Reason"));
    }

    @Test
    void aRescheduleSaysFromWhenToWhen() {
        Notice notice = Notice.bookingRescheduled(booking("BOOKED", null, START.minusDays(1)));
        assertEquals("Your deep tissue massage was moved from Thursday 10 December at 18:00 (UTC+01:00) "
                + "to Friday 11 December at 18:00 (UTC+01:00).", notice.body());
    }

    @Test
    void remindersAndTheCheckInNameTheSession() {
        assertEquals("Your session is in 2 hours",
                Notice.reminder(NotificationKind.SESSION_REMINDER_2H, booking("BOOKED", null, null)).title());
        assertEquals("Your session is tomorrow",
                Notice.reminder(NotificationKind.SESSION_REMINDER_24H, booking("BOOKED", null, null)).title());
        assertTrue(Notice.morningCheckIn(booking("COMPLETED", null, null)).body().contains("deep tissue massage"));
    }

    @Test
    void aSuggestionCountsItsSlotsAndAdviceHasNone() {
        OfferedSlot slot = new OfferedSlot(UUID.randomUUID(), UUID.randomUUID(), "SWEDISH", START, START.plusHours(1));
        Notice ready = Notice.suggestionReady(new SuggestionNote(UUID.randomUUID(), "SWEDISH", false, List.of(slot, slot)));
        assertEquals("After your last nights we suggest a swedish massage. 2 open times suit you.", ready.body());
        Notice advice = Notice.suggestionReady(new SuggestionNote(UUID.randomUUID(), null, true, List.of()));
        assertTrue(advice.body().contains("doctor or physiotherapist"));
        SuggestionNote seekCare = new SuggestionNote(UUID.randomUUID(), null, true, List.of());
        Notice now = Notice.seekCare(seekCare, RedFlag.Urgency.NOW);
        assertEquals("Go to an emergency department now", now.title());
        assertTrue(now.body().contains("call your emergency number"), now.body());
        Notice today = Notice.seekCare(seekCare, RedFlag.Urgency.TODAY);
        assertEquals("See your doctor today", today.title());
        assertTrue(today.body().contains("No massage"), today.body());
        assertEquals(NotificationKind.SUGGESTION_READY, today.kind());
        assertEquals(List.of(), advice.suggestion().slots());
    }

    private static BookingNote booking(String status, String reason, OffsetDateTime previousStart) {
        return new BookingNote(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "DEEP_TISSUE", START, START.plusHours(1),
                status, reason, previousStart);
    }
}
