package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SessionOutcomesTest {

    private static final LocalDate SESSION = LocalDate.of(2026, 11, 10);
    private final SessionOutcomes outcomes = new SessionOutcomes();

    private static List<Night> nights(LocalDate session, String before, String after) {
        List<Night> nights = new ArrayList<>();
        for (int day = 1; day <= 3; day++) {
            nights.add(new Night("b" + day + session, session.minusDays(day), new BigDecimal(before), 400, true, List.of()));
            nights.add(new Night("a" + day + session, session.plusDays(day - 1L), new BigDecimal(after), 420, false, List.of()));
        }
        return nights;
    }

    @Test
    void comparesTheWeekBeforeASessionWithTheWeekFromItsDay() {
        List<SessionOutcomes.Outcome> result = outcomes.outcomes(
                List.of(new SessionOutcomes.CompletedSession("DEEP_TISSUE", SESSION)),
                nights(SESSION, "78.0", "86.0"),
                List.of(new SessionOutcomes.DayPain(SESSION.minusDays(2), 7), new SessionOutcomes.DayPain(SESSION.plusDays(2), 4)));
        assertEquals(List.of(new SessionOutcomes.Outcome("DEEP_TISSUE", 1, new BigDecimal("8.0"), new BigDecimal("-3.0"))), result);
    }

    @Test
    void aSessionWithoutNightsOnBothSidesTellsNothing() {
        List<Night> onlyBefore = List.of(new Night("x", SESSION.minusDays(1), new BigDecimal("80"), 400, true, List.of()));
        assertEquals(List.of(), outcomes.outcomes(List.of(new SessionOutcomes.CompletedSession("SWEDISH", SESSION)), onlyBefore, List.of()));
        SessionOutcomes.Outcome noPain = outcomes.outcomes(List.of(new SessionOutcomes.CompletedSession("SWEDISH", SESSION)),
                nights(SESSION, "80", "81"), List.of()).get(0);
        assertNull(noPain.averagePainChange());
    }

    @Test
    void whatWorkedNeedsTwoSessionsAndThreePoints() {
        var helped = new SessionOutcomes.Outcome("SWEDISH", 2, new BigDecimal("4.5"), null);
        var once = new SessionOutcomes.Outcome("DEEP_TISSUE", 1, new BigDecimal("9.0"), null);
        var little = new SessionOutcomes.Outcome("TRIGGER_POINT", 3, new BigDecimal("1.0"), null);
        assertEquals("SWEDISH", SessionOutcomes.whatWorked(List.of(helped, once, little)).orElseThrow().sessionType());
        assertTrue(SessionOutcomes.whatWorked(List.of(once, little)).isEmpty());
    }

    @Test
    void theRulesPreferWhatWorkedUnlessSafetyOrTheKindOfPainDecides() {
        SuggestionRules rules = new SuggestionRules();
        List<SessionOutcomes.Outcome> swedishHelped = List.of(new SessionOutcomes.Outcome("SWEDISH", 3, new BigDecimal("6.2"), null));
        Night night = new Night("n", SESSION, new BigDecimal("80"), 380, true, List.of("LOW_EFFICIENCY"));
        PainRating aching = new PainRating("p", SESSION.atTime(20, 0).atOffset(java.time.ZoneOffset.UTC), 6, "LOWER_BACK", "ACHING", true, false, true);
        Suggestion deep = rules.suggest(night, List.of(night), List.of(aching));
        Suggestion preferred = rules.preferWhatWorked(deep, swedishHelped);
        assertEquals("SWEDISH", preferred.sessionType());
        assertEquals("deep-chronic-pain+what-worked", preferred.rule());
        assertTrue(preferred.explanation().endsWith("After your last 3 swedish sessions your sleep efficiency rose by 6.2 points on average, so we suggest that again."));

        PainRating spasm = new PainRating("s", aching.recordedAt(), 6, "LOWER_BACK", "SPASM", false, false, true);
        assertEquals("TRIGGER_POINT", rules.preferWhatWorked(rules.suggest(night, List.of(night), List.of(spasm)), swedishHelped).sessionType());
        PainRating severe = new PainRating("v", aching.recordedAt(), 9, "LOWER_BACK", "ACHING", true, false, true);
        assertTrue(rules.preferWhatWorked(rules.suggest(night, List.of(night), List.of(severe)), swedishHelped).seeClinician());
    }
}
