package io.restwell.booking.repository;

import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.restwell.booking.SessionType;

@ApplicationScoped
public class SessionTypeRepository implements PanacheRepositoryBase<SessionType, UUID> {

    /** Wider than the codes SessionTypeRequest accepts, so no stored code is ever out of reach. */
    private static final Pattern CODE_SHAPE = Pattern.compile("[\\p{Alnum}_-]{1,64}");

    /** Every session type (optionally only the offered ones) with its durations, by code; one query. */
    public List<SessionType> catalogue(boolean includeRetired) {
        return find("from SessionType s left join fetch s.durations"
                + (includeRetired ? "" : " where s.active = true") + " order by s.code").list();
    }

    /** Null for an unknown code, and for text no code can be (PostgreSQL refuses a NUL byte with a 500's worth of error). */
    public SessionType byCode(String code) {
        if (code == null || !CODE_SHAPE.matcher(code).matches()) {
            return null;
        }
        return find("from SessionType s left join fetch s.durations where s.code = ?1", code)
                .<SessionType>singleResultOptional().orElse(null);
    }
}
