package io.restwell.journal.repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.restwell.journal.SleepEntryTombstone;

@ApplicationScoped
public class SleepEntryTombstoneRepository implements PanacheRepositoryBase<SleepEntryTombstone, UUID> {

    /** The person's deletions after {@code changeSeq}, in order, at most {@code limit}. */
    public List<SleepEntryTombstone> deletedAfter(String userId, long changeSeq, int limit) {
        return find("userId = ?1 and changeSeq > ?2", Sort.ascending("changeSeq"), userId, changeSeq).page(0, limit).list();
    }

    /** The newest deletion of the entry a device named with this client record id, or null. */
    public SleepEntryTombstone latestOf(String userId, String clientRecordId) {
        return find("userId = ?1 and clientRecordId = ?2", Sort.descending("changeSeq"), userId, clientRecordId).firstResult();
    }

    /** Forgets deletions made before {@code cutoff}, everyone's; returns how many. */
    public long purgeBefore(OffsetDateTime cutoff) {
        return delete("deletedAt < ?1", cutoff);
    }
}
