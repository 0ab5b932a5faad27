package io.restwell.booking.domain;

/**
 * A change the booking's state or timing does not allow (cancel after the start, complete a cancelled
 * one, ...): a conflict with the booking as it is now.
 */
public class BookingRuleViolation extends BookingException {

    public BookingRuleViolation(String message) {
        super(Kind.CONFLICT, message, null);
    }
}
