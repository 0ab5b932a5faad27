package io.restwell.booking.webhook;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restwell.booking.config.PartnerConfig;
import io.restwell.booking.domain.CustomerPseudonyms;

/**
 * Queues a booking event for every enabled webhook endpoint of its clinic that wants its type, in the
 * caller's transaction (the one that writes the booking change and its outbox row): a delivery exists
 * exactly when the change does. {@link WebhookDispatcher} sends them, never in the request's path.
 */
@ApplicationScoped
public class WebhookOutbox {

    /** Fired when deliveries were queued; observed after the commit to wake the dispatcher at once. */
    public record Queued(int deliveries) {
    }

    static final String SOURCE = "/booking-service";

    /** The type of a test delivery a clinic asks for; it is sent to that one endpoint whatever types it wants. */
    public static final String PING = "restwell.webhook.ping.v1";

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Event<Queued> queued;
    private final PartnerConfig config;
    private final CustomerPseudonyms customers;

    WebhookOutbox(EntityManager entityManager, ObjectMapper json, Event<Queued> queued, PartnerConfig config, CustomerPseudonyms customers) {
        this.entityManager = entityManager;
        this.json = json;
        this.queued = queued;
        this.config = config;
        this.customers = customers;
    }

    /**
     * @param eventId the CloudEvent id of the outbox row: the {@code Restwell-Event-Id} of every delivery
     * @return how many deliveries were queued
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int enqueue(UUID eventId, String type, UUID clinicId, UUID bookingId, Object data, OffsetDateTime time) {
        String body = body(eventId, type, bookingId, forClinic(clinicId, data), time);
        int rows = entityManager.createNativeQuery(
                "insert into webhook_delivery (id, endpoint_id, event_id, event_type, booking_id, body, status, attempts,"
                        + " next_attempt_at, retry_until, created_at)"
                        + " select gen_random_uuid(), e.id, :event, :type, :booking, :body, 'PENDING', 0, :now, :until, :now"
                        + " from webhook_endpoint e join clinic c on c.id = e.clinic_id and c.active" // none for a deactivated clinic
                        + " where e.clinic_id = :clinic and e.enabled and :type = any(string_to_array(e.event_types, ','))")
                .setParameter("event", eventId)
                .setParameter("type", type)
                .setParameter("booking", bookingId)
                .setParameter("body", body)
                .setParameter("now", time)
                .setParameter("until", time.plus(config.webhooks().retryFor()))
                .setParameter("clinic", clinicId)
                .executeUpdate();
        if (rows > 0) {
            queued.fire(new Queued(rows));
        }
        return rows;
    }

    /**
     * Queues a test delivery to one endpoint (a {@link #PING} event about the endpoint itself), signed and retried
     * like any other, so a clinic can check its receiver before the first booking arrives.
     *
     * @return the id of the queued delivery
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID ping(UUID endpointId, UUID clinicId, OffsetDateTime time) {
        UUID delivery = UUID.randomUUID();
        UUID eventId = UUID.randomUUID();
        ObjectNode data = json.createObjectNode();
        data.put("endpointId", endpointId.toString());
        data.put("clinicId", clinicId.toString());
        data.put("message", "A test delivery you asked for. Answer 2xx and check the signature; nothing else to do.");
        entityManager.createNativeQuery(
                "insert into webhook_delivery (id, endpoint_id, event_id, event_type, booking_id, body, status, attempts,"
                        + " next_attempt_at, retry_until, created_at)"
                        + " values (:id, :endpoint, :event, :type, null, :body, 'PENDING', 0, :now, :until, :now)")
                .setParameter("id", delivery)
                .setParameter("endpoint", endpointId)
                .setParameter("event", eventId)
                .setParameter("type", PING)
                .setParameter("body", body(eventId, PING, endpointId, data, time))
                .setParameter("now", time)
                .setParameter("until", time.plus(config.webhooks().retryFor()))
                .executeUpdate();
        queued.fire(new Queued(1));
        return delivery;
    }

    /**
     * The person behind a booking erased their data: every delivery body of the booking still stored
     * (pending, or finished and not yet purged) names the stand-in's customer id instead, and loses the
     * person's cancellation reason. The clinic's copy of what was already sent is the clinic's.
     *
     * @return how many delivery bodies were rewritten
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int forgetPerson(UUID bookingId, UUID clinicId, String standIn, boolean keepReason) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = entityManager.createNativeQuery("select id, body from webhook_delivery where booking_id = :booking")
                .setParameter("booking", bookingId).getResultList();
        for (Object[] row : rows) {
            ObjectNode body;
            try {
                body = (ObjectNode) json.readTree((String) row[1]);
            } catch (JsonProcessingException | ClassCastException e) {
                throw new IllegalStateException("webhook delivery " + row[0] + " has no JSON body", e);
            }
            if (body.get("data") instanceof ObjectNode data) {
                data.put("customerId", customers.of(clinicId, standIn));
                if (!keepReason && data.has("reason")) {
                    data.putNull("reason");
                }
            }
            entityManager.createNativeQuery("update webhook_delivery set body = :body where id = :id")
                    .setParameter("body", body.toString()).setParameter("id", row[0]).executeUpdate();
        }
        return rows.size();
    }

    /** The event's data as the clinic sees it: its own pseudonym of the person in place of the user id. */
    private ObjectNode forClinic(UUID clinicId, Object data) {
        ObjectNode platform = json.valueToTree(data);
        ObjectNode clinic = json.createObjectNode();
        platform.fields().forEachRemaining(field -> {
            if (field.getKey().equals("userId")) {
                clinic.put("customerId", customers.of(clinicId, field.getValue().asText()));
            } else {
                clinic.set(field.getKey(), field.getValue());
            }
        });
        return clinic;
    }

    /**
     * A CloudEvent 1.0 in structured JSON: the same id, type and data as the Kafka record, but the person. The
     * subject is the booking (the endpoint for a ping).
     */
    private String body(UUID eventId, String type, UUID subject, Object data, OffsetDateTime time) {
        ObjectNode event = json.createObjectNode();
        event.put("specversion", "1.0");
        event.put("id", eventId.toString());
        event.put("source", SOURCE);
        event.put("type", type);
        event.put("time", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC)));
        event.put("subject", subject.toString());
        event.put("datacontenttype", "application/json");
        event.set("data", json.valueToTree(data));
        try {
            return json.writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a " + type + " webhook body", e);
        }
    }
}
