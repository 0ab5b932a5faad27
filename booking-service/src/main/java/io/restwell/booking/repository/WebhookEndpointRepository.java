package io.restwell.booking.repository;

import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.restwell.booking.WebhookEndpoint;

@ApplicationScoped
public class WebhookEndpointRepository implements PanacheRepositoryBase<WebhookEndpoint, UUID> {

    public List<WebhookEndpoint> ofClinic(UUID clinicId) {
        return list("clinicId", Sort.by("createdAt").and("id"), clinicId);
    }

    public WebhookEndpoint inClinic(UUID clinicId, UUID id) {
        return find("id = ?1 and clinicId = ?2", id, clinicId).firstResult();
    }

    public long countOfClinic(UUID clinicId) {
        return count("clinicId", clinicId);
    }
}
