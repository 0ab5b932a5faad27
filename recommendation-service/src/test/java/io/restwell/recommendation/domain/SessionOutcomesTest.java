package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

    /** Seven nights before and seven after each session: efficiency before+i%3 before, after+i%3 after; latency likewise. */
    private static List<Night> week(LocalDate session, int before, int after, int latencyBefore, int latencyAfter) {
        List<Night> nights = new ArrayList<>();
        for (int i = 0; i < SessionOutcomes.WINDOW_DAYS; i++) {
            nights.add(new Night("b" + i + session, session.minusDays(i + 1L), BigDecimal.valueOf(before + i % 3), 400, true, List.of(),
                    latencyBefore + i % 3));
            nights.add(new Night("a" + i + session, session.plusDays(i), BigDecimal.valueOf(after + i % 3), 420, false, List.of(),
                    latencyAfter + i % 3));
        }
        return nights;
    }

    @Test
    void effectsCountTheNightsOnEachSideAndGiveAnIntervalOrNotEnoughNights() {
        LocalDate second = SESSION.plusDays(30);
        List<Night> nights = new ArrayList<>(week(SESSION, 78, 86, 40, 25));
        nights.addAll(week(second, 79, 87, 41, 24));
        List<SessionOutcomes.DayPain> pain = List.of(new SessionOutcomes.DayPain(SESSION.minusDays(1), 7),
                new SessionOutcomes.DayPain(SESSION.minusDays(1), 5), new SessionOutcomes.DayPain(SESSION.plusDays(1), 3));
        List<SessionOutcomes.SessionTypeEffect> effects = outcomes.effects(List.of(
                new SessionOutcomes.AttendedSession("DEEP_TISSUE", SESSION, 7),
                new SessionOutcomes.AttendedSession("DEEP_TISSUE", second, null),
                new SessionOutcomes.AttendedSession("SWEDISH", SESSION.plusDays(60), 4)), nights, pain, 5);

        assertEquals(List.of("DEEP_TISSUE", "SWEDISH"), effects.stream().map(SessionOutcomes.SessionTypeEffect::sessionType).toList());
        SessionOutcomes.SessionTypeEffect deep = effects.get(0);
        assertEquals(2, deep.attendedSessions());
        assertEquals(1, deep.reliefReports());
        assertEquals(new BigDecimal("7.0"), deep.meanRelief());
        assertEquals(14, deep.sleepEfficiency().baselineNights());
        assertEquals(14, deep.sleepEfficiency().comparedNights());
        assertEquals(new BigDecimal("8.0"), deep.sleepEfficiency().change());
        assertTrue(deep.sleepEfficiency().clearlyAboveZero());
        assertEquals(new BigDecimal("-16.0"), deep.sleepLatency().change());
        assertTrue(deep.sleepLatency().clearlyBelowZero());
        // one day of pain on each side (two ratings the day before averaged to 6): not enough days
        assertEquals(MeanDifference.Status.NOT_ENOUGH_NIGHTS, deep.pain().status());
        assertEquals(1, deep.pain().baselineNights());
        assertEquals(1, deep.pain().comparedNights());
        assertTrue(SessionOutcomes.measurablyHelped(deep));

        SessionOutcomes.SessionTypeEffect swedish = effects.get(1);
        assertEquals(1, swedish.attendedSessions());
        assertEquals(0, swedish.sleepEfficiency().comparedNights(), "no nights logged around it");
        assertEquals(MeanDifference.Status.NOT_ENOUGH_NIGHTS, swedish.sleepEfficiency().status());
        assertFalse(SessionOutcomes.measurablyHelped(swedish));
    }

    @Test
    void aNightAfterOneSessionIsNotAlsoCountedBeforeTheNext() {
        LocalDate next = SESSION.plusDays(3);
        List<SessionOutcomes.SessionTypeEffect> effects = outcomes.effects(List.of(
                new SessionOutcomes.AttendedSession("SWEDISH", SESSION, null), new SessionOutcomes.AttendedSession("SWEDISH", next, null)),
                week(SESSION, 80, 85, 30, 20), List.of(), 2);
        // before: the 7 nights before the first session; after: the 10 days from it to 6 days after the second
        assertEquals(7, effects.get(0).sleepEfficiency().baselineNights());
        assertEquals(7, effects.get(0).sleepEfficiency().comparedNights(), "the 7 logged nights from the first session on");
    }

    private static SessionOutcomes.SessionTypeEffect effect(String type, String low, String high) {
        MeanDifference.Estimate efficiency = new MeanDifference.Estimate(MeanDifference.Status.ESTIMATED, 12, 10, new BigDecimal("79.0"),
                new BigDecimal("85.0"), new BigDecimal("6.0"), new BigDecimal(low), new BigDecimal(high));
        MeanDifference.Estimate none = new MeanDifference.Estimate(MeanDifference.Status.NOT_ENOUGH_NIGHTS, 0, 0, null, null, null, null, null);
        return new SessionOutcomes.SessionTypeEffect(type, 3, 0, null, efficiency, none, none);
    }

    @Test
    void measurablyHelpedMeansTheIntervalLiesAboveZeroAndPainDidNotClearlyRise() {
        assertTrue(SessionOutcomes.measurablyHelped(effect("SWEDISH", "2.1", "9.9")));
        assertFalse(SessionOutcomes.measurablyHelped(effect("SWEDISH", "0.0", "12.0")), "an interval touching zero");
        assertFalse(SessionOutcomes.measurablyHelped(effect("SWEDISH", "-1.5", "13.5")));
        SessionOutcomes.SessionTypeEffect helped = effect("SWEDISH", "2.1", "9.9");
        SessionOutcomes.SessionTypeEffect butHurt = new SessionOutcomes.SessionTypeEffect("SWEDISH", 3, 0, null, helped.sleepEfficiency(),
                helped.sleepLatency(), new MeanDifference.Estimate(MeanDifference.Status.ESTIMATED, 6, 6, new BigDecimal("3.0"),
                        new BigDecimal("5.0"), new BigDecimal("2.0"), new BigDecimal("1.0"), new BigDecimal("3.0")));
        assertFalse(SessionOutcomes.measurablyHelped(butHurt), "sleep better but pain clearly worse");
        assertEquals("DEEP_TISSUE", SessionOutcomes.surestHelp(List.of(effect("SWEDISH", "1.0", "11.0"),
                effect("DEEP_TISSUE", "2.5", "9.5"), effect("TRIGGER_POINT", "-1.0", "13.0"))).orElseThrow().sessionType());
        assertTrue(SessionOutcomes.surestHelp(List.of(effect("SWEDISH", "-0.1", "12.1"))).isEmpty());
    }

    private static final Night POOR = new Night("n", SESSION, new BigDecimal("80"), 380, true, List.of("LOW_EFFICIENCY"));

    private static PainRating rating(int intensity, String character, boolean chronic, List<String> redFlags) {
        return new PainRating("p" + intensity + character, SESSION.atTime(20, 0).atOffset(java.time.ZoneOffset.UTC), intensity,
                "LOWER_BACK", character, chronic, false, true, redFlags);
    }

    @Test
    void theRulesPreferWhatMeasurablyHelpedAndSayWhyInPlainWords() {
        SuggestionRules rules = new SuggestionRules();
        Suggestion deep = rules.suggest(POOR, List.of(POOR), List.of(rating(6, "ACHING", true, null)));
        assertEquals("DEEP_TISSUE", deep.sessionType());

        Suggestion preferred = rules.preferWhatWorked(deep, List.of(effect("SWEDISH", "2.1", "9.9"), effect("DEEP_TISSUE", "-1.0", "13.0")));
        assertEquals("SWEDISH", preferred.sessionType());
        assertEquals("deep-chronic-pain+what-worked", preferred.rule());
        assertEquals(SuggestionRules.VERSION, preferred.ruleVersion());
        assertTrue(preferred.explanation().startsWith(deep.explanation()));
        assertTrue(preferred.explanation().endsWith("Swedish massage has measurably helped your sleep: in the week after your 3 sessions "
                + "your sleep efficiency averaged 85.0 %, against 79.0 % in the week before (6.0 points more; 95 % interval 2.1 to 9.9 "
                + "points; 10 nights after, 12 before). So we suggest a swedish massage again."), preferred.explanation());

        // what the table chose measurably helped too: it stays, and says so
        Suggestion kept = rules.preferWhatWorked(deep, List.of(effect("SWEDISH", "4.0", "8.0"), effect("DEEP_TISSUE", "1.0", "11.0")));
        assertEquals("DEEP_TISSUE", kept.sessionType());
        assertEquals("deep-chronic-pain", kept.rule());
        assertTrue(kept.explanation().endsWith("That is one more reason for it."));

        // an interval that reaches zero, or too few nights, is not a measured benefit
        assertEquals(deep, rules.preferWhatWorked(deep, List.of(effect("SWEDISH", "0.0", "12.0"))));
        MeanDifference.Estimate few = new MeanDifference.Estimate(MeanDifference.Status.NOT_ENOUGH_NIGHTS, 4, 3, null, null, null, null, null);
        assertEquals(deep, rules.preferWhatWorked(deep, List.of(new SessionOutcomes.SessionTypeEffect("SWEDISH", 1, 1, new BigDecimal("9.0"),
                few, few, few))));
    }

    @Test
    void whatHelpedNeverOverridesSafetyOrTheKindOfPain() {
        SuggestionRules rules = new SuggestionRules();
        List<SessionOutcomes.SessionTypeEffect> swedishHelped = List.of(effect("SWEDISH", "2.1", "9.9"));
        for (String flag : List.of("NEW_BLADDER_OR_BOWEL_PROBLEMS", "FEVER_OR_UNWELL")) {
            Suggestion advice = rules.suggest(POOR, List.of(POOR), List.of(rating(4, "ACHING", false, List.of(flag))));
            assertTrue(SuggestionRules.redFlag(advice.rule()), flag);
            Suggestion after = rules.preferWhatWorked(advice, swedishHelped);
            assertEquals(advice, after, "a red flag's advice to seek care stays: " + flag);
            assertTrue(after.seeClinician());
            assertNull(after.sessionType());
        }
        Suggestion severe = rules.preferWhatWorked(rules.suggest(POOR, List.of(POOR), List.of(rating(9, "ACHING", true, null))), swedishHelped);
        assertTrue(severe.seeClinician());
        assertEquals("severe-pain", severe.rule());
        Suggestion spasm = rules.preferWhatWorked(rules.suggest(POOR, List.of(POOR), List.of(rating(6, "SPASM", false, null))), swedishHelped);
        assertEquals("TRIGGER_POINT", spasm.sessionType());
        // trigger point therapy is chosen for sharp pain, never as what worked for another kind
        Suggestion notTrigger = rules.preferWhatWorked(rules.suggest(POOR, List.of(POOR), List.of(rating(6, "ACHING", true, null))),
                List.of(effect("TRIGGER_POINT", "3.0", "9.0")));
        assertEquals("DEEP_TISSUE", notTrigger.sessionType());
    }
}
