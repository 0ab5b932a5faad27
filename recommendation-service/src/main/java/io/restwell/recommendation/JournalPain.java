package io.restwell.recommendation;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A pain rating of a person's journal, as journal.events described it. */
@Entity
@Table(name = "journal_pain")
public class JournalPain {

    @Id
    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_at_offset_seconds", nullable = false)
    public int recordedAtOffsetSeconds;

    @Column(nullable = false)
    public short intensity;

    @Column(nullable = false)
    public String location;

    @Column(name = "character", nullable = false)
    public String character;

    @Column(nullable = false)
    public boolean chronic;

    @Column(name = "stress_related", nullable = false)
    public boolean stressRelated;

    @Column(name = "disturbed_sleep", nullable = false)
    public boolean disturbedSleep;

    /** The red flags answered yes, comma-separated; '' when all were no; null when the screen was not asked. */
    @Column(name = "red_flags")
    public String redFlags;
}
