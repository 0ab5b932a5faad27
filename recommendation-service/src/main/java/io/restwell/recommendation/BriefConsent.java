package io.restwell.recommendation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person's consent to show their therapist brief to the clinic of one booking (service/TherapistBriefs). */
@Entity
@Table(name = "brief_consent")
public class BriefConsent {

    @Id
    @Column(name = "booking_id")
    public UUID bookingId;

    @Column(name = "user_id", nullable = false)
    public String userId;

    /** The booking's clinic when the person shared: the only clinic that may read it. */
    @Column(name = "clinic_id", nullable = false)
    public UUID clinicId;

    /** When it was (last) shared. */
    @Column(name = "shared_at", nullable = false)
    public OffsetDateTime sharedAt;

    /** When the person revoked it; null while shared. */
    @Column(name = "revoked_at")
    public OffsetDateTime revokedAt;

    public boolean shared() {
        return revokedAt == null;
    }

    /** Shares again after a revocation (from now); sharing what is shared changes nothing. */
    public void share(OffsetDateTime now) {
        if (revokedAt != null) {
            revokedAt = null;
            sharedAt = now;
        }
    }

    /** Revoking what is revoked keeps the first revocation's time. */
    public void revoke(OffsetDateTime now) {
        if (revokedAt == null) {
            revokedAt = now;
        }
    }
}
