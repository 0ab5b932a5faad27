package io.restwell.recommendation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A massage session and bedtime routine suggested to one person, and why. */
@Entity
@Table(name = "recommendation")
public class Recommendation {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RecommendationStatus status;

    /** A booking-service session type code, e.g. {@code DEEP_TISSUE}; a code, not a foreign key (other database). */
    @Column(name = "session_type_code")
    public String sessionTypeCode;

    /** The pain calls for a clinician before (or instead of) a massage. */
    @Column(name = "see_clinician", nullable = false)
    public boolean seeClinician;

    /** The row of the rule table that chose this suggestion. */
    @Column(nullable = false)
    public String rule;

    /** Up to three open slots (availability's shape), as JSON; filled in once booking-service answers. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String slots = "[]";

    /** No clinic within the person's radius had any slot of the session when slots were last filled. */
    @Column(name = "none_in_reach", nullable = false)
    public boolean noneInReach;

    /** Then, up to three slots at the nearest clinics beyond the radius (availability's shape), as JSON. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "nearest_options", nullable = false, columnDefinition = "jsonb")
    public String nearestOptions = "[]";

    @Enumerated(EnumType.STRING)
    @Column(name = "slots_status", nullable = false)
    public SlotsStatus slotsStatus = SlotsStatus.PENDING;

    @Column(name = "dismissed_at")
    public OffsetDateTime dismissedAt;

    @Column(name = "dismiss_reason")
    public String dismissReason;

    /** The booking an accepted suggestion became. */
    @Column(name = "booking_id")
    public UUID bookingId;

    /** Whether slots still have to be fetched ({@code PENDING}), were ({@code FILLED}), or are not wanted ({@code NONE}). */
    public enum SlotsStatus {
        PENDING, FILLED, NONE
    }

    @Column(nullable = false)
    public String explanation;

    /** The bedtime routine, one step per line. */
    @Column(name = "self_care", nullable = false)
    public String selfCare;

    /** The journal entry (journal-service) whose event led to this suggestion. */
    @Column(name = "triggering_entry_id", nullable = false)
    public UUID triggeringEntryId;

    @Column(name = "rule_version", nullable = false)
    public String ruleVersion;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** When it stops being open if untaken: a week from when it was made or last refreshed. */
    @Column(name = "expires_at", nullable = false)
    public OffsetDateTime expiresAt;

    @Version
    public long version;
}
