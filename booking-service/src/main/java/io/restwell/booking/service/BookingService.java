package io.restwell.booking.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;

import io.restwell.booking.domain.BookingException;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.booking.Booking;
import io.restwell.booking.SessionType;
import io.restwell.booking.SessionTypeDuration;
import io.restwell.booking.Therapist;
import io.restwell.booking.config.BookingConfig;
import io.restwell.booking.domain.BookingPolicy;
import io.restwell.booking.domain.BookingRuleViolation;
import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.domain.RequestFingerprint;
import io.restwell.booking.domain.SlotCalculator;
import io.restwell.booking.domain.SlotCalculator.SlotShape;
import io.restwell.booking.domain.TimeBound;
import io.restwell.booking.domain.WorkSchedule;
import io.restwell.booking.mapping.EventMapper;
import io.restwell.booking.mapping.ScheduleMapper;
import io.restwell.platform.outbox.Outbox;
import io.restwell.booking.repository.BookingRepository;
import io.restwell.booking.repository.ScheduleExceptionRepository;
import io.restwell.booking.repository.SessionTypeRepository;
import io.restwell.booking.repository.TherapistRepository;
import io.restwell.booking.webhook.WebhookOutbox;
import io.restwell.events.EventTypes;
import io.restwell.events.booking.BookingEvent;

/**
 * Bookings: each change is one transaction. PostgreSQL's exclusion constraint, not this code,
 * decides who gets a contested slot; the checks here only give early, clear answers.
 */
@ApplicationScoped
public class BookingService {

    /** A created booking, or the one an earlier request with the same Idempotency-Key created. */
    public record Created(Booking booking, boolean replayed) {
    }

    /** The entity tags an {@code If-Match} header accepts: null means no header, {@code any} means "*". */
    public record IfMatch(boolean any, List<Long> versions) {
        boolean accepts(long version) {
            return any || versions.contains(version);
        }
    }

    @Inject
    BookingRepository bookings;

    @Inject
    TherapistRepository therapists;

    @Inject
    SessionTypeRepository sessionTypes;

    @Inject
    ScheduleExceptionRepository exceptions;

    @Inject
    BookingConfig config;

    @Inject
    Outbox outbox;

    @Inject
    WebhookOutbox webhooks;

    @Inject
    Clock clock;

    @Transactional
    public Created create(String userId, String idempotencyKey, BookingCommands.Book request) {
        String fingerprint = RequestFingerprint.of(request.therapistId(), request.sessionType(),
                request.start().toInstant(), request.durationMinutes(), request.notes());
        UUID id = UUID.randomUUID();
        // The key row first: a concurrent request with the same key waits here until this one ends.
        int claimed = bookings.getEntityManager().createNativeQuery(
                "insert into idempotency_key (user_id, idempotency_key, request_hash, booking_id, created_at)"
                        + " values (:user, :key, :hash, :booking, now()) on conflict do nothing")
                .setParameter("user", userId).setParameter("key", idempotencyKey)
                .setParameter("hash", fingerprint).setParameter("booking", id)
                .executeUpdate();
        if (claimed == 0) {
            Object[] earlier = (Object[]) bookings.getEntityManager().createNativeQuery(
                    "select request_hash, booking_id from idempotency_key where user_id = :user and idempotency_key = :key")
                    .setParameter("user", userId).setParameter("key", idempotencyKey)
                    .getSingleResult();
            if (!fingerprint.equals(((String) earlier[0]).trim())) {
                throw BookingException.brokenRule("Idempotency-Key",
                        "was already used for a different booking request; use a new key for a new request");
            }
            return new Created(bookings.findById((UUID) earlier[1]), true);
        }

        SessionType type = sessionTypes.byCode(request.sessionType());
        if (type == null || !type.active) {
            throw BookingException.brokenRule("sessionType", "is not a session type on offer");
        }
        Therapist therapist = bookableTherapist(request.therapistId(), type, "therapistId");
        int minutes = AvailabilityService.lengthOf(type, request.durationMinutes(), "durationMinutes");
        Instant start = request.start().toInstant();
        checkSlot(therapist, minutes, start, "start");

        Booking booking = bookings.findOwnHold(userId, therapist.id, type.id, start.atZone(therapist.clinic.zone())
                .toOffsetDateTime(), minutes);
        boolean fromHold = booking != null;
        if (fromHold) {
            // the caller's own hold on exactly this slot becomes the booking: same row, same time, no race
            bookings.getEntityManager().createNativeQuery(
                    "update idempotency_key set booking_id = :booking where user_id = :user and idempotency_key = :key")
                    .setParameter("booking", booking.id).setParameter("user", userId).setParameter("key", idempotencyKey)
                    .executeUpdate();
            booking.expiresAt = null;
        } else {
            freeExpiredHolds(therapist, minutes, start);
            booking = new Booking();
            booking.id = id;
            booking.userId = userId;
            booking.sessionType = type;
            place(booking, therapist, type, minutes, start);
        }
        booking.status = BookingStatus.BOOKED;
        booking.notes = blankToNull(request.notes());
        booking.createdAt = now();
        booking.updatedAt = booking.createdAt;
        if (!fromHold) {
            bookings.persist(booking); // Hibernate takes the row's values now, so only once they are all set
        }
        flushOrConflict();
        publish(EventTypes.BOOKING_CREATED, booking, null, null, null);
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
        return Pages.window(bookings.ofUser(userId, from, to, status, 0, size), page * size, size);
    }

    public Page<Booking> listOfClinic(UUID clinicId, TimeBound from, TimeBound to, BookingStatus status, int page, int size) {
        return Pages.window(bookings.ofClinic(clinicId, from, to, status, 0, size), page * size, size);
    }

    @Transactional
    public Booking cancel(String userId, UUID id, IfMatch ifMatch, String reason) {
        Booking booking = owned(userId, id, ifMatch);
        OffsetDateTime now = now();
        booking.status = rule(() -> policy().cancel(booking.status, booking.startAt.toInstant(), now.toInstant()));
        booking.cancellationReason = blankToNull(reason);
        booking.cancelledAt = now;
        booking.cancelledBy = "CUSTOMER";
        booking.updatedAt = now;
        bookings.flush();
        publish(EventTypes.BOOKING_CANCELLED, booking, null, null, null);
        return booking;
    }

    // --- the clinic side (partner API)

    public Booking getAtClinic(UUID clinicId, UUID id) {
        Booking booking = bookings.findInClinic(id, clinicId);
        if (booking == null) {
            throw notFoundAtClinic(id);
        }
        return booking;
    }

    /** A clinic's bookings; {@code statuses} null means any. */
    /** The clinic's bookings, {@code max} from the {@code first} match (0-based). */
    public Page<Booking> listForPartner(UUID clinicId, TimeBound from, TimeBound to,
            java.util.Collection<BookingStatus> statuses, Instant changedSince, int first, int max) {
        return Pages.window(bookings.ofClinicForPartner(clinicId, from, to, statuses, changedSince, 0, max), first, max);
    }

    /**
     * The clinic cancels (a therapist is ill, the room flooded): always free for the person, who is told
     * through the {@code cancelled} event, which carries the reason.
     */
    @Transactional
    public Booking cancelByClinic(UUID clinicId, UUID id, IfMatch ifMatch, String reason) {
        Booking booking = bookings.findInClinicForUpdate(id, clinicId);
        if (booking == null) {
            throw notFoundAtClinic(id);
        }
        checkIfMatch(booking, ifMatch);
        OffsetDateTime now = now();
        booking.status = rule(() -> policy().clinicCancel(booking.status, booking.startAt.toInstant(), now.toInstant()));
        booking.cancellationReason = reason.strip();
        booking.cancelledAt = now;
        booking.cancelledBy = "CLINIC";
        booking.updatedAt = now;
        bookings.flush();
        publish(EventTypes.BOOKING_CANCELLED, booking, null, null, null);
        return booking;
    }

    @Transactional
    public Booking reschedule(String userId, UUID id, IfMatch ifMatch, BookingCommands.Reschedule request) {
        Booking booking = owned(userId, id, ifMatch);
        rule(() -> {
            policy().checkReschedule(booking.status, booking.startAt.toInstant(), clock.instant());
            return null;
        });
        UUID therapistId = request.therapistId() != null ? request.therapistId() : booking.therapistId;
        int minutes = request.durationMinutes() != null ? request.durationMinutes() : booking.durationMinutes;
        Instant start = request.start().toInstant();
        if (therapistId.equals(booking.therapistId) && minutes == booking.durationMinutes
                && start.equals(booking.startAt.toInstant())) {
            return booking; // already there: nothing to change
        }
        SessionType type = booking.sessionType;
        Therapist therapist = bookableTherapist(therapistId, type, "therapistId");
        AvailabilityService.lengthOf(type, minutes, "durationMinutes");
        checkSlot(therapist, minutes, start, "start");
        OffsetDateTime previousStart = booking.startAt;
        OffsetDateTime previousEnd = booking.endAt;
        UUID previousTherapist = booking.therapistId;
        freeExpiredHolds(therapist, minutes, start); // before the booking changes: this statement flushes the session
        // One UPDATE moves the booking: the old time is free and the new one taken in the same statement,
        // and the exclusion constraint checks the new time against every other booking.
        place(booking, therapist, type, minutes, start);
        booking.updatedAt = now();
        flushOrConflict();
        publish(EventTypes.BOOKING_RESCHEDULED, booking, previousStart, previousEnd, previousTherapist);
        return booking;
    }

    @Transactional
    public Booking changeStatusAtClinic(UUID clinicId, UUID id, IfMatch ifMatch, BookingStatus target) {
        if (target != BookingStatus.ARRIVED && target != BookingStatus.COMPLETED && target != BookingStatus.NO_SHOW) {
            throw BookingException.brokenRule("status", "a clinic sets ARRIVED, COMPLETED or NO_SHOW");
        }
        Booking booking = bookings.findInClinicForUpdate(id, clinicId);
        if (booking == null) {
            throw notFoundAtClinic(id);
        }
        checkIfMatch(booking, ifMatch);
        booking.status = rule(() -> policy().clinicChange(booking.status, target, booking.startAt.toInstant(), clock.instant()));
        booking.updatedAt = now();
        bookings.flush();
        switch (target) {
            case COMPLETED -> publish(EventTypes.BOOKING_COMPLETED, booking, null, null, null);
            case NO_SHOW -> publish(EventTypes.BOOKING_NO_SHOW, booking, null, null, null);
            default -> {
                // ARRIVED has no event type in the contract (io.restwell.events.EventTypes)
            }
        }
        return booking;
    }

    // --- holds

    /**
     * Holds a slot for the caller for {@code restwell.booking.holds.duration}. Holding the same slot
     * again while the hold lives returns that hold (a retry is harmless).
     */
    @Transactional
    public Created hold(String userId, UUID therapistId, String sessionType, OffsetDateTime requestedStart,
            Integer durationMinutes) {
        SessionType type = sessionTypes.byCode(sessionType);
        if (type == null || !type.active) {
            throw BookingException.brokenRule("sessionType", "is not a session type on offer");
        }
        Therapist therapist = bookableTherapist(therapistId, type, "therapistId");
        int minutes = AvailabilityService.lengthOf(type, durationMinutes, "durationMinutes");
        Instant start = requestedStart.toInstant();
        checkSlot(therapist, minutes, start, "start");
        OffsetDateTime now = now();
        Booking mine = bookings.findOwnHold(userId, therapist.id, type.id, start.atZone(therapist.clinic.zone())
                .toOffsetDateTime(), minutes);
        if (mine != null && mine.expiresAt.isAfter(now)) {
            return new Created(mine, true);
        }
        int most = config.holds().maxPerPerson();
        if (bookings.liveHoldsOf(userId, now.toInstant()) >= most) {
            throw BookingException.conflict("You hold " + most + " slots already: book or release one first.");
        }
        freeExpiredHolds(therapist, minutes, start);
        Booking hold = new Booking();
        hold.id = UUID.randomUUID();
        hold.userId = userId;
        hold.sessionType = type;
        hold.status = BookingStatus.HELD;
        hold.expiresAt = now.plus(config.holds().duration());
        hold.createdAt = now;
        hold.updatedAt = now;
        place(hold, therapist, type, minutes, start);
        bookings.persist(hold);
        flushOrConflict();
        return new Created(hold, false);
    }

    public Booking getHold(String userId, UUID id) {
        Booking hold = bookings.findHold(id, userId, false);
        if (hold == null) {
            throw BookingException.notFound("No hold " + id + " for you.");
        }
        return hold;
    }

    /** Gives the slot back at once; releasing a hold that is gone already changes nothing. */
    @Transactional
    public void releaseHold(String userId, UUID id) {
        Booking hold = bookings.findHold(id, userId, true);
        if (hold == null) {
            throw BookingException.notFound("No hold " + id + " for you.");
        }
        if (hold.status == BookingStatus.HELD) {
            OffsetDateTime now = now();
            hold.status = BookingStatus.EXPIRED;
            hold.expiresAt = hold.expiresAt.isBefore(now) ? hold.expiresAt : now;
            hold.updatedAt = now;
        }
    }

    /** Expired holds in the way of [start, end + buffer) give up their time to this transaction. */
    private void freeExpiredHolds(Therapist therapist, int minutes, Instant start) {
        bookings.expireStaleHolds(therapist.id, start,
                start.plus(Duration.ofMinutes(minutes + (long) therapist.bufferMinutes)));
    }

    // --- helpers

    /**
     * The event joins this transaction: it is published exactly when the change commits, and the clinic's
     * webhook deliveries of it are queued with it (sent later, by webhook/WebhookDispatcher).
     */
    private void publish(String type, Booking booking, OffsetDateTime previousStart, OffsetDateTime previousEnd,
            UUID previousTherapist) {
        BookingEvent event = EventMapper.toEvent(booking, previousStart, previousEnd, previousTherapist, booking.updatedAt);
        UUID eventId = outbox.append(type, booking.userId, booking.id.toString(), event);
        webhooks.enqueue(eventId, type, booking.clinicId, booking.id, event, booking.updatedAt);
    }

    private Booking owned(String userId, UUID id, IfMatch ifMatch) {
        Booking booking = bookings.findOwnedForUpdate(id, userId);
        if (booking == null) {
            throw notFound(id);
        }
        checkIfMatch(booking, ifMatch);
        return booking;
    }

    private static void checkIfMatch(Booking booking, IfMatch ifMatch) {
        if (ifMatch != null && !ifMatch.accepts(booking.version)) {
            throw BookingException.staleVersion("The booking has changed since you read it (its ETag is now \""
                    + booking.version + "\"); read it again and retry.");
        }
    }

    private Therapist bookableTherapist(UUID therapistId, SessionType type, String field) {
        Therapist therapist = therapists.find("from Therapist t join fetch t.clinic where t.id = ?1", therapistId).firstResult();
        if (therapist == null || !therapist.active || !therapist.clinic.active) {
            throw BookingException.brokenRule(field, "is not a bookable therapist");
        }
        if (therapist.qualifications.stream().noneMatch(qualified -> qualified.id.equals(type.id))) {
            throw BookingException.brokenRule("sessionType", "this therapist does not give " + type.code);
        }
        return therapist;
    }

    /** The start must be a slot the schedule offers (on the grid, inside working time) and far enough ahead. */
    private void checkSlot(Therapist therapist, int minutes, Instant start, String field) {
        Duration notice = config.availability().minNotice();
        if (start.isBefore(clock.instant().plus(notice))) {
            throw BookingException.brokenRule(field, "must be at least " + notice.toMinutes() + " minutes from now");
        }
        ZoneId zone = therapist.clinic.zone();
        LocalDate date = start.atZone(zone).toLocalDate();
        WorkSchedule schedule = new WorkSchedule(zone, ScheduleMapper.toDomain(therapist.weeklyHours),
                exceptions.between(List.of(therapist.id), date.minusDays(1), date.plusDays(1)).stream()
                        .map(ScheduleMapper::toDomain).toList());
        SlotShape shape = new SlotShape(Duration.ofMinutes(minutes),
                Duration.ofMinutes(config.availability().slotStepMinutes()), Duration.ofMinutes(therapist.bufferMinutes));
        if (!SlotCalculator.fitsSchedule(schedule, shape, start)) {
            throw BookingException.brokenRule(field, "is not a slot of this therapist's schedule; "
                    + "pick a start from GET /api/v1/availability");
        }
    }

    private static void place(Booking booking, Therapist therapist, SessionType type, int minutes, Instant start) {
        SessionTypeDuration duration = type.durations.stream().filter(offered -> offered.minutes == minutes)
                .findFirst().orElseThrow();
        ZoneId zone = therapist.clinic.zone();
        booking.therapistId = therapist.id;
        booking.clinicId = therapist.clinic.id;
        booking.durationMinutes = minutes;
        booking.priceCents = duration.priceCents;
        booking.currency = duration.currency;
        booking.timeZone = therapist.clinic.timeZone;
        booking.startAt = start.atZone(zone).toOffsetDateTime();
        booking.endAt = booking.startAt.plusMinutes(minutes);
        booking.blockedUntil = booking.endAt.plusMinutes(therapist.bufferMinutes);
        booking.localDate = start.atZone(zone).toLocalDate();
    }

    /** Writes now, so a lost race surfaces here as a clear 409 rather than at commit. */
    private void flushOrConflict() {
        try {
            bookings.flush();
        } catch (PersistenceException e) {
            if (Objects.equals(sqlState(e).orElse(null), "23P01")) {
                throw BookingException.conflict("That time is no longer free: another booking of this therapist "
                        + "overlaps it. Pick another slot from GET /api/v1/availability.");
            }
            throw e;
        }
    }

    private BookingPolicy policy() {
        return new BookingPolicy(config.cancellation().freeUntilBeforeStart());
    }

    private static <T> T rule(java.util.function.Supplier<T> decision) {
        try {
            return decision.get();
        } catch (BookingRuleViolation e) {
            throw BookingException.conflict(e.getMessage());
        }
    }

    static Optional<String> sqlState(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }

    private static BookingException notFound(UUID id) {
        return BookingException.notFound("No booking " + id + " for you.");
    }

    private static BookingException notFoundAtClinic(UUID id) {
        return BookingException.notFound("No booking " + id + " at this clinic.");
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }
}
