package io.restwell.journal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import io.restwell.journal.domain.PainCharacter;
import io.restwell.journal.domain.PainDiaryEntry;
import io.restwell.journal.domain.PainLocation;
import io.restwell.journal.domain.RedFlag;

/** One pain rating of one person at one moment. */
@Entity
@Table(name = "pain_entry")
public class PainEntry {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "recorded_at", nullable = false)
    public OffsetDateTime recordedAt;

    @Column(name = "recorded_at_offset_seconds", nullable = false)
    public int recordedAtOffsetSeconds;

    @Column(name = "recorded_on", nullable = false)
    public LocalDate recordedOn;

    /** 0–10 numeric rating scale. */
    @Column(nullable = false)
    public short intensity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PainLocation location;

    @Enumerated(EnumType.STRING)
    @Column(name = "character", nullable = false)
    public PainCharacter character;

    @Column(nullable = false)
    public boolean chronic;

    @Column(name = "stress_related", nullable = false)
    public boolean stressRelated;

    @Column(name = "disturbed_sleep", nullable = false)
    public boolean disturbedSleep;

    public String notes;

    /** The red flags answered yes, comma-separated; '' when all were no; null when the screen was not asked. */
    @Column(name = "red_flags")
    public String redFlags;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** Its place in the person's change feed: set from journal_change_seq on every write. */
    @Column(name = "change_seq", nullable = false)
    public long changeSeq;

    public OffsetDateTime localRecordedAt() {
        return recordedAt.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(recordedAtOffsetSeconds));
    }

    /** The red flags answered yes (empty: all no), or null when the person was not asked. */
    public List<RedFlag> redFlags() {
        return redFlags == null ? null
                : redFlags.isEmpty() ? List.of() : Arrays.stream(redFlags.split(",")).map(RedFlag::valueOf).toList();
    }

    /** A pain rating just logged. */
    public static PainEntry logged(String userId, PainDiaryEntry diary, String notes, OffsetDateTime now) {
        PainEntry entry = new PainEntry();
        entry.id = UUID.randomUUID();
        entry.userId = userId;
        entry.createdAt = now;
        entry.record(diary, notes, now);
        return entry;
    }

    /** The person corrects the rating: everything they wrote is replaced. */
    public void correct(PainDiaryEntry diary, String notes, OffsetDateTime now) {
        record(diary, notes, now);
    }

    private void record(PainDiaryEntry diary, String notes, OffsetDateTime now) {
        recordedAt = diary.recordedAt();
        recordedAtOffsetSeconds = diary.recordedAt().getOffset().getTotalSeconds();
        recordedOn = diary.recordedAt().toLocalDate();
        intensity = (short) diary.intensity();
        location = diary.location();
        character = diary.character();
        chronic = diary.chronic();
        stressRelated = diary.stressRelated();
        disturbedSleep = diary.disturbedSleep();
        redFlags = diary.redFlags() == null ? null : String.join(",", diary.redFlags().stream().map(RedFlag::name).toList());
        this.notes = notes;
        updatedAt = now;
    }
}
