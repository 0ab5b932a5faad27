package io.restwell.booking.messaging;

import java.time.Duration;

import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.booking.service.ErasureService;
import io.restwell.events.EventTypes;
import io.restwell.events.Sources;
import io.restwell.events.journal.UserDataErasedEvent;
import io.restwell.platform.defaults.messaging.IncomingEvents;
import io.restwell.platform.defaults.messaging.IncomingEvents.IncomingEvent;
import io.restwell.platform.defaults.messaging.TransientFailures;
import io.smallrye.reactive.messaging.annotations.Blocking;

/**
 * Reads {@code journal.events} (consumer group {@code booking-service}) for one type only, the
 * erasure of a person, which {@code DELETE /api/v1/journal} sends to every service. Every record is
 * checked first (IncomingEvents): one not from journal-service or whose key is not the person its body
 * names goes to {@code journal.events.dlq} unapplied, as does an unreadable erasure. Other types are
 * read and dropped at once, never stored. A database outage holds the partition (TransientFailures)
 * rather than dead-lettering an erasure.
 */
@ApplicationScoped
public class ErasureConsumer {

    /** How long a database outage may hold an erasure back before it is dead-lettered after all. */
    static final Duration RETRY_BUDGET = Duration.ofMinutes(5);

    private final ErasureService erasures;
    private final ObjectMapper json;

    ErasureConsumer(ErasureService erasures, ObjectMapper json) {
        this.erasures = erasures;
        this.json = json;
    }

    @Incoming("journal-erasures")
    @Blocking
    public void consume(ConsumerRecord<String, String> record) {
        IncomingEvent event = IncomingEvents.verify(record, Sources.JOURNAL_SERVICE);
        if (!EventTypes.USER_DATA_ERASED.equals(event.type())) {
            return;
        }
        UserDataErasedEvent erasure;
        try {
            erasure = json.readValue(event.data(), UserDataErasedEvent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("unreadable UserDataErasedEvent", e);
        }
        // The later of the moment it names and the moment it was written: a late copy erases no less.
        var erasedAt = erasure.erasedAt() == null || event.time().isAfter(erasure.erasedAt()) ? event.time() : erasure.erasedAt();
        TransientFailures.retry(() -> erasures.erase(event.userId(), erasedAt), RETRY_BUDGET);
    }
}
