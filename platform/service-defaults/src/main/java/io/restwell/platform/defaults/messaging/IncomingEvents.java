package io.restwell.platform.defaults.messaging;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The one check every Kafka consumer runs before it applies a record: a consumer trusts nothing it did
 * not check (docs/security.md). Kafka's ACLs decide who may write a topic; this decides what a record
 * may claim, so a pod that can write anyway (a compromised producer, a mistake in the ACLs) cannot
 * speak for another service or about another person.
 *
 * <ul>
 * <li>{@code ce_source} is the topic's producer (the value of its {@code restwell.outbox.source});</li>
 * <li>{@code ce_id}, {@code ce_type} and {@code ce_time} (RFC 3339) are there;</li>
 * <li>the body is a JSON object whose {@code userId} is the record key: every Restwell producer keys a
 * record by the person its body names, and consumers act on the body.</li>
 * </ul>
 * Anything else throws {@link UntrustedEventException}, which dead-letters the record unapplied.
 */
public final class IncomingEvents {

    /** The body field every Restwell event payload names its person by; the record key must equal it. */
    public static final String USER_FIELD = "userId";

    private static final ObjectMapper JSON = new ObjectMapper();

    private IncomingEvents() {
    }

    /** A record that passed the checks: its CloudEvent attributes, its person and its JSON data. */
    public record IncomingEvent(String id, String type, OffsetDateTime time, String userId, String data) {
    }

    /**
     * @param expectedSource the producer's CloudEvent source (event-contracts' {@code Sources})
     * @throws UntrustedEventException when the record is not what the producer writes
     */
    public static IncomingEvent verify(ConsumerRecord<String, String> record, String expectedSource) {
        String source = header(record, "ce_source");
        if (!expectedSource.equals(source)) {
            throw new UntrustedEventException(source == null ? "ce_source missing, expected " + expectedSource
                    : "ce_source is not " + expectedSource + " (the producer of " + record.topic() + ")");
        }
        String id = header(record, "ce_id");
        String type = header(record, "ce_type");
        String time = header(record, "ce_time");
        if (id == null || id.isBlank() || type == null || type.isBlank() || time == null) {
            throw new UntrustedEventException("not a CloudEvent: ce_id, ce_type or ce_time missing");
        }
        OffsetDateTime at;
        try {
            at = OffsetDateTime.parse(time);
        } catch (DateTimeParseException e) {
            throw new UntrustedEventException("ce_time is not an RFC 3339 time");
        }
        if (record.value() == null) {
            throw new UntrustedEventException("no data");
        }
        JsonNode body;
        try {
            body = JSON.readTree(record.value());
        } catch (JsonProcessingException e) {
            throw new UntrustedEventException("data is not JSON");
        }
        JsonNode user = body == null ? null : body.get(USER_FIELD);
        if (user == null || !user.isTextual()) {
            throw new UntrustedEventException("data names no " + USER_FIELD);
        }
        if (record.key() == null || !record.key().equals(user.asText())) {
            throw new UntrustedEventException("record key is not the data's " + USER_FIELD);
        }
        return new IncomingEvent(id, type, at, record.key(), record.value());
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
