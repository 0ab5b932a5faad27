package io.restwell.recommendation.rest;

/** booking-service did not answer (down, slow, or its circuit is open): answered 503, try again shortly. */
public class BookingUnavailableException extends RuntimeException {

    public BookingUnavailableException(Throwable cause) {
        super("Booking is unavailable right now; nothing was booked. Try again in a minute.", cause);
    }
}
