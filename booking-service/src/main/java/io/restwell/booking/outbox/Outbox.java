package io.restwell.booking.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.context.Context;

/**
 * Appends events to the outbox inside the caller's transaction; {@link OutboxRelay} publishes them.
 * The current trace context is kept with each event, so the trace goes on through Kafka.
 */
@ApplicationScoped
public class Outbox {

    /** Fired on append; observed after a successful commit to wake the relay at once. */
    public record Appended(UUID id) {
    }

    @Inject
    EntityManager entityManager;

    @Inject
    ObjectMapper json;

    @Inject
    Event<Appended> appended;

    @Inject
    Clock clock;

    /**
     * @param type    the CloudEvent type (io.restwell.events.EventTypes)
     * @param key     the Kafka record key: the user id, so one person's events stay in order
     * @param subject the CloudEvent subject: the booking id
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String type, String key, String subject, Object payload) {
        UUID id = UUID.randomUUID();
        String data;
        try {
            data = json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise a " + type + " event", e);
        }
        TraceContext.Carrier trace = TraceContext.of(Context.current());
        entityManager.createNativeQuery("insert into outbox_event (id, aggregate_key, type, subject, payload, created_at,"
                        + " traceparent, tracestate)"
                        + " values (:id, :key, :type, :subject, cast(:payload as jsonb), :created, :traceparent, :tracestate)")
                .setParameter("id", id)
                .setParameter("key", key)
                .setParameter("type", type)
                .setParameter("subject", subject)
                .setParameter("payload", data)
                .setParameter("created", OffsetDateTime.now(clock))
                .setParameter("traceparent", trace.traceparent())
                .setParameter("tracestate", trace.tracestate())
                .executeUpdate();
        appended.fire(new Appended(id));
        return id;
    }
}
