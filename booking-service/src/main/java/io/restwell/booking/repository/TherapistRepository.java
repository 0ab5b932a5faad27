package io.restwell.booking.repository;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.restwell.booking.Therapist;
import io.restwell.booking.WeeklyHours;

@ApplicationScoped
public class TherapistRepository implements PanacheRepositoryBase<Therapist, UUID> {

    /** One clinic's therapists by name, optionally only active ones qualified for a session type. */
    public PanacheQuery<Therapist> ofClinic(UUID clinicId, boolean activeOnly, String sessionTypeCode, int page, int size) {
        StringBuilder where = new StringBuilder("clinic.id = :clinic");
        Parameters parameters = Parameters.with("clinic", clinicId);
        if (activeOnly) {
            where.append(" and active = true");
        }
        if (sessionTypeCode != null) {
            where.append(" and exists (select 1 from Therapist t2 join t2.qualifications q"
                    + " where t2.id = t.id and q.code = :code)");
            parameters.and("code", sessionTypeCode);
        }
        return find("from Therapist t where " + where, Sort.by("name").and("id"), parameters).page(Page.of(page, size));
    }

    /** The therapist, if it works at that clinic. */
    public Therapist findInClinic(UUID clinicId, UUID therapistId) {
        return find("from Therapist t join fetch t.clinic where t.id = ?1 and t.clinic.id = ?2", therapistId, clinicId)
                .firstResult();
    }

    /**
     * Active therapists at active clinics qualified for a session type, with their clinic, optionally
     * narrowed to some clinics (null: all) or one therapist: the candidates of an availability search.
     */
    public List<Therapist> bookable(String sessionTypeCode, Collection<UUID> clinicIds, UUID therapistId) {
        StringBuilder query = new StringBuilder("select distinct t from Therapist t join fetch t.clinic c join t.qualifications q"
                + " where t.active = true and c.active = true and q.code = :code");
        Parameters parameters = Parameters.with("code", sessionTypeCode);
        if (clinicIds != null) {
            if (clinicIds.isEmpty()) {
                return List.of();
            }
            query.append(" and c.id in :clinics");
            parameters.and("clinics", clinicIds);
        }
        if (therapistId != null) {
            query.append(" and t.id = :therapist");
            parameters.and("therapist", therapistId);
        }
        return find(query + " order by t.id", parameters).list();
    }

    /** Which of {@code therapistIds} are therapists of the clinic (active or not). */
    public java.util.Set<UUID> idsInClinic(UUID clinicId, Collection<UUID> therapistIds) {
        if (therapistIds.isEmpty()) {
            return java.util.Set.of();
        }
        return new java.util.HashSet<>(getEntityManager().createQuery(
                "select t.id from Therapist t where t.clinic.id = :clinic and t.id in :ids", UUID.class)
                .setParameter("clinic", clinicId).setParameter("ids", therapistIds).getResultList());
    }

    /** The weekly hours of several therapists in one query, as (therapist id, hours) rows. */
    public List<Object[]> weeklyHoursOf(Collection<UUID> therapistIds) {
        if (therapistIds.isEmpty()) {
            return List.of();
        }
        return getEntityManager()
                .createQuery("select t.id, w from Therapist t join t.weeklyHours w where t.id in :ids", Object[].class)
                .setParameter("ids", therapistIds)
                .getResultList();
    }

    public static UUID therapistIdOf(Object[] row) {
        return (UUID) row[0];
    }

    public static WeeklyHours hoursOf(Object[] row) {
        return (WeeklyHours) row[1];
    }
}
