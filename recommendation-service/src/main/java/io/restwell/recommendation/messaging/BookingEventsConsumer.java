package io.restwell.recommendation.messaging;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.restwell.events.Sources;
import io.restwell.platform.defaults.messaging.IncomingEvents;
import io.restwell.platform.defaults.messaging.IncomingEvents.IncomingEvent;
import io.restwell.platform.defaults.messaging.TransientFailures;
import io.restwell.recommendation.service.BookingFeed;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads {@code booking.events}. A record not from booking-service, or whose key is not the person its
 * body names, and an event that can never be applied go to {@code booking.events.dlq} unapplied.
 */
@ApplicationScoped
public class BookingEventsConsumer {

    private final BookingFeed feed;

    BookingEventsConsumer(BookingFeed feed) {
        this.feed = feed;
    }

    @Incoming("booking-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvents.verify(record, Sources.BOOKING_SERVICE);
        TransientFailures.retry(() -> feed.apply(event), JournalEventsConsumer.RETRY_BUDGET);
    }
}
