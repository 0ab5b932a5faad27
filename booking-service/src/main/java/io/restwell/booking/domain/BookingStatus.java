package io.restwell.booking.domain;

/** Where a booking stands. Only cancelled bookings free their time for others. */
public enum BookingStatus {
    /** A hold: the slot is kept for its person until {@code expiresAt}; booking it turns it into BOOKED. */
    HELD,
    /** A hold that ran out or was released. */
    EXPIRED,
    /** Confirmed; the person is expected. */
    BOOKED,
    /** The person is at the clinic. */
    ARRIVED,
    COMPLETED,
    NO_SHOW,
    /** Cancelled in time: free of charge. */
    CANCELLED,
    /** Cancelled inside the cancellation window: the clinic may charge for it. */
    LATE_CANCELLED;

    /**
     * Whether the row still takes its therapist's time (the exclusion constraint's condition); a HELD
     * row only until it expires.
     */
    public boolean holdsTime() {
        return this != CANCELLED && this != LATE_CANCELLED && this != EXPIRED;
    }

    /** Whether this is a booking rather than a hold. */
    public boolean isBooking() {
        return this != HELD && this != EXPIRED;
    }
}
