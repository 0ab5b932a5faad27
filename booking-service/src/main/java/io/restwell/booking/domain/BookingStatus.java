package io.restwell.booking.domain;

/** Where a booking stands. Only cancelled bookings free their time for others. */
public enum BookingStatus {
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

    /** Whether the booking still holds its therapist's time (the exclusion constraint's condition). */
    public boolean holdsTime() {
        return this != CANCELLED && this != LATE_CANCELLED;
    }
}
