package io.restwell.booking.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.restwell.booking.Booking;
import io.restwell.booking.domain.BookingException;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.domain.TimeBound;
import io.restwell.booking.repository.BookingRepository;
import io.restwell.events.EventTypes;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;

/** A clinic's side of its bookings (partner API and admins): read them, cancel one, mark what happened. */
@ApplicationScoped
public class ClinicBookingService {

    private final BookingRepository bookings;
    private final TherapistTime time;
    private final BookingEvents events;
    private final Clock clock;

    ClinicBookingService(BookingRepository bookings, TherapistTime time, BookingEvents events, Clock clock) {
        this.bookings = bookings;
        this.time = time;
        this.events = events;
        this.clock = clock;
    }

    public Page<Booking> list(UUID clinicId, TimeBound from, TimeBound to, BookingStatus status, int page, int size) {
        return Pages.window(bookings.ofClinic(clinicId, from, to, status, 0, size), Paging.firstIndex(page, size), size);
    }

    public Booking get(UUID clinicId, UUID id) {
        Booking booking = bookings.findInClinic(id, clinicId);
        if (booking == null) {
            throw notFound(id);
        }
        return booking;
    }

    /** The clinic's bookings, {@code max} from the {@code first} match (0-based); {@code statuses} null means any. */
    public Page<Booking> listForPartner(UUID clinicId, TimeBound from, TimeBound to, Collection<BookingStatus> statuses,
            Instant changedSince, int first, int max) {
        return Pages.window(bookings.ofClinicForPartner(clinicId, from, to, statuses, changedSince, 0, max), first, max);
    }

    /**
     * The clinic cancels (a therapist is ill, the room flooded): always free for the person, who is told
     * through the {@code cancelled} event, which carries the reason.
     */
    @Transactional
    public Booking cancel(UUID clinicId, UUID id, IfMatch ifMatch, String reason) {
        Booking booking = forUpdate(clinicId, id, ifMatch);
        booking.cancelByClinic(time.policy(), reason, OffsetDateTime.now(clock));
        bookings.flush();
        events.publish(EventTypes.BOOKING_CANCELLED, booking);
        return booking;
    }

    @Transactional
    public Booking changeStatus(UUID clinicId, UUID id, IfMatch ifMatch, BookingStatus target) {
        if (target != BookingStatus.ARRIVED && target != BookingStatus.COMPLETED && target != BookingStatus.NO_SHOW) {
            throw BookingException.brokenRule("status", "a clinic sets ARRIVED, COMPLETED or NO_SHOW");
        }
        Booking booking = forUpdate(clinicId, id, ifMatch);
        booking.markAtClinic(time.policy(), target, OffsetDateTime.now(clock));
        bookings.flush();
        switch (target) {
            case COMPLETED -> events.publish(EventTypes.BOOKING_COMPLETED, booking);
            case NO_SHOW -> events.publish(EventTypes.BOOKING_NO_SHOW, booking);
            default -> {
                // ARRIVED has no event type in the contract (io.restwell.events.EventTypes)
            }
        }
        return booking;
    }

    private Booking forUpdate(UUID clinicId, UUID id, IfMatch ifMatch) {
        Booking booking = bookings.findInClinicForUpdate(id, clinicId);
        if (booking == null) {
            throw notFound(id);
        }
        IfMatch.check(ifMatch, booking);
        return booking;
    }

    private static BookingException notFound(UUID id) {
        return BookingException.notFound("No booking " + id + " at this clinic.");
    }
}
