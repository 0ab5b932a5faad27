package io.restwell.recommendation.client;

import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.WebApplicationException;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Reads from booking-service made with the caller's own credentials: a person's token or a clinic's API key, passed
 * on as they came, so booking-service decides who may see what (and checks keys, which only it can). Reads only, so
 * a transport failure is retried once; booking's answers (404, 401...) come back as {@link BookingRefused}. Nothing
 * is cached: a revoked key or a cancelled booking counts from the next request.
 */
@ApplicationScoped
@Timeout(3000) // the same guard on every lookup (each method keeps its own circuit)
@Retry(maxRetries = 1, delay = 100, abortOn = BookingRefused.class)
@CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1,
        skipOn = BookingRefused.class)
public class BookingLookups {

    private final BookingClient booking;

    BookingLookups(@RestClient BookingClient booking) {
        this.booking = booking;
    }

    public BookingClient.Booking personsBooking(String authorization, UUID bookingId) {
        return read(() -> booking.booking(authorization, bookingId));
    }

    public BookingClient.PartnerKey partnerKey(String apiKey) {
        return read(() -> booking.partnerKey(apiKey));
    }

    public BookingClient.PartnerBooking partnerBooking(String apiKey, UUID bookingId) {
        return read(() -> booking.partnerBooking(apiKey, bookingId));
    }

    /** booking-service's refusal (404, 401...) as a BookingRefused carrying its problem. */
    private static <T> T read(java.util.function.Supplier<T> lookup) {
        try {
            return lookup.get();
        } catch (WebApplicationException e) {
            throw refused(e);
        }
    }

    @SuppressWarnings("unchecked")
    private static BookingRefused refused(WebApplicationException e) {
        Map<String, Object> problem;
        try {
            problem = e.getResponse().hasEntity() ? e.getResponse().readEntity(Map.class) : Map.of();
        } catch (RuntimeException unreadable) {
            problem = Map.of();
        }
        return new BookingRefused(e.getResponse().getStatus(), problem, e);
    }
}
