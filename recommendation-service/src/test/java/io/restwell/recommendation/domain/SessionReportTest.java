package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.restwell.recommendation.domain.RecommendationException.InvalidSessionReport;

class SessionReportTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void reliefIsAWholeNumberFromZeroToTenWhenTheyWent() {
        assertEquals(new SessionReport(true, 0), SessionReport.of(true, 0));
        assertEquals(new SessionReport(true, 10), SessionReport.of(true, 10));
        assertEquals(new SessionReport(false, null), SessionReport.of(false, null));
        assertEquals(List.of("relief"), fields(true, 11));
        assertEquals(List.of("relief"), fields(true, -1));
        assertEquals(List.of("relief"), fields(true, null));
        assertEquals(List.of("relief"), fields(false, 5));
        assertEquals(List.of("attended"), fields(null, 5));
        assertEquals(List.of("attended", "relief"), fields(null, 12));
    }

    @Test
    void theClinicsMarkWinsAndWithoutOneThePersonsWord() {
        SessionReport went = new SessionReport(true, 7);
        SessionReport missed = new SessionReport(false, null);
        assertTrue(SessionReport.countsAsAttended("COMPLETED", missed), "the clinic marked it completed");
        assertTrue(SessionReport.countsAsAttended("COMPLETED", null));
        assertFalse(SessionReport.countsAsAttended("NO_SHOW", went), "the clinic marked a no-show");
        assertFalse(SessionReport.countsAsAttended("CANCELLED", went));
        assertFalse(SessionReport.countsAsAttended("LATE_CANCELLED", went));
        assertTrue(SessionReport.countsAsAttended("BOOKED", went));
        assertFalse(SessionReport.countsAsAttended("BOOKED", missed));
        assertFalse(SessionReport.countsAsAttended("BOOKED", null));

        assertEquals(Optional.of(7), SessionReport.countedRelief("COMPLETED", went));
        assertEquals(Optional.of(7), SessionReport.countedRelief("BOOKED", went));
        assertEquals(Optional.empty(), SessionReport.countedRelief("NO_SHOW", went));
        assertEquals(Optional.empty(), SessionReport.countedRelief("COMPLETED", missed));
        assertEquals(Optional.empty(), SessionReport.countedRelief("COMPLETED", null));
    }

    @Test
    void onlyASessionThatBeganAndWasNotCancelledCanBeReportedOn() {
        assertTrue(SessionReport.refusal("BOOKED", NOW.minusSeconds(3600), NOW).isEmpty());
        assertTrue(SessionReport.refusal("BOOKED", NOW, NOW).isEmpty(), "it has just started");
        assertTrue(SessionReport.refusal("COMPLETED", NOW.minusSeconds(86_400), NOW).isEmpty());
        assertTrue(SessionReport.refusal("NO_SHOW", NOW.minusSeconds(86_400), NOW).isEmpty());
        assertTrue(SessionReport.refusal("BOOKED", NOW.plusSeconds(60), NOW).orElseThrow().contains("not started"));
        assertTrue(SessionReport.refusal("CANCELLED", NOW.minusSeconds(3600), NOW).orElseThrow().contains("cancelled"));
        assertTrue(SessionReport.refusal("LATE_CANCELLED", NOW.minusSeconds(3600), NOW).orElseThrow().contains("cancelled"));
    }

    private static List<String> fields(Boolean attended, Integer relief) {
        return assertThrows(InvalidSessionReport.class, () -> SessionReport.of(attended, relief))
                .violations().stream().map(FieldViolation::field).toList();
    }
}
