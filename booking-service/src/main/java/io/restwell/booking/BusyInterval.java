package io.restwell.booking;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Time a therapist is busy in the clinic's own system (a phone booking, a meeting), imported by the
 * clinic under its own id for it. It takes the therapist's time like a booking: availability skips it
 * and no booking may overlap it.
 */
@Entity
@Table(name = "busy_interval")
public class BusyInterval {

    @Id
    public UUID id;

    @Column(name = "clinic_id", nullable = false)
    public UUID clinicId;

    @Column(name = "therapist_id", nullable = false)
    public UUID therapistId;

    /** The clinic's id of the interval: unique per clinic. */
    @Column(name = "external_id", nullable = false)
    public String externalId;

    @Column(name = "start_at", nullable = false)
    public OffsetDateTime startAt;

    @Column(name = "end_at", nullable = false)
    public OffsetDateTime endAt;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;
}
