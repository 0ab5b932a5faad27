package io.restwell.booking.rest.partner;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerWebhookDeliveryPage")
public record PartnerWebhookDeliveryPage(List<PartnerWebhookDelivery> items, int page, int size, long total) {
}
