package io.restwell.journal.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.restwell.journal.PainEntry;
import io.restwell.journal.domain.DateRange;

@ApplicationScoped
public class PainEntryRepository implements PanacheRepositoryBase<PainEntry, UUID> {

    /** One person's ratings on the dates of the range (their local dates), newest first. */
    public PanacheQuery<PainEntry> ratingsOf(String userId, DateRange range) {
        return find("userId = :user and recordedOn >= :from and recordedOn <= :to",
                Sort.descending("recordedAt").and("id"),
                Parameters.with("user", userId).and("from", range.fromOrEarliest()).and("to", range.toOrLatest()));
    }

    public PanacheQuery<PainEntry> ratingsOf(String userId, DateRange range, int page, int size) {
        return ratingsOf(userId, range).page(Page.of(page, size));
    }

    /** The person's ratings written after {@code changeSeq}, in the order they were written, at most {@code limit}. */
    public List<PainEntry> changedAfter(String userId, long changeSeq, int limit) {
        return find("userId = ?1 and changeSeq > ?2", Sort.ascending("changeSeq"), userId, changeSeq).page(0, limit).list();
    }

    /** Null unless the entry exists and belongs to the person: another's entry looks like a missing one. */
    public PainEntry findOwned(String userId, UUID id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResult();
    }
}
