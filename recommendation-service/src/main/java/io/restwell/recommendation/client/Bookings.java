package io.restwell.recommendation.client;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Books a suggested slot in booking-service. Retrying is safe: the idempotency key makes a repeated
 * request return the same booking, never a second one.
 */
@ApplicationScoped
public class Bookings {

    private final BookingClient booking;

    Bookings(@RestClient BookingClient booking) {
        this.booking = booking;
    }

    @Timeout(5000)
    @Retry(maxRetries = 1, delay = 200, abortOn = BookingRefused.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1,
            skipOn = BookingRefused.class)
    public BookingClient.Booking book(String authorization, String idempotencyKey, BookingClient.BookingRequest request) {
        try {
            return booking.book(authorization, idempotencyKey, request);
        } catch (WebApplicationException e) {
            throw new BookingRefused(e.getResponse().getStatus(), problemOf(e), e);
        }
    }

    /** booking's RFC 9457 body, when the answer carried one. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> problemOf(WebApplicationException e) {
        try {
            return e.getResponse().hasEntity() ? e.getResponse().readEntity(Map.class) : Map.of();
        } catch (RuntimeException unreadable) {
            return Map.of();
        }
    }
}
