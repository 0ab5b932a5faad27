package io.restwell.booking.repository;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.restwell.booking.Clinic;
import io.restwell.booking.domain.ClinicPrices;
import io.restwell.booking.domain.GreatCircle;

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

    /**
     * Active clinics within {@code radiusKm} of a position, nearest first, with their distance in km; only those in
     * {@code among} when it is not null. The GiST index on {@code earth_point} finds the clinics inside the box
     * around the search sphere; the exact distance (from the chord between the unit-sphere points) drops the
     * corners. Clinics not on the map are never found.
     */
    public Map<UUID, Double> near(GreatCircle.Position centre, double radiusKm, Collection<UUID> among) {
        double[] point = centre.unitVector();
        var query = getEntityManager().createNativeQuery(nearSql(among != null))
                .setParameter("earth", GreatCircle.EARTH_RADIUS_KM)
                .setParameter("x", point[0]).setParameter("y", point[1]).setParameter("z", point[2])
                .setParameter("chord", GreatCircle.chordFor(radiusKm))
                .setParameter("radius", radiusKm);
        if (among != null) {
            query.setParameter("among", among);
        }
        Map<UUID, Double> found = new LinkedHashMap<>();
        for (Object row : query.getResultList()) {
            Object[] columns = (Object[]) row;
            found.put((UUID) columns[0], ((Number) columns[1]).doubleValue());
        }
        return found;
    }

    /** The radius search: the box test ({@code <@}) is what the GiST index answers; the distance test is exact. */
    static String nearSql(boolean among) {
        return "select id, km from (select id, 2 * :earth * asin(least(1, cube_distance(earth_point, "
                + "cube(cast(array[:x, :y, :z] as float8[]))) / 2)) as km from clinic"
                + " where active and earth_point <@ cube_enlarge(cube(cast(array[:x, :y, :z] as float8[])), :chord, 3)"
                + (among ? " and id in (:among)" : "") + ") near where km <= :radius order by km, id";
    }

    /** A clinic's own prices by session type code and length (read afresh: the entity may be detached). */
    public Map<ClinicPrices.Key, ClinicPrices.Price> ownPrices(UUID clinicId) {
        Map<ClinicPrices.Key, ClinicPrices.Price> own = new java.util.HashMap<>();
        for (Object[] row : getEntityManager().createQuery("select p.sessionType.code, p.minutes, p.priceMinor, p.currency"
                + " from Clinic c join c.prices p where c.id = :id", Object[].class).setParameter("id", clinicId).getResultList()) {
            int minutes = ((Number) row[1]).intValue();
            own.put(new ClinicPrices.Key((String) row[0], minutes),
                    new ClinicPrices.Price(minutes, ((Number) row[2]).longValue(), (String) row[3]));
        }
        return own;
    }

    /** The own prices of one length of one session type at several clinics, as (clinic id, minor units, currency). */
    public List<Object[]> pricesOf(Collection<UUID> clinicIds, UUID sessionTypeId, int minutes) {
        if (clinicIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select c.id, p.priceMinor, p.currency from Clinic c join c.prices p"
                        + " where c.id in :ids and p.sessionType.id = :type and p.minutes = :minutes", Object[].class)
                .setParameter("ids", clinicIds).setParameter("type", sessionTypeId).setParameter("minutes", minutes)
                .getResultList();
    }
}
