package io.restwell.booking.service;

import java.util.List;

/** What a clinic sets on a webhook endpoint (rest/ builds it from the request). */
public final class WebhookCommands {

    private WebhookCommands() {
    }

    /** {@code eventTypes} null or empty means all; {@code enabled} null keeps the endpoint as it is (on when new). */
    public record EndpointSettings(String url, String description, List<String> eventTypes, Boolean enabled) {
    }
}
