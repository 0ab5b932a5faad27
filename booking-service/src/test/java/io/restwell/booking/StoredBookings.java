package io.restwell.booking;

import java.time.OffsetDateTime;
import java.util.UUID;
import java.util.function.Consumer;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.repository.BookingRepository;
import io.restwell.booking.repository.SessionTypeRepository;

/**
 * Bookings written straight to the database, bypassing the API's schedule and notice checks: for
 * states the API cannot reach at once (a past start, any status). A 60-minute Swedish massage.
 */
public final class StoredBookings {

    private StoredBookings() {
    }

    public static UUID insert(String userId, Practice practice, OffsetDateTime start, BookingStatus status) {
        return insert(userId, practice, start, status, booking -> {
        });
    }

    /** @param more sets anything else (notes, cancellation) before the booking is stored */
    public static UUID insert(String userId, Practice practice, OffsetDateTime start, BookingStatus status,
            Consumer<Booking> more) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Booking booking = new Booking();
            booking.id = UUID.randomUUID();
            booking.userId = userId;
            booking.clinicId = practice.clinic();
            booking.therapistId = practice.therapist();
            booking.sessionType = Arc.container().instance(SessionTypeRepository.class).get().byCode("SWEDISH");
            booking.durationMinutes = 60;
            booking.priceCents = 7000;
            booking.currency = "EUR";
            booking.startAt = start;
            booking.endAt = start.plusMinutes(60);
            booking.blockedUntil = booking.endAt.plusMinutes(10);
            booking.timeZone = practice.zone().getId();
            booking.localDate = start.atZoneSameInstant(practice.zone()).toLocalDate();
            booking.status = status;
            booking.createdAt = OffsetDateTime.now();
            booking.updatedAt = booking.createdAt;
            more.accept(booking);
            BookingRepository bookings = Arc.container().instance(BookingRepository.class).get();
            bookings.persist(booking);
            bookings.flush();
            return booking.id;
        });
    }
}
