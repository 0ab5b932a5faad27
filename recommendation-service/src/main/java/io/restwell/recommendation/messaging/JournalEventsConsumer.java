package io.restwell.recommendation.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

import io.restwell.events.Sources;
import io.restwell.platform.defaults.messaging.IncomingEvents;
import io.restwell.platform.defaults.messaging.IncomingEvents.IncomingEvent;
import io.restwell.platform.defaults.messaging.TransientFailures;
import io.restwell.recommendation.service.JournalFeed;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads {@code journal.events} (CloudEvents, binary mode). One person's events share a partition,
 * so they arrive in order. A record not from journal-service, or whose key is not the person its body
 * names (IncomingEvents), and an event that can never be applied go to {@code journal.events.dlq}
 * unapplied (failure-strategy in application.properties) instead of blocking the partition. A
 * database that is down or restarting holds the partition instead (TransientFailures), for up to
 * five minutes.
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
        IncomingEvent event = IncomingEvents.verify(record, Sources.JOURNAL_SERVICE);
        TransientFailures.retry(() -> {
            if (!feed.apply(event)) {
                LOG.debugf("Skipped redelivered event %s", event.id());
            }
        }, RETRY_BUDGET);
    }
}
