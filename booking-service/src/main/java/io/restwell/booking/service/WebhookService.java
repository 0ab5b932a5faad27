package io.restwell.booking.service;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import io.restwell.booking.domain.BookingException;
import io.restwell.platform.defaults.paging.Page;
import io.restwell.platform.defaults.paging.Paging;
import io.restwell.booking.WebhookDelivery;
import io.restwell.booking.WebhookEndpoint;
import io.restwell.booking.config.PartnerConfig;
import io.restwell.booking.domain.ApiKeys;
import io.restwell.booking.domain.SecretBox;
import io.restwell.platform.defaults.outbound.OutboundUrlPolicy;
import io.restwell.booking.repository.WebhookDeliveryRepository;
import io.restwell.booking.repository.WebhookEndpointRepository;
import io.restwell.booking.domain.BookingException.Violation;
import io.restwell.booking.webhook.WebhookOutbox;
import io.restwell.events.EventTypes;

/** A clinic's webhook endpoints and their delivery log; every call is scoped to one clinic. */
@ApplicationScoped
public class WebhookService {

    /** The booking events a clinic can subscribe to. */
    public static final List<String> EVENT_TYPES = List.of(EventTypes.BOOKING_CREATED, EventTypes.BOOKING_CANCELLED,
            EventTypes.BOOKING_RESCHEDULED, EventTypes.BOOKING_COMPLETED, EventTypes.BOOKING_NO_SHOW);
    public static final List<String> DELIVERY_STATUSES = List.of("PENDING", "SUCCEEDED", "FAILED");

    /** A new endpoint with its signing secret, which exists only in this answer. */
    public record Created(WebhookEndpoint endpoint, String secret) {
    }

    private final WebhookEndpointRepository endpoints;
    private final WebhookDeliveryRepository deliveries;
    private final CatalogService catalog;
    private final PartnerConfig config;
    private final Event<WebhookOutbox.Queued> queued;
    private final Clock clock;
    private final SecretBox secrets;
    private final WebhookOutbox outbox;

    WebhookService(WebhookEndpointRepository endpoints, WebhookDeliveryRepository deliveries, CatalogService catalog, PartnerConfig config,
            Event<WebhookOutbox.Queued> queued, Clock clock, SecretBox secrets, WebhookOutbox outbox) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.catalog = catalog;
        this.config = config;
        this.queued = queued;
        this.clock = clock;
        this.secrets = secrets;
        this.outbox = outbox;
    }

    private final SecureRandom random = new SecureRandom();

    @Transactional
    public Created create(UUID clinicId, WebhookCommands.EndpointSettings request) {
        catalog.clinic(clinicId, true);
        String types = check(request);
        int most = config.webhooks().maxEndpointsPerClinic();
        if (endpoints.countOfClinic(clinicId) >= most) {
            throw BookingException.conflict("A clinic has at most " + most + " webhook endpoints; delete one first.");
        }
        WebhookEndpoint endpoint = new WebhookEndpoint();
        endpoint.id = UUID.randomUUID();
        endpoint.clinicId = clinicId;
        endpoint.url = request.url().strip();
        endpoint.description = blankToNull(request.description());
        endpoint.eventTypes = types;
        String secret = "whsec_" + ApiKeys.randomText(32, random);
        endpoint.secret = secrets.seal(secret, endpoint.id.toString());
        endpoint.enabled = request.enabled() == null || request.enabled();
        endpoint.disabledReason = endpoint.enabled ? null : "Disabled on request.";
        endpoint.createdAt = OffsetDateTime.now(clock);
        endpoint.updatedAt = endpoint.createdAt;
        endpoints.persist(endpoint);
        return new Created(endpoint, secret);
    }

    /** A new signing secret, which exists only in this answer; the previous one keeps signing for a while. */
    public record Rotated(WebhookEndpoint endpoint, String secret) {
    }

    @Transactional
    public Rotated rotateSecret(UUID clinicId, UUID endpointId) {
        catalog.clinic(clinicId, true);
        WebhookEndpoint endpoint = endpoint(clinicId, endpointId);
        String secret = "whsec_" + ApiKeys.randomText(32, random);
        endpoint.previousSecret = endpoint.secret; // sealed for this endpoint already
        endpoint.previousSecretUntil = OffsetDateTime.now(clock).plus(config.webhooks().secretRotationOverlap());
        endpoint.secret = secrets.seal(secret, endpoint.id.toString());
        endpoint.updatedAt = OffsetDateTime.now(clock);
        return new Rotated(endpoint, secret);
    }

    @Transactional
    public List<WebhookEndpoint> list(UUID clinicId) {
        catalog.clinic(clinicId, true);
        return endpoints.ofClinic(clinicId);
    }

    @Transactional
    public WebhookEndpoint get(UUID clinicId, UUID endpointId) {
        catalog.clinic(clinicId, true);
        return endpoint(clinicId, endpointId);
    }

    /**
     * Replaces URL, description and event types; {@code enabled} (when given) switches the endpoint on or
     * off. Enabling a disabled endpoint clears its failure count, and its pending deliveries resume.
     */
    @Transactional
    public WebhookEndpoint replace(UUID clinicId, UUID endpointId, WebhookCommands.EndpointSettings request) {
        catalog.clinic(clinicId, true);
        String types = check(request);
        WebhookEndpoint endpoint = endpoint(clinicId, endpointId);
        endpoint.url = request.url().strip();
        endpoint.description = blankToNull(request.description());
        endpoint.eventTypes = types;
        if (request.enabled() != null && request.enabled() != endpoint.enabled) {
            endpoint.enabled = request.enabled();
            endpoint.disabledReason = endpoint.enabled ? null : "Disabled on request.";
            endpoint.consecutiveFailures = 0;
            endpoint.failingSince = null;
            if (endpoint.enabled) {
                queued.fire(new WebhookOutbox.Queued(0)); // wake the dispatcher for what waited
            }
        }
        endpoint.updatedAt = OffsetDateTime.now(clock);
        return endpoint;
    }

    /** Deletes the endpoint and its delivery log; nothing more is sent to it. */
    @Transactional
    public void delete(UUID clinicId, UUID endpointId) {
        catalog.clinic(clinicId, true);
        endpoints.delete(endpoint(clinicId, endpointId));
    }

    @Transactional
    public Page<WebhookDelivery> deliveries(UUID clinicId, UUID endpointId, String status, int page, int size) {
        catalog.clinic(clinicId, true);
        endpoint(clinicId, endpointId);
        return Pages.window(deliveries.ofEndpoint(endpointId, status, 0, size), Paging.firstIndex(page, size), size);
    }

    /**
     * Sends a delivery again as soon as possible, with the same event id (receivers deduplicate by it),
     * and another {@code retry-for} of retries if it fails.
     */
    @Transactional
    public WebhookDelivery redeliver(UUID clinicId, UUID endpointId, UUID deliveryId) {
        catalog.clinic(clinicId, true);
        WebhookEndpoint endpoint = endpoint(clinicId, endpointId);
        WebhookDelivery delivery = deliveries.ofEndpoint(endpointId, deliveryId);
        if (delivery == null) {
            throw BookingException.notFound("No delivery " + deliveryId + " of webhook endpoint " + endpointId + ".");
        }
        if (!endpoint.enabled) {
            throw BookingException.conflict("The endpoint is disabled; enable it first (PUT with \"enabled\": true).");
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (!"PENDING".equals(delivery.status) || delivery.nextAttemptAt.isAfter(now)) {
            delivery.status = "PENDING";
            delivery.nextAttemptAt = now;
            delivery.retryUntil = now.plus(config.webhooks().retryFor());
            delivery.deliveredAt = null;
        }
        queued.fire(new WebhookOutbox.Queued(1));
        return delivery;
    }

    /** Queues a test delivery ({@link WebhookOutbox#PING}) to one enabled endpoint of the clinic. */
    @Transactional
    public WebhookDelivery ping(UUID clinicId, UUID endpointId) {
        catalog.clinic(clinicId, true);
        WebhookEndpoint endpoint = endpoint(clinicId, endpointId);
        if (!endpoint.enabled) {
            throw BookingException.conflict("The endpoint is disabled; enable it first (PUT with \"enabled\": true).");
        }
        UUID delivery = outbox.ping(endpointId, clinicId, OffsetDateTime.now(clock));
        return deliveries.ofEndpoint(endpointId, delivery);
    }

    private WebhookEndpoint endpoint(UUID clinicId, UUID endpointId) {
        WebhookEndpoint endpoint = endpoints.inClinic(clinicId, endpointId);
        if (endpoint == null) {
            throw BookingException.notFound("No webhook endpoint " + endpointId + " at this clinic.");
        }
        return endpoint;
    }

    /** The URL against the policy and the event types against the contract; the types as stored. */
    private String check(WebhookCommands.EndpointSettings request) {
        List<Violation> violations = new ArrayList<>();
        new OutboundUrlPolicy(config.webhooks().allowInsecureLocalhost()).problem(request.url())
                .ifPresent(problem -> violations.add(new Violation("url", problem)));
        Set<String> types = new LinkedHashSet<>();
        List<String> requested = request.eventTypes() == null || request.eventTypes().isEmpty() ? EVENT_TYPES : request.eventTypes();
        for (int i = 0; i < requested.size(); i++) {
            if (!EVENT_TYPES.contains(requested.get(i))) {
                violations.add(new Violation("eventTypes[" + i + "]", "must be one of " + EVENT_TYPES));
            }
            types.add(requested.get(i));
        }
        if (!violations.isEmpty()) {
            throw BookingException.brokenRules(violations);
        }
        return String.join(",", types);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
