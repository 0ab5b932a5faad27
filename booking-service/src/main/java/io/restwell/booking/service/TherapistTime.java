package io.restwell.booking.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import io.restwell.booking.Booking;
import io.restwell.booking.SessionType;
import io.restwell.booking.SessionTypeDuration;
import io.restwell.booking.Therapist;
import io.restwell.booking.config.BookingConfig;
import io.restwell.booking.domain.BookingException;
import io.restwell.booking.domain.BookingPolicy;
import io.restwell.booking.domain.ClinicPrices;
import io.restwell.booking.domain.SlotCalculator;
import io.restwell.booking.domain.SlotCalculator.SlotShape;
import io.restwell.booking.domain.WorkSchedule;
import io.restwell.booking.mapping.ScheduleMapper;
import io.restwell.booking.repository.BookingRepository;
import io.restwell.booking.repository.BusyIntervalRepository;
import io.restwell.booking.repository.ScheduleOverrideRepository;
import io.restwell.booking.repository.SessionTypeRepository;
import io.restwell.booking.repository.TherapistRepository;

/**
 * A therapist's time as bookings and holds take it: who and what can be booked, whether a start is a
 * slot of the schedule, and the write that claims it. PostgreSQL's exclusion constraint, not this code,
 * decides who gets a contested slot; the checks here only give early, clear answers.
 */
@ApplicationScoped
class TherapistTime {

    private final BookingRepository bookings;
    private final TherapistRepository therapists;
    private final SessionTypeRepository sessionTypes;
    private final ScheduleOverrideRepository exceptions;
    private final BusyIntervalRepository busyTime;
    private final BookingConfig config;
    private final Clock clock;

    TherapistTime(BookingRepository bookings, TherapistRepository therapists, SessionTypeRepository sessionTypes,
            ScheduleOverrideRepository exceptions, BusyIntervalRepository busyTime, BookingConfig config, Clock clock) {
        this.bookings = bookings;
        this.therapists = therapists;
        this.sessionTypes = sessionTypes;
        this.exceptions = exceptions;
        this.busyTime = busyTime;
        this.config = config;
        this.clock = clock;
    }

    SessionType onOffer(String code) {
        SessionType type = sessionTypes.byCode(code);
        if (type == null || !type.active) {
            throw BookingException.brokenRule("sessionType", "is not a session type on offer");
        }
        return type;
    }

    Therapist bookable(java.util.UUID therapistId, SessionType type, String field) {
        return bookableAt(null, therapistId, type, field);
    }

    /**
     * {@link #bookable} for one clinic (its front desk): another clinic's therapist answers exactly like an unknown
     * id, before anything else about them is checked, so a clinic cannot probe for other clinics' therapists.
     */
    Therapist bookableAt(java.util.UUID clinicId, java.util.UUID therapistId, SessionType type, String field) {
        Therapist therapist = therapists.find("from Therapist t join fetch t.clinic where t.id = ?1", therapistId).firstResult();
        if (therapist == null || !therapist.active || !therapist.clinic.active
                || clinicId != null && !therapist.clinic.id.equals(clinicId)) {
            throw BookingException.brokenRule(field, "is not a bookable therapist");
        }
        if (therapist.qualifications.stream().noneMatch(qualified -> qualified.id.equals(type.id))) {
            throw BookingException.brokenRule("sessionType", "this therapist does not give " + type.code);
        }
        return therapist;
    }

    /**
     * The start must be a slot the schedule offers (on the grid, inside working time), far enough ahead, of a
     * length the clinic has a price for, not already taken by someone other than {@code takerId} (null: anyone) and
     * clear of the clinic's imported busy time, which stays so until the transaction ends. Rules of the request
     * come first (422), then the state of the slot (409).
     */
    void checkSlot(Therapist therapist, SessionType type, int minutes, Instant start, String field, String takerId) {
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
        priceOf(therapist, type, minutes);
        Instant blockedUntil = start.plus(Duration.ofMinutes(minutes + (long) therapist.bufferMinutes));
        // In a rush for a few slots nearly everyone loses: a slot already taken is refused here, before any lock,
        // instead of after a wait in line that holds a database connection.
        if (bookings.takenByOthers(therapist.id, start, blockedUntil, takerId)) {
            throw takenByAnotherBooking();
        }
        // The clinic's imported busy time has no exclusion constraint with bookings (another table): an import
        // takes the therapist's time alone, bookings share it, then check.
        busyTime.shareTherapistTime(therapist.id);
        if (!busyTime.overlapping(List.of(therapist.id), start, blockedUntil).isEmpty()) {
            throw BookingException.conflict("That time is no longer free: the clinic has the therapist busy then. "
                    + "Pick another slot from GET /api/v1/availability.");
        }
    }

    /** Expired holds in the way of [start, end + buffer) give up their time to this transaction. */
    void freeExpiredHolds(Therapist therapist, int minutes, Instant start) {
        bookings.expireStaleHolds(therapist.id, start,
                start.plus(Duration.ofMinutes(minutes + (long) therapist.bufferMinutes)));
    }

    /** Puts the booking on the therapist's time at the clinic's price for that length (domain/ClinicPrices). */
    static void place(Booking booking, Therapist therapist, SessionType type, int minutes, Instant start) {
        booking.place(therapist, priceOf(therapist, type, minutes), start);
    }

    /** The clinic's price for a session of that length; a length it has no price for is not on offer there (422). */
    private static ClinicPrices.Price priceOf(Therapist therapist, SessionType type, int minutes) {
        SessionTypeDuration duration = type.durations.stream().filter(offered -> offered.minutes == minutes)
                .findFirst().orElseThrow();
        return ClinicPrices.of(therapist.clinic.currency, therapist.clinic.ownPrices(), type.code,
                        new ClinicPrices.Price(duration.minutes, duration.priceCents, duration.currency))
                .orElseThrow(() -> BookingException.brokenRule("durationMinutes",
                        "this clinic has no price for " + type.code + " of " + minutes + " minutes, so it does not offer it"));
    }

    /** Writes now, so a lost race surfaces here as a clear 409 rather than at commit. */
    void flushOrConflict() {
        try {
            bookings.flush();
        } catch (PersistenceException e) {
            if (Objects.equals(sqlState(e).orElse(null), "23P01")) {
                throw takenByAnotherBooking();
            }
            throw e;
        }
    }

    private static BookingException takenByAnotherBooking() {
        return BookingException.conflict("That time is no longer free: another booking of this therapist "
                + "overlaps it. Pick another slot from GET /api/v1/availability.");
    }

    BookingPolicy policy() {
        return new BookingPolicy(config.cancellation().freeUntilBeforeStart());
    }

    static Optional<String> sqlState(Throwable e) {
        for (Throwable cause = e; cause != null && cause.getCause() != cause; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null) {
                return Optional.of(sql.getSQLState());
            }
        }
        return Optional.empty();
    }
}
