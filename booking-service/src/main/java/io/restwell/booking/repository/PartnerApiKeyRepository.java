package io.restwell.booking.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.restwell.booking.PartnerApiKey;

@ApplicationScoped
public class PartnerApiKeyRepository implements PanacheRepositoryBase<PartnerApiKey, UUID> {

    public PartnerApiKey byPrefix(String keyPrefix) {
        return find("keyPrefix", keyPrefix).firstResult();
    }

    public List<PartnerApiKey> ofClinic(UUID clinicId) {
        return list("clinicId", Sort.by("createdAt").and("id"), clinicId);
    }

    public long liveOfClinic(UUID clinicId) {
        return count("clinicId = ?1 and revokedAt is null", clinicId);
    }

    public PartnerApiKey inClinic(UUID clinicId, UUID id) {
        return find("id = ?1 and clinicId = ?2", id, clinicId).firstResult();
    }

    /** Whether the clinic is active: a deactivated clinic's keys authenticate nothing. */
    public boolean clinicActive(UUID clinicId) {
        return getEntityManager().createQuery("select c.active from Clinic c where c.id = :id", Boolean.class)
                .setParameter("id", clinicId).getResultStream().findFirst().orElse(false);
    }
}
