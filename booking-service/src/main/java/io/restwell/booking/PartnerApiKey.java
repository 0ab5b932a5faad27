package io.restwell.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A clinic's API key for the partner API: only its visible prefix and a SHA-256 of the whole key are kept. */
@Entity
@Table(name = "partner_api_key")
public class PartnerApiKey {

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false)
    public UUID clinicId;

    @Column(nullable = false)
    public String label;

    @Column(name = "key_prefix", nullable = false)
    public String keyPrefix;

    @Column(name = "key_hash", nullable = false)
    public String keyHash;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    /** The admin (JWT subject) who created it. */
    @Column(name = "created_by", nullable = false)
    public String createdBy;

    @Column(name = "last_used_at")
    public OffsetDateTime lastUsedAt;

    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;
}
