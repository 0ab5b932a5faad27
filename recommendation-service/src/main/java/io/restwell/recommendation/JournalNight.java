package io.restwell.recommendation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A night of a person's journal, as journal.events described it (this service never calls the journal). */
@Entity
@Table(name = "journal_night")
public class JournalNight {

    @Id
    @Column(name = "entry_id")
    public UUID entryId;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(nullable = false)
    public LocalDate night;

    @Column(name = "sleep_efficiency", nullable = false, precision = 5, scale = 2)
    public BigDecimal sleepEfficiency;

    @Column(name = "total_sleep_minutes", nullable = false)
    public int totalSleepMinutes;

    @Column(name = "poor_sleep", nullable = false)
    public boolean poorSleep;

    /** Comma-separated reason codes. */
    @Column(name = "poor_sleep_reasons", nullable = false)
    public String poorSleepReasons;

    /** How long it took to fall asleep; null for nights recorded before it was kept (V26). */
    @Column(name = "sleep_latency_minutes")
    public Integer sleepLatencyMinutes;

    /** The person's UTC offset at bedtime: tells which slots fall in their evening. */
    @Column(name = "bedtime_offset_seconds", nullable = false)
    public int bedtimeOffsetSeconds;

    /** The local time they went to bed, in that offset; null for nights recorded before it was kept. */
    @Column(name = "bedtime_local")
    public LocalTime bedtimeLocal;

    /** The person's rating, 1–5; null when they did not rate it (a wearable's night) or before it was kept. */
    @Column(name = "quality")
    public Short quality;
}
