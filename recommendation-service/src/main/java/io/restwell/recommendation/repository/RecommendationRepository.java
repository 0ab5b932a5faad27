package io.restwell.recommendation.repository;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.restwell.recommendation.Recommendation;

@ApplicationScoped
public class RecommendationRepository implements PanacheRepositoryBase<Recommendation, UUID> {

    /**
     * One person's suggestions made between two dates (UTC days, both inclusive, either may be open),
     * newest first; the id breaks ties so pages never overlap.
     */
    public PanacheQuery<Recommendation> suggestionsFor(String userId, LocalDate from, LocalDate to, int page, int size) {
        StringBuilder where = new StringBuilder("userId = :user");
        Parameters parameters = Parameters.with("user", userId);
        if (from != null) {
            where.append(" and createdAt >= :from");
            parameters.and("from", from.atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (to != null) {
            where.append(" and createdAt < :before");
            parameters.and("before", to.plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        return find(where.toString(), Sort.descending("createdAt", "id"), parameters).page(Page.of(page, size));
    }
}
