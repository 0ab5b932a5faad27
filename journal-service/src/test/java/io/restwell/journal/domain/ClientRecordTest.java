package io.restwell.journal.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ClientRecordTest {

    @Test
    void theSameVersionAgainIsAReplay() {
        assertEquals(ClientRecord.Outcome.REPLAY, new ClientRecord("watch-1", 3).against(3));
    }

    @Test
    void aNewerVersionUpdatesAndAnOlderOneIsStale() {
        assertEquals(ClientRecord.Outcome.UPDATE, new ClientRecord("watch-1", 4).against(3));
        assertEquals(ClientRecord.Outcome.STALE, new ClientRecord("watch-1", 2).against(3));
    }

    @Test
    void needsAnIdAndANonNegativeVersion() {
        assertThrows(IllegalArgumentException.class, () -> new ClientRecord(" ", 0));
        assertThrows(IllegalArgumentException.class, () -> new ClientRecord("watch-1", -1));
    }
}
