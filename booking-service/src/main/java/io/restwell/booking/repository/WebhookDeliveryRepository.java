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

    /** Ends every pending delivery of the clinic's endpoints as FAILED, unsent: the clinic was deactivated. */
    public int failPendingOfClinic(UUID clinicId) {
        return getEntityManager().createNativeQuery("update webhook_delivery d set status = 'FAILED', next_attempt_at = null,"
                        + " last_error = :error from webhook_endpoint e where e.id = d.endpoint_id and e.clinic_id = :clinic"
                        + " and d.status = 'PENDING'")
                .setParameter("error", WebhookDelivery.CLINIC_DEACTIVATED)
                .setParameter("clinic", clinicId)
                .executeUpdate();
    }
}
