package io.restwell.journal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class SyncTokenTest {

    private static final Instant ISSUED = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void encodesOpaquelyAndDecodesToTheSameToken() {
        SyncToken token = new SyncToken(4711, ISSUED);
        String text = token.encode();
        assertFalse(text.contains("4711"), text);
        assertTrue(text.matches("[A-Za-z0-9_-]+"), text);
        assertEquals(token, SyncToken.decode(text, "since"));
    }

    @Test
    void aTokenExpiresOnceItIsOlderThanTheRetention() {
        SyncToken token = new SyncToken(1, ISSUED);
        Duration retention = Duration.ofDays(30);
        assertFalse(token.expired(ISSUED.plus(retention), retention));
        assertTrue(token.expired(ISSUED.plus(retention).plusSeconds(1), retention));
    }

    @Test
    void anythingElseIsRefusedNamingTheParameter() {
        for (String bad : new String[] {"not base64!", "", "MTIz", "YzE6LTE6MA", "YzI6MTowCg"}) {
            DateRange.InvalidQueryException e = assertThrows(DateRange.InvalidQueryException.class,
                    () -> SyncToken.decode(bad, "since"), bad);
            assertEquals("since", e.problems().get(0).field());
        }
    }
}
