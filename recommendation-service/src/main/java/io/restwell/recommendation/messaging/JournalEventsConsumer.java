package io.restwell.recommendation.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.restwell.events.CloudEventHeaders;
import io.restwell.recommendation.service.JournalFeed;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads {@code journal.events} (CloudEvents, binary mode). One person's events share a partition,
 * so they arrive in order; an event that can never be applied goes to {@code journal.events.dlq}
 * (failure-strategy in application.properties) instead of blocking the partition. A database that
 * is down or restarting holds the partition instead (TransientFailures), for up to five minutes.
 */
@ApplicationScoped
public class JournalEventsConsumer {

    private static final Logger LOG = Logger.getLogger(JournalEventsConsumer.class);
    /** How long a database outage may hold an event back before it is dead-lettered after all. */
    static final Duration RETRY_BUDGET = Duration.ofMinutes(5);

    private final JournalFeed feed;

    JournalEventsConsumer(JournalFeed feed) {
        this.feed = feed;
    }

    @Incoming("journal-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        String id = header(record, CloudEventHeaders.ID);
        String type = header(record, CloudEventHeaders.TYPE);
        TransientFailures.retry(() -> {
            if (!feed.apply(id, type, record.key(), record.value())) {
                LOG.debugf("Skipped redelivered event %s", id);
            }
        }, RETRY_BUDGET, TransientFailures::sleep);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
