package io.restwell.recommendation.messaging;

import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import io.restwell.events.CloudEventHeaders;
import io.restwell.recommendation.service.BookingFeed;
import io.smallrye.reactive.messaging.annotations.Blocking;

/** Reads {@code booking.events}; an event that can never be applied goes to {@code booking.events.dlq}. */
@ApplicationScoped
public class BookingEventsConsumer {

    private final BookingFeed feed;

    BookingEventsConsumer(BookingFeed feed) {
        this.feed = feed;
    }

    @Incoming("booking-events")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        TransientFailures.retry(() -> feed.apply(header(record, CloudEventHeaders.ID),
                header(record, CloudEventHeaders.TYPE), record.value()), JournalEventsConsumer.RETRY_BUDGET,
                TransientFailures::sleep);
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
