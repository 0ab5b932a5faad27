package io.restwell.booking.repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.restwell.booking.ScheduleOverride;

@ApplicationScoped
public class ScheduleOverrideRepository implements PanacheRepositoryBase<ScheduleOverride, UUID> {

    /** Exceptions of the given therapists on the dates between {@code from} and {@code to}, both inclusive. */
    public List<ScheduleOverride> between(Collection<UUID> therapistIds, LocalDate from, LocalDate to) {
        if (therapistIds.isEmpty()) {
            return List.of();
        }
        // one therapist (a booking's check) by "=": a list parameter makes Hibernate translate the query on every call
        boolean one = therapistIds.size() == 1;
        return list((one ? "therapistId = :ids" : "therapistId in :ids") + " and day >= :from and day <= :to",
                Sort.by("day").and("startTime"),
                Parameters.with("ids", one ? therapistIds.iterator().next() : therapistIds).and("from", from).and("to", to));
    }
}
