package io.restwell.booking.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.restwell.booking.Clinic;

@ApplicationScoped
public class ClinicRepository implements PanacheRepositoryBase<Clinic, UUID> {

    /**
     * Clinics by name, optionally only active ones, in one city (any case), or with an active
     * therapist qualified for a session type.
     */
    public PanacheQuery<Clinic> search(boolean activeOnly, String city, String sessionTypeCode, int page, int size) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (activeOnly) {
            where.append(" and active = true");
        }
        if (city != null) {
            where.append(" and lower(city) = lower(:city)");
            parameters.and("city", city);
        }
        if (sessionTypeCode != null) {
            where.append(" and exists (select 1 from Therapist t join t.qualifications q"
                    + " where t.clinic = c and t.active = true and q.code = :code)");
            parameters.and("code", sessionTypeCode);
        }
        return find("from Clinic c where " + where, Sort.by("name").and("id"), parameters).page(Page.of(page, size));
    }
}
