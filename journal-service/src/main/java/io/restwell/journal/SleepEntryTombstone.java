package io.restwell.journal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.restwell.journal.domain.EntryType;

/**
 * What a deleted sleep or pain entry leaves behind so other devices learn of the deletion from the change feed:
 * its id, its client record id and its place in the feed, nothing about the night. Purged after
 * restwell.journal.sync.tombstone-retention.
 */
@Entity
@Table(name = "sleep_entry_tombstone")
public class SleepEntryTombstone {

    @Id
    public UUID id;

    @Column(name = "user_id", nullable = false)
    public String userId;

    @Column(name = "client_record_id")
    public String clientRecordId;

    @Column(name = "client_record_version")
    public Long clientRecordVersion;

    @Column(name = "change_seq", nullable = false)
    public long changeSeq;

    @Column(name = "deleted_at", nullable = false)
    public OffsetDateTime deletedAt;

    /** A sleep entry's or a pain entry's deletion (the table is named for the first kind it held). */
    @Enumerated(EnumType.STRING)
    @Column(name = "entry_type", nullable = false, length = 8)
    public EntryType entryType = EntryType.SLEEP;

    public static SleepEntryTombstone of(PainEntry deleted, long changeSeq, OffsetDateTime now) {
        SleepEntryTombstone tombstone = new SleepEntryTombstone();
        tombstone.id = deleted.id;
        tombstone.userId = deleted.userId;
        tombstone.changeSeq = changeSeq;
        tombstone.deletedAt = now;
        tombstone.entryType = EntryType.PAIN;
        return tombstone;
    }

    public static SleepEntryTombstone of(SleepEntry deleted, long changeSeq, OffsetDateTime now) {
        SleepEntryTombstone tombstone = new SleepEntryTombstone();
        tombstone.id = deleted.id;
        tombstone.userId = deleted.userId;
        tombstone.clientRecordId = deleted.clientRecordId;
        tombstone.clientRecordVersion = deleted.clientRecordVersion;
        tombstone.changeSeq = changeSeq;
        tombstone.deletedAt = now;
        return tombstone;
    }
}
