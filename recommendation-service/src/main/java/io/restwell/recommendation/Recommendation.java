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
    @Column(name = "session_type_code", nullable = false)
    public String sessionTypeCode;

    @Column(nullable = false)
    public String explanation;

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

    @Version
    public long version;
}
