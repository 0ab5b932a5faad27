package io.restwell.events.journal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** The pain event's red flags are an added optional field of v1: old and new readers and writers still agree. */
class PainEntryEventContractTest {

    /** As the services configure Jackson (Quarkus: unknown properties are ignored, offsets kept). */
    private static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    /** The payload as journal-service wrote it before the screen existed. */
    private static final String BEFORE_THE_SCREEN = """
            {"entryId":"e-1","userId":"u-1","recordedAt":"2026-11-20T21:30:00+01:00","intensity":6,"location":"LOWER_BACK",
             "character":"ACHING","chronic":true,"stressRelated":false,"disturbedSleep":true}""";

    /** The shape a consumer built before the screen existed reads. */
    record PainEntryEventBeforeTheScreen(String entryId, String userId, OffsetDateTime recordedAt, int intensity, String location,
            String character, boolean chronic, boolean stressRelated, boolean disturbedSleep) {
    }

    @Test
    void anEventWrittenBeforeTheScreenReadsAsNotAsked() throws Exception {
        PainEntryEvent event = JSON.readValue(BEFORE_THE_SCREEN, PainEntryEvent.class);
        assertNull(event.redFlags());
        assertEquals(6, event.intensity());
        assertEquals(OffsetDateTime.parse("2026-11-20T21:30:00+01:00"), event.recordedAt());
    }

    @Test
    void theFlagsTravelAsAListOfNamesAndAnOlderReaderStillReadsTheEvent() throws Exception {
        PainEntryEvent flagged = new PainEntryEvent("e-2", "u-1", OffsetDateTime.parse("2026-11-20T21:30:00+01:00"), 7, "LOWER_BACK",
                "SHOOTING", false, false, true, List.of("SADDLE_NUMBNESS", "FEVER_OR_UNWELL"));
        String data = JSON.writeValueAsString(flagged);
        JsonNode tree = JSON.readTree(data);
        assertEquals("SADDLE_NUMBNESS", tree.get("redFlags").get(0).asText());
        assertEquals("FEVER_OR_UNWELL", tree.get("redFlags").get(1).asText());
        assertEquals(flagged, JSON.readValue(data, PainEntryEvent.class));
        PainEntryEventBeforeTheScreen old = JSON.readValue(data, PainEntryEventBeforeTheScreen.class);
        assertEquals("e-2", old.entryId());
        assertEquals("SHOOTING", old.character());
    }

    @Test
    void everyAnswerNoIsAnEmptyListNotAbsence() throws Exception {
        PainEntryEvent screened = new PainEntryEvent("e-3", "u-1", OffsetDateTime.parse("2026-11-20T21:30:00+01:00"), 3, "NECK",
                "STIFF", false, true, false, List.of());
        String data = JSON.writeValueAsString(screened);
        assertEquals(0, JSON.readTree(data).get("redFlags").size());
        assertEquals(List.of(), JSON.readValue(data, PainEntryEvent.class).redFlags());
    }
}
