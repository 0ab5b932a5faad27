package io.restwell.platform.outbox;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.opentelemetry.context.Context;

/**
 * Records an integration event in the caller's transaction: it commits with the change it describes,
 * or not at all. {@link OutboxRelay} publishes it after the commit.
 */
@ApplicationScoped
public class Outbox {

    /** Fired with every appended event; the relay wakes on it once the transaction has committed. */
    public record Appended(UUID eventId) {
    }

    private final EntityManager entityManager;
    private final ObjectMapper json;
    private final Event<Appended> appended;
    private final Clock clock;

    /** Uses the service's own {@link Clock} bean when it has one, so event times follow its "now". */
    Outbox(EntityManager entityManager, ObjectMapper json, Event<Appended> appended, Instance<Clock> clocks) {
        this.entityManager = entityManager;
        this.json = json;
        this.appended = appended;
        this.clock = clocks.isResolvable() ? clocks.get() : Clock.systemUTC();
    }

    /**
     * @param type    the CloudEvent type (io.restwell.events.EventTypes)
     * @param key     the Kafka record key: the user (or clinic) id, so its events stay in order
     * @param subject the CloudEvent subject: the id of what changed
     * @param data    the event's data, written as JSON
     * @return the event id ({@code ce_id})
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID append(String type, String key, String subject, Object data) {
        OutboxEvent event = new OutboxEvent();
        event.id = UUID.randomUUID();
        event.aggregateKey = key;
        event.type = type;
        event.subject = subject;
        event.createdAt = OffsetDateTime.now(clock);
        TraceContext.Carrier trace = TraceContext.of(Context.current());
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
