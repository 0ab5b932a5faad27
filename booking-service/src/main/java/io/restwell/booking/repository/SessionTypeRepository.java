package io.restwell.booking.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.restwell.booking.SessionType;

@ApplicationScoped
public class SessionTypeRepository implements PanacheRepositoryBase<SessionType, UUID> {

    /** Every session type with its durations, by code; one query rather than one per type. */
    public List<SessionType> catalogue() {
        return find("from SessionType s left join fetch s.durations order by s.code").list();
    }
}
