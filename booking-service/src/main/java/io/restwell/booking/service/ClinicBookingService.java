package io.restwell.booking.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import io.restwell.booking.Booking;
import io.restwell.booking.SessionType;
import io.restwell.booking.Therapist;
import io.restwell.booking.domain.RequestFingerprint;
import io.restwell.booking.repository.IdempotencyKeyRepository;
import io.restwell.booking.domain.BookingException;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.domain.TimeBound;
import io.restwell.booking.repository.BookingRepository;
import io.restwell.events.EventTypes;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;

/**
 * A clinic's side of its bookings (partner API and admins): book at the front desk, read them, cancel one,
 * mark what happened, erase a front-desk client's details.
 */
@ApplicationScoped
public class ClinicBookingService {

    /** Front-desk clients have no Restwell account: each booking's events are keyed by a stand-in of this prefix. */
    static final String FRONT_DESK_CLIENT = "front-desk-";
    /** Owner of a clinic's idempotency keys in {@code idempotency_key} (people's are their user ids). */
    static final String FRONT_DESK_KEY_OWNER = "clinic:";

    private final BookingRepository bookings;
    private final IdempotencyKeyRepository idempotencyKeys;
    private final TherapistTime time;
    private final BookingEvents events;
    private final Clock clock;

    ClinicBookingService(BookingRepository bookings, IdempotencyKeyRepository idempotencyKeys, TherapistTime time,
            BookingEvents events, Clock clock) {
        this.bookings = bookings;
        this.idempotencyKeys = idempotencyKeys;
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

    /**
     * The clinic books one of its therapists' open slots for a client of its own (by phone, at the desk),
     * who may have no Restwell account: the same checks and the same exclusion constraint as a person's
     * booking, so a race with the app has one winner; the same event and webhooks. Idempotent by key,
     * per clinic. The client's name and contact stay on the booking, shown only to this clinic.
     */
    @Transactional
    public Created bookAtFrontDesk(UUID clinicId, String idempotencyKey, BookingCommands.FrontDeskBook request) {
        String fingerprint = RequestFingerprint.of(request.therapistId(), request.sessionType(), request.start().toInstant(),
                request.durationMinutes(), request.notes(), request.clientName(), request.clientEmail(), request.clientPhone());
        UUID id = UUID.randomUUID();
        String keyOwner = FRONT_DESK_KEY_OWNER + clinicId;
        Optional<IdempotencyKeyRepository.Earlier> earlier = idempotencyKeys.claim(keyOwner, idempotencyKey, fingerprint, id);
        if (earlier.isPresent()) {
            if (!fingerprint.equals(earlier.get().requestHash())) {
                throw BookingException.brokenRule("Idempotency-Key",
                        "was already used for a different booking request; use a new key for a new request");
            }
            return new Created(bookings.findById(earlier.get().bookingId()), true);
        }
        SessionType type = time.onOffer(request.sessionType());
        Therapist therapist = time.bookableAt(clinicId, request.therapistId(), type, "therapistId");
        int minutes = AvailabilityService.lengthOf(type, request.durationMinutes(), "durationMinutes");
        Instant start = request.start().toInstant();
        time.checkSlot(therapist, type, minutes, start, "start", null);
        time.freeExpiredHolds(therapist, minutes, start);
        OffsetDateTime now = OffsetDateTime.now(clock);
        // the client has no Restwell account: a stand-in of its own keys the booking's events
        Booking booking = Booking.newBooking(FRONT_DESK_CLIENT + UUID.randomUUID(), type, now);
        booking.id = id;
        TherapistTime.place(booking, therapist, type, minutes, start);
        booking.confirm(blankToNull(request.notes()), now);
        booking.takenAtFrontDesk(request.clientName().strip(), blankToNull(request.clientEmail()), blankToNull(request.clientPhone()));
        bookings.persist(booking);
        time.flushOrConflict();
        events.publish(EventTypes.BOOKING_CREATED, booking);
        return new Created(booking, false);
    }

    /**
     * Forgets a front-desk client's name, contact and notes (the client asked the clinic to erase them);
     * the booking keeps its time, so the slot stays taken.
     */
    @Transactional
    public Booking eraseClient(UUID clinicId, UUID id) {
        Booking booking = forUpdate(clinicId, id, null);
        if (!booking.atFrontDesk()) {
            throw BookingException.conflict("Booking " + id + " was made in the app: its person erases their own data.");
        }
        booking.forgetClient(OffsetDateTime.now(clock));
        bookings.flush();
        return booking;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
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
