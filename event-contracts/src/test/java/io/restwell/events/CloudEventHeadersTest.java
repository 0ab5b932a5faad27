package io.restwell.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class CloudEventHeadersTest {

    @Test
    void binaryModeHeadersCarryEveryRequiredAttributeWithSecondsInTheTime() {
        Map<String, String> headers = CloudEventHeaders.binary("e-1", "/journal-service",
                EventTypes.SLEEP_ENTRY_RECORDED, OffsetDateTime.parse("2026-11-21T23:00+01:00"), "entry-9");
        assertEquals(List.of("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time", "content-type", "ce_subject"),
                List.copyOf(headers.keySet()));
        assertEquals("1.0", headers.get("ce_specversion"));
        assertEquals("2026-11-21T23:00:00+01:00", headers.get("ce_time"));
        assertEquals("application/json", headers.get("content-type"));
    }

    @Test
    void theSubjectIsLeftOutWhenThereIsNone() {
        assertFalse(CloudEventHeaders.binary("e-2", "/booking-service", EventTypes.BOOKING_CREATED,
                OffsetDateTime.parse("2026-11-21T10:15:30Z"), null).containsKey("ce_subject"));
    }
}
