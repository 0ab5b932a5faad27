package io.restwell.recommendation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One read of a therapist brief by a clinic: which booking, which clinic and key, when, in which format. Never the
 * person or what was read; the table is append-only (a trigger refuses changes) and outlives an erasure.
 */
@Entity
@Table(name = "brief_read")
public class BriefRead {

    public enum Format {
        JSON, FHIR
    }

    @Id
    public UUID id;

    @Column(name = "booking_id", nullable = false)
    public UUID bookingId;

    @Column(name = "clinic_id", nullable = false)
    public UUID clinicId;

    @Column(name = "key_id", nullable = false)
    public UUID keyId;

    @Column(name = "key_prefix", nullable = false, length = 64)
    public String keyPrefix;

    @Column(nullable = false, length = 10)
    @jakarta.persistence.Enumerated(jakarta.persistence.EnumType.STRING)
    public Format format;

    @Column(name = "read_at", nullable = false)
    public OffsetDateTime readAt;
}
