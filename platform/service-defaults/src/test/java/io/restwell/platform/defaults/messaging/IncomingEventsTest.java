package io.restwell.platform.defaults.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

class IncomingEventsTest {

    private static final String JOURNAL = "/journal-service";

    @Test
    void aRecordOfTheProducerAboutItsKeysPersonPasses() {
        IncomingEvents.IncomingEvent event = IncomingEvents.verify(
                record("user-1", "{\"userId\":\"user-1\",\"entryId\":\"e\"}", headers(JOURNAL)), JOURNAL);
        assertEquals("id-1", event.id());
        assertEquals("restwell.journal.sleep-entry.recorded.v1", event.type());
        assertEquals(OffsetDateTime.parse("2026-12-01T10:00:00Z"), event.time());
        assertEquals("user-1", event.userId());
    }

    @Test
    void anotherSourceOrNoneIsRefused() {
        String reason = refused(record("user-1", "{\"userId\":\"user-1\"}", headers("/booking-service")));
        assertEquals("ce_source is not /journal-service (the producer of journal.events)", reason);
        Map<String, String> none = headers(JOURNAL);
        none.remove("ce_source");
        assertEquals("ce_source missing, expected /journal-service", refused(record("user-1", "{\"userId\":\"user-1\"}", none)));
    }

    @Test
    void aKeyThatIsNotTheBodysPersonIsRefusedWithoutNamingEither() {
        String reason = refused(record("victim", "{\"userId\":\"attacker\"}", headers(JOURNAL)));
        assertEquals("record key is not the data's userId", reason);
        assertFalse(reason.contains("victim") || reason.contains("attacker"));
        assertEquals("record key is not the data's userId", refused(record(null, "{\"userId\":\"u\"}", headers(JOURNAL))));
        assertEquals("data names no userId", refused(record("u", "{\"userId\":7}", headers(JOURNAL))));
        assertEquals("data names no userId", refused(record("u", "[]", headers(JOURNAL))));
    }

    @Test
    void missingAttributesAndUnreadableDataAreRefused() {
        Map<String, String> noTime = headers(JOURNAL);
        noTime.remove("ce_time");
        assertEquals("not a CloudEvent: ce_id, ce_type or ce_time missing", refused(record("u", "{\"userId\":\"u\"}", noTime)));
        Map<String, String> badTime = headers(JOURNAL);
        badTime.put("ce_time", "yesterday");
        assertEquals("ce_time is not an RFC 3339 time", refused(record("u", "{\"userId\":\"u\"}", badTime)));
        assertEquals("data is not JSON", refused(record("u", "{\"night\": not json", headers(JOURNAL))));
        assertEquals("no data", refused(record("u", null, headers(JOURNAL))));
    }

    private static String refused(ConsumerRecord<String, String> record) {
        return assertThrows(UntrustedEventException.class, () -> IncomingEvents.verify(record, JOURNAL)).getMessage();
    }

    private static Map<String, String> headers(String source) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("ce_specversion", "1.0");
        headers.put("ce_id", "id-1");
        headers.put("ce_source", source);
        headers.put("ce_type", "restwell.journal.sleep-entry.recorded.v1");
        headers.put("ce_time", "2026-12-01T10:00:00Z");
        return headers;
    }

    private static ConsumerRecord<String, String> record(String key, String value, Map<String, String> headers) {
        ConsumerRecord<String, String> record = new ConsumerRecord<>("journal.events", 0, 0L, key, value);
        headers.forEach((name, header) -> record.headers().add(name, header.getBytes(StandardCharsets.UTF_8)));
        return record;
    }
}
