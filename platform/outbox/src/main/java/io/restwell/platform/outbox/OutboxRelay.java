package io.restwell.platform.outbox;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
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
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
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
import io.smallrye.common.annotation.Identifier;
import io.restwell.events.CloudEventHeaders;

/**
 * Publishes outbox events to the service's topic as CloudEvents 1.0 in binary mode, in {@code seq}
 * order.
 *
 * <ul>
 * <li>Woken right after each commit, so an event usually reaches Kafka within milliseconds; a sweep
 * every {@code sweep-interval} catches the rest (other instances' events, retries).</li>
 * <li>One instance relays at a time: each batch runs in a transaction holding a PostgreSQL advisory
 * lock; the others skip that round.</li>
 * <li>At its first failed send a batch hands Kafka no further event, waits for the sends already handed
 * and marks those Kafka acknowledged, records the failure on its event and backs off (doubling up to
 * {@code max-backoff}); the failed event and those after it are retried in order, so while Kafka is
 * down nothing is skipped, an event not yet handed never overtakes an earlier one, and no send still in
 * flight is left unmarked to be published again. Delivery is at least once (a send Kafka never answered
 * may still have landed): consumers drop duplicates by {@code ce_id}.</li>
 * <li>Each send is a producer span, child of the trace context stored with the event; its own context
 * goes out as the {@code traceparent} header, so the consumers' spans join the same trace.</li>
 * </ul>
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final EntityManager entityManager;
    private final OutboxConfig config;
    /** Every {@code kafka.*} setting: the bootstrap servers, and TLS and SASL where the broker wants them. */
    private final Map<String, Object> kafka;
    private final Tracer tracer;
    private final OutboxMetrics metrics;
    private final String clientId;
    private final AtomicBoolean wakeQueued = new AtomicBoolean();
    private ScheduledExecutorService executor;
    private Producer<String, byte[]> producer;
    private Supplier<Producer<String, byte[]>> producers = this::kafkaProducer;
    private volatile boolean backingOff;
    private volatile boolean pausedByTest;
    private volatile long pausedUntilNanos;
    private Duration backoff = Duration.ZERO;
    private long lastPurgeNanos = System.nanoTime();

    OutboxRelay(EntityManager entityManager, OutboxConfig config,
            @Identifier("default-kafka-broker") Map<String, Object> kafka,
            @ConfigProperty(name = "quarkus.application.name") String applicationName,
            OpenTelemetry openTelemetry, OutboxMetrics metrics) {
        this.entityManager = entityManager;
        this.config = config;
        this.kafka = Map.copyOf(kafka);
        this.metrics = metrics;
        this.clientId = applicationName + "-outbox-relay";
        this.tracer = openTelemetry.getTracer("io.restwell.platform.outbox");
    }

    void start(@Observes StartupEvent startup) {
        if (!config.relayEnabled()) {
            LOG.info("Outbox relay disabled (restwell.outbox.relay-enabled=false)");
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(task -> new Thread(task, clientId));
        long sweep = config.sweepInterval().toMillis();
        executor.scheduleWithFixedDelay(this::sweep, sweep, sweep, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent shutdown) {
        if (executor != null) {
            executor.shutdown();
            try {
                executor.awaitTermination(config.sendTimeout().multipliedBy(2).toSeconds() + 5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (producer != null) {
            producer.close(Duration.ofSeconds(5));
        }
    }

    /** Runs once the transaction that appended an event has committed; never after a rollback. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) Outbox.Appended appended) {
        if (executor != null && !executor.isShutdown() && wakeQueued.compareAndSet(false, true)) {
            executor.execute(this::wake);
        }
    }

    private void wake() {
        wakeQueued.set(false);
        if (!pausedByTest && !backingOff()) {
            drain();
        }
    }

    private void sweep() {
        if (!pausedByTest && !backingOff()) {
            drain();
        }
        purgePublished();
    }

    /**
     * Publishes batches until the outbox is empty, another instance holds the lock, or a send fails.
     * Public for tests that drive the relay by hand ({@link #pause()}, or {@code relay-enabled=false}).
     */
    public void drain() {
        try {
            Batch batch;
            do {
                batch = publishBatch();
            } while (batch.failure() == null && batch.published() == config.batchSize());
            if (batch.failure() != null) {
                failed(batch.failure());
            } else {
                succeeded();
            }
        } catch (RuntimeException e) {
            failed(e);
        }
    }

    /**
     * For tests: where producers come from (a fresh one after every failure); {@code null} for the Kafka
     * producer again. Changed on the relay's own thread when it runs, so never in the middle of a batch.
     */
    public void useProducers(Supplier<Producer<String, byte[]>> supplier) {
        onRelayThread(() -> {
            discardProducer();
            producers = supplier == null ? this::kafkaProducer : supplier;
        });
    }

    /**
     * For tests that drive the relay by hand ({@link #drain()}) in an application whose relay runs: its
     * own thread relays nothing until {@link #resume()}. Returns once a round under way has ended.
     */
    public void pause() {
        pausedByTest = true;
        onRelayThread(() -> {
        });
    }

    /** Lets the relay's own thread relay again (see {@link #pause()}). */
    public void resume() {
        pausedByTest = false;
    }

    private void onRelayThread(Runnable task) {
        if (executor == null || executor.isShutdown()) {
            task.run();
            return;
        }
        try {
            executor.submit(task).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the outbox relay", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the outbox relay failed a test's request", e.getCause());
        }
    }

    /** What one batch did: how many events it published, and the send failure it stopped at, if any. */
    private record Batch(int published, RuntimeException failure) {
    }

    /** A pending event as the relay reads it: no managed entity, no dirty checking on the hot path. */
    private record Pending(UUID id, String key, String type, String subject, String payload, OffsetDateTime createdAt,
            String traceparent, String tracestate) {
    }

    /**
     * One batch in one transaction (0 published when another instance relays). A failed send does not
     * roll it back: the events Kafka acknowledged stay published and the failure is recorded on its row.
     *
     * <p>At the first failed send the relay hands Kafka no further event, then waits for every send it
     * already handed before it commits (which releases the lock) or gives the batch up: a send still in
     * flight may land, and if its row stayed unmarked the next relay, here or on another instance, would
     * publish it again.
     */
    private Batch publishBatch() {
        return QuarkusTransaction.requiringNew().call(() -> {
            boolean locked = (Boolean) entityManager.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                    .setParameter("lock", config.lockId()).getSingleResult();
            if (!locked) {
                return new Batch(0, null);
            }
            @SuppressWarnings("unchecked")
            List<Object[]> rows = entityManager.createNativeQuery("""
                    select id, aggregate_key, type, subject, payload::text, created_at, traceparent, tracestate
                    from outbox_event where published_at is null order by seq limit :batch""")
                    .setParameter("batch", config.batchSize()).getResultList();
            List<Pending> pending = rows.stream().map(row -> new Pending((UUID) row[0], (String) row[1],
                    (String) row[2], (String) row[3], (String) row[4], offsetDateTime(row[5]), (String) row[6],
                    (String) row[7])).toList();
            List<Future<RecordMetadata>> sends = new ArrayList<>();
            AtomicBoolean sendFailed = new AtomicBoolean();
            Failure refused = null;
            for (Pending event : pending) {
                try {
                    Future<RecordMetadata> send = send(event, sendFailed);
                    sends.add(send);
                } catch (RuntimeException e) {
                    // The producer threw instead of failing the send (a serializer, a closed producer).
                    refused = new Failure(sends.size(), e);
                    break;
                }
                if (sendFailed.get()) {
                    // Failed at once (no metadata within max.block.ms, a record Kafka refuses) or an earlier
                    // send failed meanwhile: later events are retried after it, never before it.
                    break;
                }
            }
            Outcome outcome = awaitSends(pending, sends);
            // A send the producer refused comes after every send it took.
            Failure failure = outcome.failure() != null ? outcome.failure() : refused;
            if (failure != null) {
                metrics.failed();
                // A fresh producer for the retry (an idempotent one may be left unusable by some failures).
                // It holds nothing of this batch by now unless a send went unanswered: that is dropped, so
                // nothing of the batch reaches Kafka after the commit.
                discardProducer();
                Pending failed = pending.get(failure.index());
                entityManager.createNativeQuery(
                        "update outbox_event set attempts = attempts + 1, last_error = :error where id = :id")
                        .setParameter("error", failure.cause().toString())
                        .setParameter("id", failed.id()).executeUpdate();
                markPublished(outcome.acknowledged());
                return new Batch(outcome.acknowledged().size(), new KafkaException("Kafka did not take event "
                        + failed.id() + " (" + failed.type() + "): " + failure.cause(), failure.cause()));
            }
            markPublished(outcome.acknowledged());
            return new Batch(outcome.acknowledged().size(), null);
        });
    }

    /** The first send of a batch that failed: its place in the batch and why. */
    private record Failure(int index, Throwable cause) {
    }

    /** What Kafka answered to the sends of a batch: the events it acknowledged (in batch order), and the first failure. */
    private record Outcome(List<UUID> acknowledged, Failure failure) {
    }

    /**
     * Waits for every send handed to the producer. The producer answers each within its delivery timeout
     * ({@code send-timeout}) of handing it over; twice that is allowed before a send counts as unanswered.
     */
    private Outcome awaitSends(List<Pending> pending, List<Future<RecordMetadata>> sends) {
        long deadline = System.nanoTime() + 2 * config.sendTimeout().toNanos();
        List<UUID> acknowledged = new ArrayList<>();
        Failure failure = null;
        boolean interrupted = false;
        for (int i = 0; i < sends.size(); i++) {
            try {
                while (true) {
                    try {
                        sends.get(i).get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                        break;
                    } catch (InterruptedException e) {
                        // Keep waiting (a shutdown waits for the relay): the send may land all the same.
                        interrupted = true;
                    }
                }
                acknowledged.add(pending.get(i).id());
            } catch (ExecutionException e) {
                if (failure == null) {
                    failure = new Failure(i, e.getCause() == null ? e : e.getCause());
                }
            } catch (TimeoutException e) {
                if (failure == null) {
                    failure = new Failure(i, new KafkaException("no answer within " + config.sendTimeout().multipliedBy(2)));
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return new Outcome(acknowledged, failure);
    }

    private void markPublished(List<UUID> ids) {
        if (!ids.isEmpty()) {
            config.dropWhenPublished().filter(types -> !types.isEmpty()).ifPresent(types -> entityManager
                    .createNativeQuery("delete from outbox_event where id in (:ids) and type in (:types)")
                    .setParameter("ids", ids).setParameter("types", types).executeUpdate());
            entityManager.createNativeQuery("update outbox_event set published_at = now() where id in (:ids)")
                    .setParameter("ids", ids).executeUpdate();
            metrics.published(ids.size());
        }
    }

    /** Sends one event inside a producer span that ends when Kafka has answered; a failure sets {@code failed}. */
    private Future<RecordMetadata> send(Pending event, AtomicBoolean failed) {
        Span span = tracer.spanBuilder(config.topic() + " publish")
                .setSpanKind(SpanKind.PRODUCER)
                .setParent(TraceContext.parent(event.traceparent(), event.tracestate()))
                .setAttribute("messaging.system", "kafka")
                .setAttribute("messaging.operation.type", "publish")
                .setAttribute("messaging.destination.name", config.topic())
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
                    failed.set(true);
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
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(config.topic(), event.key(),
                event.payload().getBytes(StandardCharsets.UTF_8));
        CloudEventHeaders.binary(event.id().toString(), config.source(), event.type(), event.createdAt(), event.subject())
                .forEach((header, value) -> record.headers().add(header, value.getBytes(StandardCharsets.UTF_8)));
        return record;
    }

    private boolean backingOff() {
        return backingOff && System.nanoTime() - pausedUntilNanos < 0; // nanoTime may be negative: compare differences
    }

    private void succeeded() {
        backoff = Duration.ZERO;
        backingOff = false;
    }

    /** Backs off: the sweep interval, doubling up to max-backoff, so a Kafka outage is not hammered. */
    private void failed(RuntimeException e) {
        backoff = backoff.isZero() ? config.sweepInterval() : backoff.multipliedBy(2);
        if (backoff.compareTo(config.maxBackoff()) > 0) {
            backoff = config.maxBackoff();
        }
        pausedUntilNanos = System.nanoTime() + backoff.toNanos();
        backingOff = true;
        LOG.warnf("Outbox relay: %s; retrying in %s ms", e.getMessage(), backoff.toMillis());
    }

    private Producer<String, byte[]> producer() {
        if (producer == null) {
            producer = producers.get();
        }
        return producer;
    }

    private Producer<String, byte[]> kafkaProducer() {
        return new KafkaProducer<>(producerSettings(kafka, clientId, config.sendTimeout()),
                new StringSerializer(), new ByteArraySerializer());
    }

    /**
     * The service's Kafka settings that a producer knows (so the connection's TLS and SASL settings apply), then the
     * relay's own, which always win: durable, ordered sends that give up within the send timeout.
     */
    static Map<String, Object> producerSettings(Map<String, Object> kafka, String clientId, Duration sendTimeout) {
        Map<String, Object> settings = new java.util.HashMap<>();
        kafka.forEach((name, value) -> {
            if (ProducerConfig.configNames().contains(name)) {
                settings.put(name, value);
            }
        });
        int timeout = (int) sendTimeout.toMillis();
        settings.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        settings.put(ProducerConfig.ACKS_CONFIG, "all");
        settings.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        settings.put(ProducerConfig.LINGER_MS_CONFIG, 0);
        settings.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout / 2);
        settings.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, timeout / 2);
        settings.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, timeout);
        return settings;
    }

    /**
     * After a failed send, records of the batch that follow it may still sit in the producer's buffer;
     * delivered later, they would overtake the retried one. Closing at once fails them all.
     */
    private void discardProducer() {
        if (producer != null) {
            producer.close(Duration.ZERO);
            producer = null;
        }
    }

    private static OffsetDateTime offsetDateTime(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.withOffsetSameInstant(ZoneOffset.UTC);
        }
        if (value instanceof Instant instant) {
            return instant.atOffset(ZoneOffset.UTC);
        }
        return ((Timestamp) value).toInstant().atOffset(ZoneOffset.UTC);
    }

    /** Published events may hold health data: keep them only as long as configured; checked once a minute. */
    private void purgePublished() {
        if (System.nanoTime() - lastPurgeNanos < TimeUnit.MINUTES.toNanos(1)) {
            return;
        }
        lastPurgeNanos = System.nanoTime();
        try {
            QuarkusTransaction.requiringNew().run(() -> entityManager
                    .createNativeQuery("delete from outbox_event where published_at < :cutoff")
                    .setParameter("cutoff", OffsetDateTime.now(ZoneOffset.UTC).minus(config.retention()))
                    .executeUpdate());
        } catch (RuntimeException e) {
            LOG.warnf("Outbox purge failed: %s", e.getMessage());
        }
    }
}
