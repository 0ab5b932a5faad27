package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;

import org.junit.jupiter.api.Test;

class ErasuresTest {

    private static final OffsetDateTime ERASED = OffsetDateTime.parse("2026-12-04T22:00:00Z");

    @Test
    void theRecordIsTheIdsSha256NotTheId() {
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Erasures.userHash("abc"));
    }

    @Test
    void eventsWrittenUpToTheErasureAreErasedLaterOnesAreAFreshStart() {
        assertTrue(Erasures.erased(ERASED.minusSeconds(1), ERASED));
        assertTrue(Erasures.erased(ERASED, ERASED));
        assertTrue(Erasures.erased(OffsetDateTime.parse("2026-12-04T23:00:00+01:00"), ERASED), "same instant, other offset");
        assertFalse(Erasures.erased(ERASED.plusNanos(1_000_000), ERASED));
    }

    @Test
    void theErasureCountsFromTheLaterOfItsNamedAndWrittenTimes() {
        assertEquals(ERASED, Erasures.erasureTime(ERASED.minusSeconds(2), ERASED));
        assertEquals(ERASED.plusSeconds(2), Erasures.erasureTime(ERASED.plusSeconds(2), ERASED));
        assertEquals(ERASED, Erasures.erasureTime(null, ERASED));
    }
}
