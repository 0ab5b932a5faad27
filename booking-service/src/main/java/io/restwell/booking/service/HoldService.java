package io.restwell.booking.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.restwell.booking.Booking;
import io.restwell.booking.SessionType;
import io.restwell.booking.Therapist;
import io.restwell.booking.config.BookingConfig;
import io.restwell.booking.domain.BookingException;
import io.restwell.booking.repository.BookingRepository;

/** Holds: a person keeps a slot for a few minutes while they decide; booking the same slot turns the hold into the booking. */
@ApplicationScoped
public class HoldService {

    private final BookingRepository bookings;
    private final TherapistTime time;
    private final PersonLimits limits;
    private final BookingConfig config;
    private final Clock clock;

    HoldService(BookingRepository bookings, TherapistTime time, PersonLimits limits, BookingConfig config, Clock clock) {
        this.bookings = bookings;
        this.time = time;
        this.limits = limits;
        this.config = config;
        this.clock = clock;
    }

    /**
     * Holds a slot for the caller for {@code restwell.booking.holds.duration}. Holding the same slot
     * again while the hold lives returns that hold (a retry is harmless).
     */
    @Transactional
    public Created hold(String userId, UUID therapistId, String sessionType, OffsetDateTime requestedStart,
            Integer durationMinutes) {
        SessionType type = time.onOffer(sessionType);
        Therapist therapist = time.bookable(therapistId, type, "therapistId");
        int minutes = AvailabilityService.lengthOf(type, durationMinutes, "durationMinutes");
        Instant start = requestedStart.toInstant();
        time.checkSlot(therapist, type, minutes, start, "start", userId);
        OffsetDateTime now = OffsetDateTime.now(clock);
        Booking mine = bookings.findOwnHold(userId, therapist.id, type.id, start.atZone(therapist.clinic.zone())
                .toOffsetDateTime(), minutes);
        if (mine != null && mine.expiresAt.isAfter(now)) {
            return new Created(mine, true);
        }
        Booking hold = Booking.hold(userId, type, now.plus(config.holds().duration()), now);
        // takes the person's lock, so the live-hold count below is race-safe too
        limits.checkNew(userId, hold.id, therapist.clinic.id, start.atZone(therapist.clinic.zone()).toLocalDate());
        int most = config.holds().maxPerPerson();
        if (bookings.liveHoldsOf(userId, now.toInstant()) >= most) {
            throw BookingException.conflict("You hold " + most + " slots already: book or release one first.");
        }
        time.freeExpiredHolds(therapist, minutes, start);
        TherapistTime.place(hold, therapist, type, minutes, start);
        bookings.persist(hold);
        time.flushOrConflict();
        return new Created(hold, false);
    }

    public Booking get(String userId, UUID id) {
        Booking hold = bookings.findHold(id, userId, false);
        if (hold == null) {
            throw notFound(id);
        }
        return hold;
    }

    /** Gives the slot back at once; releasing a hold that is gone already changes nothing. */
    @Transactional
    public void release(String userId, UUID id) {
        Booking hold = bookings.findHold(id, userId, true);
        if (hold == null) {
            throw notFound(id);
        }
        hold.release(OffsetDateTime.now(clock));
    }

    private static BookingException notFound(UUID id) {
        return BookingException.notFound("No hold " + id + " for you.");
    }
}
