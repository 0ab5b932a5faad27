package io.restwell.recommendation.outbox;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Records an integration event in the caller's transaction; the relay publishes it after commit. */
@ApplicationScoped
public class Outbox {

    /** Fired with every appended event; the relay wakes on it once the transaction has committed. */
    public record Appended(UUID eventId) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Event<Appended> appended;

    Outbox(EntityManager entityManager, ObjectMapper json, Event<Appended> appended) {
        this.entityManager = entityManager;
        this.json = json;
        this.appended = appended;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String type, String userId, String subject, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateKey = userId;
        event.type = type;
        event.subject = subject;
        event.createdAt = OffsetDateTime.now(ZoneOffset.UTC);
        TraceContext.Carrier trace = TraceContext.of(io.opentelemetry.context.Context.current());
        event.traceparent = trace.traceparent();
        event.tracestate = trace.tracestate();
        try {
            event.payload = json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise the " + type + " event", e);
        }
        entityManager.persist(event);
        appended.fire(new Appended(event.id));
        return event.id;
    }
}
