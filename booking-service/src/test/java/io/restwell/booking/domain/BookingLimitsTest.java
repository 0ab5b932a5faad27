package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class BookingLimitsTest {

    private final BookingLimits limits = new BookingLimits(6, 1);

    @Test
    void aNewBookingFitsWhileThePersonHoldsFewerThanTheLimit() {
        assertDoesNotThrow(() -> limits.checkNew(0, 0));
        assertDoesNotThrow(() -> limits.checkNew(5, 0));
    }

    @Test
    void theOverallLimitCountsEveryOtherOpenBookingAndHold() {
        BookingLimits.LimitReached reached = assertThrows(BookingLimits.LimitReached.class, () -> limits.checkNew(6, 0));
        assertEquals(BookingLimits.Limit.OPEN_BOOKINGS, reached.limit());
        assertEquals("open-booking-limit", reached.limit().slug);
        assertEquals(6, reached.max());
        assertEquals(6, reached.current());
        assertEquals(BookingException.Kind.CONFLICT, reached.kind());
    }

    @Test
    void thePerClinicDayLimitCountsOnlyThatClinicOnThatDay() {
        BookingLimits.LimitReached reached = assertThrows(BookingLimits.LimitReached.class, () -> limits.checkNew(2, 1));
        assertEquals(BookingLimits.Limit.CLINIC_DAY, reached.limit());
        assertEquals("clinic-day-booking-limit", reached.limit().slug);
        assertEquals(1, reached.max());
        assertEquals(1, reached.current());
        assertDoesNotThrow(() -> new BookingLimits(6, 2).checkNew(2, 1));
    }

    @Test
    void theOverallLimitIsNamedFirstWhenBothAreReached() {
        assertEquals(BookingLimits.Limit.OPEN_BOOKINGS,
                assertThrows(BookingLimits.LimitReached.class, () -> limits.checkNew(6, 1)).limit());
    }

    @Test
    void movingABookingChecksOnlyTheTargetDayNeverTheOverallCount() {
        assertDoesNotThrow(() -> limits.checkMove(0));
        assertEquals(BookingLimits.Limit.CLINIC_DAY,
                assertThrows(BookingLimits.LimitReached.class, () -> limits.checkMove(1)).limit());
    }

    @Test
    void limitsBelowOneAreAConfigurationMistake() {
        assertThrows(IllegalArgumentException.class, () -> new BookingLimits(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new BookingLimits(1, 0));
    }
}
