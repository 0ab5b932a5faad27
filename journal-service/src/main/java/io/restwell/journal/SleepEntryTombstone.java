package io.restwell.journal;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * What a deleted sleep entry leaves behind so other devices learn of the deletion from the change feed:
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
