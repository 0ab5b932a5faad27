package io.restwell.journal.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.restwell.journal.SleepEntry;
import io.restwell.journal.domain.DateRange;

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
}
