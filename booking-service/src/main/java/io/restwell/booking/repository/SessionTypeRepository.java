package io.restwell.booking.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.restwell.booking.SessionType;

@ApplicationScoped
public class SessionTypeRepository implements PanacheRepositoryBase<SessionType, UUID> {

    /** Every session type (optionally only the offered ones) with its durations, by code; one query. */
    public List<SessionType> catalogue(boolean includeRetired) {
        return find("from SessionType s left join fetch s.durations"
                + (includeRetired ? "" : " where s.active = true") + " order by s.code").list();
    }

    public SessionType byCode(String code) {
        return find("from SessionType s left join fetch s.durations where s.code = ?1", code)
                .<SessionType>singleResultOptional().orElse(null);
    }
}
