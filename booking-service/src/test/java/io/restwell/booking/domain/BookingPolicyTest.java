package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class BookingPolicyTest {

    private static final Instant START = Instant.parse("2026-12-10T10:00:00Z");
    private final BookingPolicy policy = new BookingPolicy(Duration.ofHours(24));

    @Test
    void cancellingADayOrMoreAheadIsFree() {
        assertEquals(BookingStatus.CANCELLED, policy.cancel(BookingStatus.BOOKED, START, START.minus(Duration.ofDays(3))));
        assertEquals(BookingStatus.CANCELLED, policy.cancel(BookingStatus.BOOKED, START, START.minus(Duration.ofHours(24))));
    }

    @Test
    void cancellingInsideTheLastDayIsLate() {
        assertEquals(BookingStatus.LATE_CANCELLED,
                policy.cancel(BookingStatus.BOOKED, START, START.minus(Duration.ofHours(24)).plusSeconds(1)));
        assertEquals(BookingStatus.LATE_CANCELLED, policy.cancel(BookingStatus.BOOKED, START, START.minusSeconds(1)));
    }

    @Test
    void aStartedOrNoLongerBookedSessionCannotBeCancelled() {
        assertThrows(BookingRuleViolation.class, () -> policy.cancel(BookingStatus.BOOKED, START, START));
        for (BookingStatus status : new BookingStatus[] {BookingStatus.CANCELLED, BookingStatus.LATE_CANCELLED,
                BookingStatus.ARRIVED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.HELD, BookingStatus.EXPIRED}) {
            assertThrows(BookingRuleViolation.class, () -> policy.cancel(status, START, START.minus(Duration.ofDays(2))));
        }
    }

    @Test
    void reschedulingOnlyWhileCancellingWouldBeFree() {
        policy.checkReschedule(BookingStatus.BOOKED, START, START.minus(Duration.ofHours(25)));
        assertThrows(BookingRuleViolation.class,
                () -> policy.checkReschedule(BookingStatus.BOOKED, START, START.minus(Duration.ofHours(23))));
        assertThrows(BookingRuleViolation.class,
                () -> policy.checkReschedule(BookingStatus.CANCELLED, START, START.minus(Duration.ofDays(5))));
    }

    @Test
    void theClinicMarksArrivalFromAnHourBeforeAndTheOutcomeAfterTheStart() {
        assertEquals(BookingStatus.ARRIVED, policy.clinicChange(BookingStatus.BOOKED, BookingStatus.ARRIVED, START, START.minusSeconds(3600)));
        assertThrows(BookingRuleViolation.class,
                () -> policy.clinicChange(BookingStatus.BOOKED, BookingStatus.ARRIVED, START, START.minusSeconds(3601)));
        assertEquals(BookingStatus.COMPLETED, policy.clinicChange(BookingStatus.ARRIVED, BookingStatus.COMPLETED, START, START.plusSeconds(1)));
        assertEquals(BookingStatus.COMPLETED, policy.clinicChange(BookingStatus.BOOKED, BookingStatus.COMPLETED, START, START));
        assertEquals(BookingStatus.NO_SHOW, policy.clinicChange(BookingStatus.BOOKED, BookingStatus.NO_SHOW, START, START.plusSeconds(900)));
        assertThrows(BookingRuleViolation.class,
                () -> policy.clinicChange(BookingStatus.BOOKED, BookingStatus.NO_SHOW, START, START.minusSeconds(1)));
        assertThrows(BookingRuleViolation.class,
                () -> policy.clinicChange(BookingStatus.ARRIVED, BookingStatus.NO_SHOW, START, START.plusSeconds(60)));
        assertThrows(BookingRuleViolation.class,
                () -> policy.clinicChange(BookingStatus.CANCELLED, BookingStatus.COMPLETED, START, START.plusSeconds(60)));
        assertThrows(IllegalArgumentException.class,
                () -> policy.clinicChange(BookingStatus.BOOKED, BookingStatus.CANCELLED, START, START));
    }

    @Test
    void onlyCancelledBookingsAndEndedHoldsGiveUpTheirTime() {
        for (BookingStatus status : BookingStatus.values()) {
            assertEquals(status != BookingStatus.CANCELLED && status != BookingStatus.LATE_CANCELLED
                    && status != BookingStatus.EXPIRED, status.holdsTime());
        }
    }

    @Test
    void fingerprintsTellRequestsApart() {
        assertEquals(RequestFingerprint.of("a", 1, null), RequestFingerprint.of("a", 1, null));
        assertNotEquals(RequestFingerprint.of("ab", "c"), RequestFingerprint.of("a", "bc"));
        assertNotEquals(RequestFingerprint.of("a", null), RequestFingerprint.of("a", "null"));
        assertTrue(RequestFingerprint.of("x").matches("[0-9a-f]{64}"));
    }

    @Test
    void aClinicCancelsABookedSessionUntilItsStartAndNeverAsALateCancellation() {
        assertEquals(BookingStatus.CANCELLED, policy.clinicCancel(BookingStatus.BOOKED, START, START.minus(Duration.ofDays(3))));
        assertEquals(BookingStatus.CANCELLED, policy.clinicCancel(BookingStatus.BOOKED, START, START.minusSeconds(1)));
        assertThrows(BookingRuleViolation.class, () -> policy.clinicCancel(BookingStatus.BOOKED, START, START));
        for (BookingStatus status : new BookingStatus[] {BookingStatus.CANCELLED, BookingStatus.LATE_CANCELLED,
                BookingStatus.ARRIVED, BookingStatus.COMPLETED, BookingStatus.NO_SHOW, BookingStatus.HELD}) {
            assertThrows(BookingRuleViolation.class, () -> policy.clinicCancel(status, START, START.minus(Duration.ofDays(2))));
        }
    }

    @Test
    void aBookingMovesOnlyToATherapistOfItsOwnClinic() {
        java.util.UUID clinic = java.util.UUID.randomUUID();
        org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> policy.checkRescheduleTarget(clinic, clinic));
        BookingException refused = assertThrows(BookingException.class,
                () -> policy.checkRescheduleTarget(clinic, java.util.UUID.randomUUID()));
        org.junit.jupiter.api.Assertions.assertEquals(BookingException.Kind.BROKEN_RULE, refused.kind());
        org.junit.jupiter.api.Assertions.assertEquals("therapistId", refused.violations().get(0).field());
    }
}
