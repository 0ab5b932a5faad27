package io.restwell.booking.domain;

/** A change the booking's state or timing does not allow (cancel after the start, complete a cancelled one, ...). */
public class BookingRuleViolation extends RuntimeException {

    public BookingRuleViolation(String message) {
        super(message, null, false, false);
    }
}
