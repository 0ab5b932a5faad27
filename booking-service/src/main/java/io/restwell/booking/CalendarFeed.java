package io.restwell.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A private iCalendar feed of a clinic's bookings, of one therapist or (no therapist) of the whole clinic. Its
 * URL carries a secret, stored only as a lookup prefix and a SHA-256 (domain/ApiKeys), like a partner API key.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false)
    public UUID clinicId;

    /** Null: the whole clinic's feed. */
    @Column(name = "therapist_id")
    public UUID therapistId;

    @Column(name = "secret_prefix", nullable = false)
    public String secretPrefix;

    @Column(name = "secret_hash", nullable = false)
    public String secretHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "rotated_at", nullable = false)
    public OffsetDateTime rotatedAt;

    /** Takes a new secret: the previous URL stops working with this change. */
    public void useSecret(String prefix, String hash, OffsetDateTime now) {
        secretPrefix = prefix;
        secretHash = hash;
        rotatedAt = now;
    }
}
