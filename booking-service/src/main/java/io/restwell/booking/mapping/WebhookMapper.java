package io.restwell.booking.mapping;

import io.restwell.booking.WebhookDelivery;
import io.restwell.booking.WebhookEndpoint;
import io.restwell.booking.rest.partner.PartnerWebhookDelivery;
import io.restwell.booking.rest.partner.PartnerWebhookEndpoint;
import io.restwell.booking.rest.partner.PartnerWebhookEndpointCreated;
import io.restwell.booking.rest.partner.PartnerWebhookSecretRotated;

public final class WebhookMapper {

    private WebhookMapper() {
    }

    public static PartnerWebhookEndpoint toResponse(WebhookEndpoint endpoint) {
        return new PartnerWebhookEndpoint(endpoint.id, endpoint.clinicId, endpoint.url, endpoint.description,
                endpoint.eventTypeList(), endpoint.enabled, endpoint.disabledReason, endpoint.consecutiveFailures,
                PartnerMapper.utc(endpoint.createdAt), PartnerMapper.utc(endpoint.updatedAt));
    }

    public static PartnerWebhookEndpointCreated toCreated(WebhookEndpoint endpoint, String secret) {
        return new PartnerWebhookEndpointCreated(endpoint.id, endpoint.clinicId, endpoint.url, endpoint.description,
                endpoint.eventTypeList(), endpoint.enabled, secret, PartnerMapper.utc(endpoint.createdAt));
    }

    public static PartnerWebhookSecretRotated toRotated(WebhookEndpoint endpoint, String secret) {
        return new PartnerWebhookSecretRotated(endpoint.id, secret, PartnerMapper.utc(endpoint.previousSecretUntil));
    }

    public static PartnerWebhookDelivery toResponse(WebhookDelivery delivery) {
        return new PartnerWebhookDelivery(delivery.id, delivery.endpointId, delivery.eventId, delivery.eventType,
                delivery.bookingId, delivery.status, delivery.attempts, PartnerMapper.utc(delivery.nextAttemptAt),
                PartnerMapper.utc(delivery.lastAttemptAt), delivery.lastStatusCode, delivery.lastError,
                delivery.lastDurationMs, PartnerMapper.utc(delivery.createdAt), PartnerMapper.utc(delivery.deliveredAt));
    }
}
