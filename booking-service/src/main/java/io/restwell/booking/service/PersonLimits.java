package io.restwell.booking.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.restwell.booking.config.BookingConfig;
import io.restwell.booking.domain.BookingLimits;
import io.restwell.booking.repository.BookingRepository;

/**
 * Applies domain/BookingLimits to a person in the caller's transaction: takes the person's lock first
 * (held until the transaction ends), so the counts it reads cannot change under it until the new or moved
 * booking is written and committed.
 */
@ApplicationScoped
class PersonLimits {

    private final BookingRepository bookings;
    private final BookingConfig config;
    private final Clock clock;

    PersonLimits(BookingRepository bookings, BookingConfig config, Clock clock) {
        this.bookings = bookings;
        this.config = config;
        this.clock = clock;
    }

    /** A new booking or hold (or the person's hold {@code self} becoming a booking) at a clinic on its local day. */
    @Transactional(Transactional.TxType.MANDATORY)
    void checkNew(String userId, UUID self, UUID clinicId, LocalDate localDate) {
        bookings.lockPerson(userId);
        Instant now = clock.instant();
        limits().checkNew(bookings.openOf(userId, now, self, null, null),
                bookings.openOf(userId, now, self, clinicId, localDate));
    }

    /** The person's booking {@code self} moving to another clinic-local day at its clinic. */
    @Transactional(Transactional.TxType.MANDATORY)
    void checkMove(String userId, UUID self, UUID clinicId, LocalDate localDate) {
        bookings.lockPerson(userId);
        limits().checkMove(bookings.openOf(userId, clock.instant(), self, clinicId, localDate));
    }

    private BookingLimits limits() {
        return new BookingLimits(config.limits().maxOpen(), config.limits().maxPerClinicDay());
    }
}
