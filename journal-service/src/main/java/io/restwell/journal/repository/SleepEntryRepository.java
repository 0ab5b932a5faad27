package io.restwell.journal.repository;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.restwell.journal.SleepEntry;
import io.restwell.journal.domain.DateRange;
import io.restwell.journal.domain.EntryKind;
import io.restwell.journal.domain.SleepSource;

@ApplicationScoped
public class SleepEntryRepository implements PanacheRepositoryBase<SleepEntry, UUID> {

    /** One person's nights in the range (both ends inclusive, either open), newest first. */
    public PanacheQuery<SleepEntry> nightsOf(String userId, DateRange range) {
        return find("userId = :user and night >= :from and night <= :to",
                Sort.descending("night").and("bedtime", Sort.Direction.Descending).and("id"),
                Parameters.with("user", userId).and("from", range.fromOrEarliest()).and("to", range.toOrLatest()));
    }

    public PanacheQuery<SleepEntry> nightsOf(String userId, DateRange range, int page, int size) {
        return nightsOf(userId, range).page(Page.of(page, size));
    }

    /** Null unless the entry exists and belongs to the person: another's entry looks like a missing one. */
    public SleepEntry findOwned(String userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResult();
    }

    /** One person's main nights in the range (naps left out), newest first: what summaries count. */
    public PanacheQuery<SleepEntry> mainNightsOf(String userId, DateRange range) {
        return find("userId = :user and kind = :kind and night >= :from and night <= :to",
                Sort.descending("night").and("bedtime", Sort.Direction.Descending).and("id"),
                Parameters.with("user", userId).and("kind", EntryKind.NIGHT).and("from", range.fromOrEarliest())
                        .and("to", range.toOrLatest()));
    }

    /** The person's main night of that date, or null. */
    public SleepEntry mainNight(String userId, LocalDate night) {
        return find("userId = ?1 and night = ?2 and kind = ?3", userId, night, EntryKind.NIGHT).firstResult();
    }

    /** The entry a device named with this client record id, or null. */
    public SleepEntry findByClientRecord(String userId, String clientRecordId) {
        return find("userId = ?1 and clientRecordId = ?2", userId, clientRecordId).firstResult();
    }

    /** The entry an import of this source record became, or null. */
    public SleepEntry findBySource(String userId, SleepSource source) {
        return find("userId = ?1 and sourcePlatform = ?2 and sourceRecordId = ?3", userId, source.platform(), source.recordId())
                .firstResult();
    }

    /** The person's entries written after {@code changeSeq}, in the order they were written, at most {@code limit}. */
    public List<SleepEntry> changedAfter(String userId, long changeSeq, int limit) {
        return find("userId = ?1 and changeSeq > ?2", Sort.ascending("changeSeq"), userId, changeSeq).page(0, limit).list();
    }

    /**
     * Serialises the person's writes until the transaction ends: the one-night and client-record checks
     * see every earlier write, and change numbers commit in the order they were taken, so a device that
     * read up to number n never misses a later-committing write below n. Other people are not held up
     * (two-key advisory lock: class 19, the person's hash; a hash collision only makes two people wait).
     */
    public void lockPerson(String userId) {
        getEntityManager().createNativeQuery("select 1 from (select pg_advisory_xact_lock(19, hashtext(?1))) locked")
                .setParameter(1, userId).getSingleResult();
    }

    /** The next number of the change feed (shared by every person; only its order matters). */
    public long nextChangeSeq() {
        return ((Number) getEntityManager().createNativeQuery("select nextval('journal_change_seq')").getSingleResult()).longValue();
    }
}
