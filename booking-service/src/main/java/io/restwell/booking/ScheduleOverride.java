package io.restwell.booking;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.restwell.booking.domain.OverrideKind;

/** A one-off change to a therapist's weekly hours on one date (clinic-local). */
@Entity
@Table(name = "schedule_exception")
public class ScheduleOverride {

    @Id
    public UUID id;

    @Column(name = "therapist_id", nullable = false)
    public UUID therapistId;

    @Column(nullable = false)
    public LocalDate day;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public OverrideKind kind;

    /** Null for a whole day off. */
    @Column(name = "start_time")
    public LocalTime startTime;

    @Column(name = "end_time")
    public LocalTime endTime;

    public String note;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;
}
