package io.restwell.journal;

import java.math.BigDecimal;
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

import io.restwell.journal.domain.ClientRecord;
import io.restwell.journal.domain.EntryKind;
import io.restwell.journal.domain.PoorSleepReason;
import io.restwell.journal.domain.SleepDiaryEntry;
import io.restwell.journal.domain.SleepMetrics;
import io.restwell.journal.domain.SleepSource;
import io.restwell.journal.domain.SourcePlatform;
import io.restwell.journal.domain.StageMinutes;

/** One logged night of one person, with the metrics derived from it. */
@Entity
@Table(name = "sleep_entry")
public class SleepEntry {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(nullable = false)
    public LocalDate night;

    @Column(nullable = false)
    public OffsetDateTime bedtime;

    @Column(name = "bedtime_offset_seconds", nullable = false)
    public int bedtimeOffsetSeconds;

    @Column(name = "wake_time", nullable = false)
    public OffsetDateTime wakeTime;

    @Column(name = "wake_time_offset_seconds", nullable = false)
    public int wakeTimeOffsetSeconds;

    @Column(name = "sleep_latency_minutes", nullable = false)
    public int sleepLatencyMinutes;

    @Column(nullable = false)
    public int awakenings;

    @Column(name = "wake_after_sleep_onset_minutes", nullable = false)
    public int wakeAfterSleepOnsetMinutes;

    /** 1–5; null for an imported night the person has not rated. */
    public Short quality;

    public String notes;

    @Column(name = "time_in_bed_minutes", nullable = false)
    public int timeInBedMinutes;

    @Column(name = "total_sleep_minutes", nullable = false)
    public int totalSleepMinutes;

    @Column(name = "sleep_efficiency", nullable = false, precision = 5, scale = 2)
    public BigDecimal sleepEfficiency;

    @Column(name = "poor_sleep", nullable = false)
    public boolean poorSleep;

    /** Comma-separated reason codes, e.g. {@code LOW_EFFICIENCY,LONG_LATENCY}. */
    @Column(name = "poor_sleep_reasons", nullable = false)
    public String poorSleepReasons;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Version
    public long version;

    /** NIGHT (one per person per date) or NAP. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    public EntryKind kind = EntryKind.NIGHT;

    /** The syncing device's own id and version of the entry; null for entries logged without one. */
    @Column(name = "client_record_id")
    public String clientRecordId;

    @Column(name = "client_record_version")
    public Long clientRecordVersion;

    /** Its place in the person's change feed: set from journal_change_seq on every write. */
    @Column(name = "change_seq", nullable = false)
    public long changeSeq;

    /** Where an imported night was measured (all null for a night typed in). */
    @Enumerated(EnumType.STRING)
    @Column(name = "source_platform", length = 16)
    public SourcePlatform sourcePlatform;

    @Column(name = "source_app")
    public String sourceApp;

    @Column(name = "source_device")
    public String sourceDevice;

    @Column(name = "source_record_id")
    public String sourceRecordId;

    @Column(name = "source_record_version")
    public Long sourceRecordVersion;

    /** Minutes per stage of an imported night (all null for a night typed in). */
    @Column(name = "stage_awake_minutes")
    public Integer stageAwakeMinutes;

    @Column(name = "stage_light_minutes")
    public Integer stageLightMinutes;

    @Column(name = "stage_deep_minutes")
    public Integer stageDeepMinutes;

    @Column(name = "stage_rem_minutes")
    public Integer stageRemMinutes;

    @Column(name = "stage_out_of_bed_minutes")
    public Integer stageOutOfBedMinutes;

    @Column(name = "stage_asleep_unspecified_minutes")
    public Integer stageAsleepUnspecifiedMinutes;

    /** Bedtime in the offset the person logged it with (the database keeps the instant only). */
    public OffsetDateTime localBedtime() {
        return bedtime.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(bedtimeOffsetSeconds));
    }

    public OffsetDateTime localWakeTime() {
        return wakeTime.withOffsetSameInstant(ZoneOffset.ofTotalSeconds(wakeTimeOffsetSeconds));
    }

    /** A night just logged: what the person wrote and what Restwell derived from it. */
    public static SleepEntry logged(String userId, SleepDiaryEntry diary, String notes, SleepMetrics metrics,
            OffsetDateTime now) {
        SleepEntry entry = new SleepEntry();
        entry.id = UUID.randomUUID();
        entry.userId = userId;
        entry.createdAt = now;
        entry.record(diary, notes, metrics, now);
        return entry;
    }

    /** Names the device's record this entry is (or leaves it unnamed for null). */
    public void identify(ClientRecord record) {
        clientRecordId = record == null ? null : record.id();
        clientRecordVersion = record == null ? null : record.version();
    }

    /** Marks the entry as imported from this source record, with the minutes per stage it measured. */
    public void importedFrom(SleepSource source, StageMinutes stages) {
        sourcePlatform = source.platform();
        sourceApp = source.app();
        sourceDevice = source.device();
        sourceRecordId = source.recordId();
        sourceRecordVersion = source.asRecord().version();
        stageAwakeMinutes = stages.awake();
        stageLightMinutes = stages.light();
        stageDeepMinutes = stages.deep();
        stageRemMinutes = stages.rem();
        stageOutOfBedMinutes = stages.outOfBed();
        stageAsleepUnspecifiedMinutes = stages.asleepUnspecified();
    }

    /** The source record of an imported night, or null for one typed in. */
    public SleepSource source() {
        return sourcePlatform == null ? null
                : new SleepSource(sourcePlatform, sourceApp, sourceDevice, sourceRecordId, sourceRecordVersion);
    }

    /** Minutes per stage of an imported night, or null for one typed in. */
    public StageMinutes stages() {
        return stageAwakeMinutes == null ? null : new StageMinutes(stageAwakeMinutes, stageLightMinutes, stageDeepMinutes,
                stageRemMinutes, stageOutOfBedMinutes, stageAsleepUnspecifiedMinutes);
    }

    /** The person corrects the night: everything they wrote is replaced and the metrics derived again. */
    public void correct(SleepDiaryEntry diary, String notes, SleepMetrics metrics, OffsetDateTime now) {
        record(diary, notes, metrics, now);
    }

    /** The reasons the night counts as poor (none for a good night). */
    public List<PoorSleepReason> reasons() {
        return poorSleepReasons == null || poorSleepReasons.isBlank() ? List.of()
                : Arrays.stream(poorSleepReasons.split(",")).map(PoorSleepReason::valueOf).toList();
    }

    private void record(SleepDiaryEntry diary, String notes, SleepMetrics metrics, OffsetDateTime now) {
        night = diary.night();
        bedtime = diary.bedtime();
        bedtimeOffsetSeconds = diary.bedtime().getOffset().getTotalSeconds();
        wakeTime = diary.wakeTime();
        wakeTimeOffsetSeconds = diary.wakeTime().getOffset().getTotalSeconds();
        sleepLatencyMinutes = diary.sleepLatencyMinutes();
        awakenings = diary.awakenings();
        wakeAfterSleepOnsetMinutes = diary.wakeAfterSleepOnsetMinutes();
        quality = diary.quality() == null ? null : diary.quality().shortValue();
        this.notes = notes;
        timeInBedMinutes = metrics.timeInBedMinutes();
        totalSleepMinutes = metrics.totalSleepMinutes();
        sleepEfficiency = metrics.sleepEfficiency();
        poorSleep = metrics.poorSleep();
        poorSleepReasons = String.join(",", metrics.poorSleepReasons().stream().map(Enum::name).toList());
        updatedAt = now;
    }
}
