package io.restwell.recommendation.client;

import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * The next open slots of a session type in the person's evenings, from booking-service. Guarded so
 * a slow or dead booking-service costs a suggestion its slots for a while, never the journal flow.
 */
@ApplicationScoped
public class EveningSlots {

    static final LocalTime EVENING_STARTS = LocalTime.of(17, 0);
    static final LocalTime EVENING_ENDS = LocalTime.of(21, 0);
    static final int SLOTS = 3;

    private final BookingClient booking;

    EveningSlots(@RestClient BookingClient booking) {
        this.booking = booking;
    }

    /**
     * Up to three slots over the next week starting between 17:00 and 21:00 in the person's offset;
     * the earliest slots at any hour when no evening is free.
     */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = jakarta.ws.rs.WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1)
    public List<BookingClient.Slot> next(String sessionType, ZoneOffset personOffset) {
        OffsetDateTime from = OffsetDateTime.now(personOffset).truncatedTo(ChronoUnit.MINUTES).plusHours(2);
        BookingClient.SlotPage page = booking.search(sessionType, utc(from), utc(from.plusDays(7)), 100);
        List<BookingClient.Slot> slots = page.items() == null ? List.of() : page.items();
        List<BookingClient.Slot> evenings = slots.stream().filter(slot -> inEvening(slot, personOffset)).limit(SLOTS).toList();
        return evenings.isEmpty() ? slots.stream().limit(SLOTS).toList() : evenings;
    }

    /** With Z rather than +hh:mm, which a query string would turn into a space. */
    private static String utc(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }

    static boolean inEvening(BookingClient.Slot slot, ZoneOffset personOffset) {
        LocalTime local = slot.start().withOffsetSameInstant(personOffset).toLocalTime();
        return !local.isBefore(EVENING_STARTS) && local.isBefore(EVENING_ENDS);
    }
}
