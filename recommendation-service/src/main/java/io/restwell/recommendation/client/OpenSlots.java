package io.restwell.recommendation.client;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * Open slots of a session type from booking-service's availability, a page at a time, earliest first.
 * Guarded so a slow or dead booking-service costs a suggestion its slots for a while, never the journal flow.
 */
@ApplicationScoped
public class OpenSlots {

    /** Slots per page asked for: booking's largest page. */
    public static final int PAGE_SIZE = 100;

    private final BookingClient booking;

    OpenSlots(@RestClient BookingClient booking) {
        this.booking = booking;
    }

    /** One page of the open slots starting between two instants (page 0 first). */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = jakarta.ws.rs.WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1)
    public BookingClient.SlotPage page(String sessionType, OffsetDateTime from, OffsetDateTime to, int page) {
        BookingClient.SlotPage found = booking.search(sessionType, utc(from), utc(to), page, PAGE_SIZE);
        return found.items() == null ? new BookingClient.SlotPage(List.of(), page, PAGE_SIZE, 0) : found;
    }

    /** With Z rather than +hh:mm, which a query string would turn into a space. */
    private static String utc(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
