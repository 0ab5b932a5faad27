package io.restwell.booking.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.restwell.booking.Booking;
import io.restwell.booking.SessionType;
import io.restwell.booking.Therapist;
import io.restwell.booking.domain.BookingException;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.domain.RequestFingerprint;
import io.restwell.booking.domain.TimeBound;
import io.restwell.booking.repository.BookingRepository;
import io.restwell.booking.repository.IdempotencyKeyRepository;
import io.restwell.events.EventTypes;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;

/**
 * A person's bookings: book (idempotent by key), read, cancel, reschedule. Each change is one
 * transaction; the rules of each change are the {@link Booking}'s methods.
 */
@ApplicationScoped
public class BookingService {

    private final BookingRepository bookings;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final TherapistTime time;
    private final BookingEvents events;
    private final PersonLimits limits;
    private final Clock clock;

    BookingService(BookingRepository bookings, IdempotencyKeyRepository idempotencyKeys, TherapistTime time,
            BookingEvents events, PersonLimits limits, Clock clock) {
        this.bookings = bookings;
        this.idempotencyKeys = idempotencyKeys;
        this.time = time;
        this.events = events;
        this.limits = limits;
        this.clock = clock;
    }

    @Transactional
    public Created create(String userId, String idempotencyKey, BookingCommands.Book request) {
        String fingerprint = RequestFingerprint.of(request.therapistId(), request.sessionType(),
                request.start().toInstant(), request.durationMinutes(), request.notes());
        UUID id = UUID.randomUUID();
        // The key row first: a concurrent request with the same key waits here until this one ends.
        Optional<IdempotencyKeyRepository.Earlier> earlier = idempotencyKeys.claim(userId, idempotencyKey, fingerprint, id);
        if (earlier.isPresent()) {
            if (!fingerprint.equals(earlier.get().requestHash())) {
                throw BookingException.brokenRule("Idempotency-Key",
                        "was already used for a different booking request; use a new key for a new request");
            }
            return new Created(bookings.findById(earlier.get().bookingId()), true);
        }

        SessionType type = time.onOffer(request.sessionType());
        Therapist therapist = time.bookable(request.therapistId(), type, "therapistId");
        int minutes = AvailabilityService.lengthOf(type, request.durationMinutes(), "durationMinutes");
        Instant start = request.start().toInstant();
        time.checkSlot(therapist, type, minutes, start, "start", userId);

        OffsetDateTime now = now();
        Booking booking = bookings.findOwnHold(userId, therapist.id, type.id, start.atZone(therapist.clinic.zone())
                .toOffsetDateTime(), minutes);
        boolean fromHold = booking != null;
        // the caller's hold on this slot is already counted: it becomes this booking, so it does not count against it
        limits.checkNew(userId, fromHold ? booking.id : id, therapist.clinic.id, start.atZone(therapist.clinic.zone()).toLocalDate());
        if (fromHold) {
            // the caller's own hold on exactly this slot becomes the booking: same row, same time, no race
            idempotencyKeys.rebind(userId, idempotencyKey, booking.id);
        } else {
            time.freeExpiredHolds(therapist, minutes, start);
            booking = Booking.newBooking(userId, type, now);
            booking.id = id;
            TherapistTime.place(booking, therapist, type, minutes, start);
        }
        booking.confirm(blankToNull(request.notes()), now);
        if (!fromHold) {
            bookings.persist(booking); // Hibernate takes the row's values now, so only once they are all set
        }
        time.flushOrConflict();
        events.publish(EventTypes.BOOKING_CREATED, booking);
        return new Created(booking, false);
    }

    public Booking get(String userId, UUID id) {
        Booking booking = bookings.findOwned(id, userId);
        if (booking == null) {
            throw notFound(id);
        }
        return booking;
    }

    public Page<Booking> list(String userId, TimeBound from, TimeBound to, BookingStatus status, int page, int size) {
        return Pages.window(bookings.ofUser(userId, from, to, status, 0, size), Paging.firstIndex(page, size), size);
    }

    @Transactional
    public Booking cancel(String userId, UUID id, IfMatch ifMatch, String reason) {
        Booking booking = owned(userId, id, ifMatch);
        booking.cancelByCustomer(time.policy(), reason, now());
        bookings.flush();
        events.publish(EventTypes.BOOKING_CANCELLED, booking);
        return booking;
    }

    @Transactional
    public Booking reschedule(String userId, UUID id, IfMatch ifMatch, BookingCommands.Reschedule request) {
        Booking booking = owned(userId, id, ifMatch);
        booking.checkReschedulable(time.policy(), clock.instant());
        UUID therapistId = request.therapistId() != null ? request.therapistId() : booking.therapistId;
        int minutes = request.durationMinutes() != null ? request.durationMinutes() : booking.durationMinutes;
        Instant start = request.start().toInstant();
        if (therapistId.equals(booking.therapistId) && minutes == booking.durationMinutes
                && start.equals(booking.startAt.toInstant())) {
            return booking; // already there: nothing to change
        }
        SessionType type = booking.sessionType;
        Therapist therapist = time.bookable(therapistId, type, "therapistId");
        time.policy().checkRescheduleTarget(booking.clinicId, therapist.clinic.id);
        AvailabilityService.lengthOf(type, minutes, "durationMinutes");
        time.checkSlot(therapist, type, minutes, start, "start", userId);
        LocalDate day = start.atZone(therapist.clinic.zone()).toLocalDate();
        if (!day.equals(booking.localDate)) {
            limits.checkMove(userId, booking.id, booking.clinicId, day); // moving must not stack a day past its limit
        }
        OffsetDateTime previousStart = booking.startAt;
        OffsetDateTime previousEnd = booking.endAt;
        UUID previousTherapist = booking.therapistId;
        time.freeExpiredHolds(therapist, minutes, start); // before the booking changes: this statement flushes the session
        // One UPDATE moves the booking: the old time is free and the new one taken in the same statement,
        // and the exclusion constraint checks the new time against every other booking.
        TherapistTime.place(booking, therapist, type, minutes, start);
        booking.updatedAt = now();
        time.flushOrConflict();
        events.publish(EventTypes.BOOKING_RESCHEDULED, booking, previousStart, previousEnd, previousTherapist);
        return booking;
    }

    private Booking owned(String userId, UUID id, IfMatch ifMatch) {
        Booking booking = bookings.findOwnedForUpdate(id, userId);
        if (booking == null) {
            throw notFound(id);
        }
        IfMatch.check(ifMatch, booking);
        return booking;
    }

    private static BookingException notFound(UUID id) {
        return BookingException.notFound("No booking " + id + " for you.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
