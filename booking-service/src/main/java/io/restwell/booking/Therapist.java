package io.restwell.booking;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A therapist at one clinic, with the session types they are qualified for and their weekly hours. */
@Entity
@Table(name = "therapist")
public class Therapist {

    @Id
    public UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "clinic_id", nullable = false)
    public Clinic clinic;

    @Column(nullable = false)
    public String name;

    public String bio;

    /** Minutes kept free after each session; a booking blocks its end plus this. */
    @Column(name = "buffer_minutes", nullable = false)
    public int bufferMinutes = 10;

    @Column(nullable = false)
    public boolean active = true;

    @ManyToMany
    @JoinTable(name = "therapist_qualification", joinColumns = @JoinColumn(name = "therapist_id"),
            inverseJoinColumns = @JoinColumn(name = "session_type_id"))
    public Set<SessionType> qualifications = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "weekly_hours", joinColumns = @JoinColumn(name = "therapist_id"))
    @OrderBy("dayOfWeek, startTime")
    public List<WeeklyHours> weeklyHours = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;
}
