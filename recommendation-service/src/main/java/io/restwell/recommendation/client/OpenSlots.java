package io.restwell.recommendation.client;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.faulttolerance.CircuitBreaker;
import org.eclipse.microprofile.faulttolerance.Retry;
import org.eclipse.microprofile.faulttolerance.Timeout;
import org.eclipse.microprofile.rest.client.inject.RestClient;

import io.restwell.recommendation.domain.Place;
import io.restwell.recommendation.domain.Reach;

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

    /**
     * Where to look: the chosen clinics, or near a place within a radius, or (both null) anywhere; and the session
     * length (null: the type's default).
     */
    public record Where(List<UUID> clinicIds, Place near, Integer radiusKm, Integer durationMinutes) {

        /** A person's reach (their chosen clinics, else their home and radius, else anywhere). */
        public static Where of(Reach reach, Integer durationMinutes) {
            return reach.chosenClinics() ? new Where(reach.clinicIds(), null, null, durationMinutes)
                    : reach.nearHome() ? new Where(null, reach.home(), reach.radiusKm(), durationMinutes)
                    : new Where(null, null, null, durationMinutes);
        }

        public Where widened(int radiusKm) {
            return new Where(clinicIds, near, radiusKm, durationMinutes);
        }
    }

    /**
     * One page of the open slots starting between two instants (page 0 first), nearest first when asked near a place.
     * A length the type is not offered in (booking answers 422) has no slots; other refusals are not retried.
     */
    @Timeout(3000)
    @Retry(maxRetries = 2, delay = 200, abortOn = jakarta.ws.rs.WebApplicationException.class)
    @CircuitBreaker(requestVolumeThreshold = 4, failureRatio = 0.75, delay = 10_000, successThreshold = 1)
    public BookingClient.SlotPage page(String sessionType, OffsetDateTime from, OffsetDateTime to, Where where, int page) {
        BookingClient.SlotPage found;
        try {
            found = booking.search(sessionType, utc(from), utc(to), where.durationMinutes(),
                    where.near() == null ? null : where.near().latitude() + "," + where.near().longitude(), where.radiusKm(),
                    where.clinicIds() == null ? null : String.join(",", where.clinicIds().stream().map(UUID::toString).toList()),
                    page, PAGE_SIZE);
        } catch (jakarta.ws.rs.WebApplicationException refused) {
            if (where.durationMinutes() != null && refused.getResponse() != null && refused.getResponse().getStatus() == 422) {
                return new BookingClient.SlotPage(List.of(), page, PAGE_SIZE, 0); // the type is not offered in this length
            }
            throw refused;
        }
        return found.items() == null ? new BookingClient.SlotPage(List.of(), page, PAGE_SIZE, 0) : found;
    }

    /** With Z rather than +hh:mm, which a query string would turn into a space. */
    private static String utc(OffsetDateTime time) {
        return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
    }
}
