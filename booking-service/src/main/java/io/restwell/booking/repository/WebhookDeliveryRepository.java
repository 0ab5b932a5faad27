package io.restwell.booking.repository;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.restwell.booking.WebhookDelivery;

@ApplicationScoped
public class WebhookDeliveryRepository implements PanacheRepositoryBase<WebhookDelivery, UUID> {

    /** An endpoint's deliveries, newest first, optionally of one status. */
    public PanacheQuery<WebhookDelivery> ofEndpoint(UUID endpointId, String status, int page, int size) {
        Parameters parameters = Parameters.with("endpoint", endpointId);
        String where = "endpointId = :endpoint";
        if (status != null) {
            where += " and status = :status";
            parameters.and("status", status);
        }
        return find(where, Sort.descending("createdAt").and("id", Sort.Direction.Descending), parameters)
                .page(Page.of(page, size));
    }

    public WebhookDelivery ofEndpoint(UUID endpointId, UUID deliveryId) {
        return find("id = ?1 and endpointId = ?2", deliveryId, endpointId).firstResult();
    }
}
