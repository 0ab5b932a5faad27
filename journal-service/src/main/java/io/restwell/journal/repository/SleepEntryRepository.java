package io.restwell.journal.repository;

import java.time.LocalDate;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.restwell.journal.SleepEntry;

@ApplicationScoped
public class SleepEntryRepository implements PanacheRepositoryBase<SleepEntry, UUID> {

    /** One person's nights between two dates (both inclusive, either may be open), newest first. */
    public PanacheQuery<SleepEntry> nightsOf(String userId, LocalDate from, LocalDate to, int page, int size) {
        return find("userId = :user and night >= :from and night <= :to",
                Sort.descending("night").and("bedtime", Sort.Direction.Descending),
                Parameters.with("user", userId)
                        .and("from", from == null ? LocalDate.of(1900, 1, 1) : from)
                        .and("to", to == null ? LocalDate.of(9999, 12, 31) : to))
                .page(Page.of(page, size));
    }
}
