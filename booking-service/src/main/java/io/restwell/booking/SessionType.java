package io.restwell.booking;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A kind of massage session a person can book, e.g. {@code DEEP_TISSUE}, with the lengths it comes in. */
@Entity
@Table(name = "session_type")
public class SessionType {

    @Id
    public UUID id;

    /** Stable identifier used across services and in the public API. */
    @Column(nullable = false, unique = true)
    public String code;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String description;

    @ElementCollection
    @CollectionTable(name = "session_type_duration", joinColumns = @JoinColumn(name = "session_type_id"))
    @OrderBy("minutes")
    public List<SessionTypeDuration> durations = new ArrayList<>();

    /** Retired types stay for the bookings that use them but are no longer offered. */
    @Column(nullable = false)
    public boolean active = true;

    /** The length a booking or availability search gets when it names none. */
    @Column(name = "default_minutes", nullable = false)
    public int defaultMinutes;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
