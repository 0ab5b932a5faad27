package io.restwell.booking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import io.restwell.booking.domain.ClinicPrices;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.restwell.booking.domain.BookingPolicy;
import io.restwell.booking.domain.BookingStatus;

/**
 * One person's session with one therapist at one time, or a short hold on one (status HELD). The
 * version is the booking's ETag.
 */
@Entity
@Table(name = "booking")
public class Booking {

    public static final String APP = "APP";
    public static final String FRONT_DESK = "FRONT_DESK";

    @Id
    public UUID id;

    /** The JWT subject of the person who booked. */
    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "clinic_id", nullable = false)
    public UUID clinicId;

    @Column(name = "therapist_id", nullable = false)
    public UUID therapistId;

    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "session_type_id", nullable = false)
    public SessionType sessionType;

    @Column(name = "duration_minutes", nullable = false)
    public int durationMinutes;

    @Column(name = "price_cents", nullable = false)
    public int priceCents;

    @Column(nullable = false, length = 3)
    public String currency;

    @Column(name = "start_at", nullable = false)
    public OffsetDateTime startAt;

    @Column(name = "end_at", nullable = false)
    public OffsetDateTime endAt;

    /** End plus the therapist's buffer: the time no other booking of the therapist may overlap. */
    @Column(name = "blocked_until", nullable = false)
    public OffsetDateTime blockedUntil;

    @Column(name = "time_zone", nullable = false)
    public String timeZone;

    /** The clinic-local date of the start. */
    @Column(name = "local_date", nullable = false)
    public LocalDate localDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public BookingStatus status;

    public String notes;

    @Column(name = "cancellation_reason")
    public String cancellationReason;

    @Column(name = "cancelled_at")
    public OffsetDateTime cancelledAt;

    /** {@code CUSTOMER} or {@code CLINIC} (through the partner API); null while not cancelled. */
    @Column(name = "cancelled_by")
    public String cancelledBy;

    /** For a hold: when it stops keeping the slot. */
    @Column(name = "expires_at")
    public OffsetDateTime expiresAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** {@code APP} (a person through Restwell) or {@code FRONT_DESK} (the clinic, for a client of its own). */
    @Column(nullable = false)
    public String channel = APP;

    /** A front-desk booking's client, the clinic's to see; null on app bookings and once erased. */
    @Column(name = "client_name")
    public String clientName;

    @Column(name = "client_email")
    public String clientEmail;

    @Column(name = "client_phone")
    public String clientPhone;

    @Version
    public long version;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }

    // --- state changes: the rules are BookingPolicy's; a refused change throws BookingRuleViolation

    /** A new hold of this person's on a slot, until {@code expiresAt}; {@link #place} says where. */
    public static Booking hold(String userId, SessionType type, OffsetDateTime expiresAt, OffsetDateTime now) {
        Booking hold = newBooking(userId, type, now);
        hold.status = BookingStatus.HELD;
        hold.expiresAt = expiresAt;
        return hold;
    }

    /** A new booking of this person's, not yet placed on a therapist's time ({@link #place}). */
    public static Booking newBooking(String userId, SessionType type, OffsetDateTime now) {
        Booking booking = new Booking();
        booking.id = UUID.randomUUID();
        booking.userId = userId;
        booking.sessionType = type;
        booking.createdAt = now;
        booking.updatedAt = now;
        return booking;
    }

    /** Puts the booking on a therapist's time: start, end and the buffer after, in the clinic's zone, at the clinic's price. */
    public void place(Therapist therapist, ClinicPrices.Price price, Instant start) {
        ZoneId zone = therapist.clinic.zone();
        therapistId = therapist.id;
        clinicId = therapist.clinic.id;
        durationMinutes = price.minutes();
        priceCents = Math.toIntExact(price.minorUnits());
        currency = price.currency();
        timeZone = therapist.clinic.timeZone;
        startAt = start.atZone(zone).toOffsetDateTime();
        endAt = startAt.plusMinutes(price.minutes());
        blockedUntil = endAt.plusMinutes(therapist.bufferMinutes);
        localDate = start.atZone(zone).toLocalDate();
    }

    /** Booked: a new booking, or the person's own hold on the same slot becoming one. */
    public void confirm(String notes, OffsetDateTime now) {
        status = BookingStatus.BOOKED;
        expiresAt = null;
        this.notes = notes;
        createdAt = now;
        updatedAt = now;
    }

    /** Taken by the clinic itself for a client of its own, who may have no Restwell account. */
    public void takenAtFrontDesk(String name, String email, String phone) {
        channel = FRONT_DESK;
        clientName = name;
        clientEmail = email;
        clientPhone = phone;
    }

    public boolean atFrontDesk() {
        return FRONT_DESK.equals(channel);
    }

    /** The clinic erases its client's details (and its notes about them); the time stays taken. */
    public void forgetClient(OffsetDateTime now) {
        clientName = null;
        clientEmail = null;
        clientPhone = null;
        notes = null;
        updatedAt = now;
    }

    /** The person cancels: free until the policy's limit before the start, late after it. */
    public void cancelByCustomer(BookingPolicy policy, String reason, OffsetDateTime now) {
        status = policy.cancel(status, startAt.toInstant(), now.toInstant());
        cancelled("CUSTOMER", reason, now);
    }

    /** The clinic cancels (a therapist is ill): always free for the person. */
    public void cancelByClinic(BookingPolicy policy, String reason, OffsetDateTime now) {
        status = policy.clinicCancel(status, startAt.toInstant(), now.toInstant());
        cancelled("CLINIC", reason, now);
    }

    /** The person may move the booking now (it is booked and has not started). */
    public void checkReschedulable(BookingPolicy policy, Instant now) {
        policy.checkReschedule(status, startAt.toInstant(), now);
    }

    /** The clinic marks what happened: arrived, completed or no-show. */
    public void markAtClinic(BookingPolicy policy, BookingStatus target, OffsetDateTime now) {
        status = policy.clinicChange(status, target, startAt.toInstant(), now.toInstant());
        updatedAt = now;
    }

    /** The person gives a hold back: its slot is free at once (a hold already gone stays as it is). */
    public void release(OffsetDateTime now) {
        if (status == BookingStatus.HELD) {
            status = BookingStatus.EXPIRED;
            expiresAt = expiresAt.isBefore(now) ? expiresAt : now;
            updatedAt = now;
        }
    }

    private void cancelled(String by, String reason, OffsetDateTime now) {
        cancellationReason = reason == null || reason.isBlank() ? null : reason.strip();
        cancelledAt = now;
        cancelledBy = by;
        updatedAt = now;
    }
}
