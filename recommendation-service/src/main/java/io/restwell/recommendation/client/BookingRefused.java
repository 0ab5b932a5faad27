package io.restwell.recommendation.client;

/**
 * booking-service answered and said no (a 4xx or 5xx status): not a transport failure, so never
 * retried and never counted by the circuit breaker. Use cases see this instead of JAX-RS types.
 */
public class BookingRefused extends RuntimeException {

    private final int status;

    public BookingRefused(int status, Throwable cause) {
        super("booking-service answered HTTP " + status, cause);
        this.status = status;
    }

    public int status() {
        return status;
    }

    /** The slot went to someone else (409). */
    public boolean slotTaken() {
        return status == 409;
    }
}
