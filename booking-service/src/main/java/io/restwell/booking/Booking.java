package io.restwell.booking;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

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

import io.restwell.booking.domain.BookingStatus;

/**
 * One person's session with one therapist at one time, or a short hold on one (status HELD). The
 * version is the booking's ETag.
 */
@Entity
@Table(name = "booking")
public class Booking {

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

    @Version
    public long version;

    public ZoneId zone() {
        return ZoneId.of(timeZone);
    }
}
