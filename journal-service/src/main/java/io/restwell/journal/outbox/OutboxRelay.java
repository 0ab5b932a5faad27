package io.restwell.journal.outbox;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.restwell.events.CloudEventHeaders;
import io.restwell.events.Topics;
import io.restwell.journal.config.JournalConfig;

/**
 * Publishes outbox events to {@code journal.events} as CloudEvents (binary mode), in commit order.
 *
 * <p>Woken right after each commit, so an event usually reaches Kafka within milliseconds; a sweep
 * catches the rest (events of other instances, retries). One instance relays at a time (a
 * PostgreSQL advisory lock), and a batch stops at its first failed send, so while Kafka is down
 * nothing is skipped and a person's events never overtake each other. Delivery is at least once:
 * consumers drop duplicates by {@code ce_id}.
 *
 * <p>Each send is a producer span, child of the trace context stored with the event (the request
 * that wrote it); its own context goes out as the {@code traceparent} header, so the consumers'
 * spans join the same trace.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    /** Advisory lock id of the journal's relay; any constant unique within the journal database. */
    private static final long RELAY_LOCK = 0x6a6f75726e616cL;
    private static final String SOURCE = "/journal-service";

    private final EntityManager entityManager;
    private final JournalConfig.Outbox config;
    private final String bootstrapServers;
    private final Tracer tracer;
    private final OutboxMetrics metrics;
    private final AtomicBoolean wakeRequested = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private KafkaProducer<String, byte[]> producer;
    private long lastPurgeNanos = System.nanoTime();

    OutboxRelay(EntityManager entityManager, JournalConfig config,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, OpenTelemetry openTelemetry,
            OutboxMetrics metrics) {
        this.entityManager = entityManager;
        this.metrics = metrics;
        this.tracer = openTelemetry.getTracer("io.restwell.journal.outbox");
        this.config = config.outbox();
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent startup) {
        executor = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, "journal-outbox-relay"));
        long sweep = config.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::drain, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    private KafkaProducer<String, byte[]> producer() {
        if (producer == null) {
            int sendTimeoutMs = (int) config.sendTimeout().toMillis();
            producer = new KafkaProducer<>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                    ProducerConfig.CLIENT_ID_CONFIG, "journal-outbox-relay",
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.LINGER_MS_CONFIG, 0,
                    ProducerConfig.MAX_BLOCK_MS_CONFIG, sendTimeoutMs / 2,
                    ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, sendTimeoutMs / 2,
                    ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, sendTimeoutMs),
                    new StringSerializer(), new ByteArraySerializer());
        }
        return producer;
    }

    /**
     * After a failed send, records of the batch that follow it may still sit in the producer's
     * buffer; delivered later, they would overtake the retried one. Closing at once fails them all.
     */
    private void discardProducer() {
        if (producer != null) {
            producer.close(java.time.Duration.ZERO);
            producer = null;
        }
    }

    void stop(@Observes ShutdownEvent shutdown) {
        executor.shutdown();
        try {
            executor.awaitTermination(config.sendTimeout().toSeconds() * 2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (producer != null) {
            producer.close(java.time.Duration.ofSeconds(5));
        }
    }

    /** Runs once the transaction that appended the event has committed (never for a rollback). */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        if (wakeRequested.compareAndSet(false, true) && executor != null && !executor.isShutdown()) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        wakeRequested.set(false);
        try {
            while (publishBatch() == config.batchSize()) {
                // a full batch: there may be more
            }
            purgePublished();
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay failed, retrying in %s: %s", config.sweepInterval(), e.getMessage());
        }
    }

    /** A pending event as the relay reads it: no managed entity, no dirty checking on the hot path. */
    private record Pending(UUID id, String key, String type, String subject, String payload, OffsetDateTime createdAt,
            String traceparent, String tracestate) {
    }

    /** Publishes up to one batch; returns how many events it published. */
    private int publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            Boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", RELAY_LOCK).getSingleResult();
            if (!locked) {
                return 0; // another instance is relaying
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    select id, aggregate_key, type, subject, payload::text, created_at, traceparent, tracestate from outbox_event
                    where published_at is null order by seq limit :batch""")
                    .setParameter("batch", config.batchSize()).getResultList();
            List<Pending> pending = rows.stream().map(row -> new Pending((UUID) row[0], (String) row[1], (String) row[2],
                    (String) row[3], (String) row[4], toOffsetDateTime(row[5]), (String) row[6], (String) row[7])).toList();
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            try {
                for (Pending event : pending) {
                    sends.add(send(event));
                }
            } catch (org.apache.kafka.common.KafkaException e) {
                metrics.failed();
                discardProducer();
                throw e;
            }
            List<UUID> published = new ArrayList<>();
            for (int i = 0; i < pending.size(); i++) {
                try {
                    // The producer fails the send itself after delivery.timeout.ms; wait a little longer.
                    sends.get(i).get(config.sendTimeout().toMillis() + 1000, TimeUnit.MILLISECONDS);
                    published.add(pending.get(i).id());
                } catch (ExecutionException | TimeoutException e) {
                    // Stop here: what follows is retried after this one, never before it.
                    metrics.failed();
                    discardProducer();
                    Pending failed = pending.get(i);
                    entityManager.createNativeQuery(
                            "update outbox_event set attempts = attempts + 1, last_error = :error where id = :id")
                            .setParameter("error", String.valueOf(e.getCause() == null ? e : e.getCause()))
                            .setParameter("id", failed.id()).executeUpdate();
                    LOG.warnf("Kafka did not take event %s (%s); will retry", failed.id(), failed.type());
                    break;
                }
            }
            if (!published.isEmpty()) {
                entityManager.createNativeQuery("update outbox_event set published_at = now() where id in (:ids)")
                        .setParameter("ids", published).executeUpdate();
                metrics.published(published.size());
            }
            return published.size();
        });
    }

    private static OffsetDateTime toOffsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time;
        }
        if (value instanceof java.time.Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((java.sql.Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** Sends one event inside a producer span that ends when Kafka has answered. */
    private Future<RecordMetadata> send(Pending event) {
        Span span = tracer.spanBuilder(Topics.JOURNAL_EVENTS + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceContext.parent(event.traceparent(), event.tracestate()))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "publish")
                .setAttribute("messaging.destination.name", Topics.JOURNAL_EVENTS)
                .setAttribute("messaging.message.id", event.id().toString())
                .setAttribute("cloudevents.event_type", event.type())
                .startSpan();
        ProducerRecord<String, byte[]> record = toRecord(event);
        TraceContext.Carrier trace = TraceContext.of(Context.root().with(span));
        if (trace.traceparent() != null) {
            record.headers().add(TraceContext.TRACEPARENT, trace.traceparent().getBytes(StandardCharsets.UTF_8));
            if (trace.tracestate() != null) {
                record.headers().add(TraceContext.TRACESTATE, trace.tracestate().getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return producer().send(record, (metadata, failure) -> {
                if (failure != null) {
                    span.setStatus(StatusCode.ERROR, failure.getMessage());
                }
                span.end();
            });
        } catch (RuntimeException e) {
            span.setStatus(StatusCode.ERROR, e.getMessage());
            span.end();
            throw e;
        }
    }

    private ProducerRecord<String, byte[]> toRecord(Pending event) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(Topics.JOURNAL_EVENTS, event.key(),
                event.payload().getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.binary(event.id().toString(), SOURCE, event.type(), event.createdAt(), event.subject())
                .forEach((header, value) -> record.headers().add(header, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    /** Published events hold health data: keep them only as long as configured. */
    private void purgePublished() {
        if (System.nanoTime() - lastPurgeNanos < TimeUnit.MINUTES.toNanos(1)) {
            return;
        }
        lastPurgeNanos = System.nanoTime();
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createQuery("delete from OutboxEvent where publishedAt < :cutoff")
                .setParameter("cutoff", OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention()))
                .executeUpdate());
    }
}
