package io.restwell.booking.rest.partner;

import java.util.List;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.service.WebhookCommands;

@Schema(name = "PartnerWebhookEndpointRequest")
public record PartnerWebhookEndpointRequest(
        @Schema(description = "An https URL on a public host.", example = "https://clinic.example/restwell/webhooks", maxLength = 2000)
        @NotBlank @Size(max = 2000) String url,
        @Schema(example = "Front-desk sync", maxLength = 200) @Size(max = 200) @Nullable String description,
        @Schema(description = "Which booking events to send; default all five.",
                example = "[\"restwell.booking.created.v1\", \"restwell.booking.cancelled.v1\"]")
        @Size(max = 10) @Nullable List<@NotBlank @Size(max = 100) String> eventTypes,
        @Schema(description = "Switch the endpoint on or off; on a PUT, leave out to keep as is. Enabling clears "
                + "its failure count and resumes its pending deliveries.", example = "true") @Nullable Boolean enabled) {

    public WebhookCommands.EndpointSettings toCommand() {
        return new WebhookCommands.EndpointSettings(url, description, eventTypes, enabled);
    }
}
