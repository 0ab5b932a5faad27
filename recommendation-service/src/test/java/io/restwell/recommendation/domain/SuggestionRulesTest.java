package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class SuggestionRulesTest {

    private static final LocalDate NIGHT = LocalDate.of(2026, 11, 20);
    private final SuggestionRules rules = new SuggestionRules();

    private static Night poorNight(LocalDate date) {
        return new Night("n-" + date, date, new BigDecimal("78.5"), 377, true, List.of("LOW_EFFICIENCY", "LONG_LATENCY"));
    }

    private static Night goodNight(LocalDate date) {
        return new Night("n-" + date, date, new BigDecimal("93.0"), 446, false, List.of());
    }

    private static PainRating pain(int daysBefore, int intensity, String location, String character, boolean chronic,
            boolean stress) {
        return new PainRating("p-" + daysBefore + location, OffsetDateTime.parse("2026-11-20T20:00:00+01:00").minusDays(daysBefore),
                intensity, location, character, chronic, stress, true);
    }

    private Suggestion suggest(PainRating... ratings) {
        return rules.suggest(poorNight(NIGHT), List.of(poorNight(NIGHT)), List.of(ratings));
    }

    @Test
    void severePainMeansSeeingAClinicianInsteadOfBooking() {
        Suggestion suggestion = suggest(pain(0, 9, "LOWER_BACK", "ACHING", true, false));
        assertTrue(suggestion.seeClinician());
        assertNull(suggestion.sessionType());
        assertEquals("severe-pain", suggestion.rule());
        assertTrue(suggestion.explanation().contains("doctor or physiotherapist"), suggestion.explanation());
        assertTrue(suggestion.selfCare().stream().anyMatch(step -> step.contains("Skip rolling")));
    }

    @Test
    void shootingLegPainOverSeveralEntriesMeansSeeingAClinician() {
        assertEquals("shooting-leg-pain", suggest(pain(0, 5, "LEG", "SHOOTING", false, false),
                pain(2, 6, "LEG", "SHOOTING", false, false)).rule());
        assertEquals("TRIGGER_POINT", suggest(pain(0, 5, "LEG", "SHOOTING", false, false)).sessionType(),
                "one shooting rating is a trigger-point case, not yet a nerve warning");
    }

    @Test
    void sharpShootingPainOrSpasmsGetTriggerPointTherapy() {
        assertEquals("TRIGGER_POINT", suggest(pain(0, 6, "UPPER_BACK", "SPASM", true, false)).sessionType());
        assertEquals("TRIGGER_POINT", suggest(pain(1, 4, "SHOULDERS", "SHARP", false, false)).sessionType());
    }

    @Test
    void deepChronicPainGetsDeepTissue() {
        assertEquals("DEEP_TISSUE", suggest(pain(0, 4, "LOWER_BACK", "ACHING", true, false)).sessionType());
        assertEquals("DEEP_TISSUE", suggest(pain(0, 6, "HIPS", "STIFF", false, false)).sessionType());
        assertEquals("deep-chronic-pain", suggest(pain(0, 7, "LOWER_BACK", "ACHING", false, false)).rule());
    }

    @Test
    void mildOrStressRelatedPainGetsSwedish() {
        assertEquals("SWEDISH", suggest(pain(0, 3, "NECK", "STIFF", false, true)).sessionType());
        assertEquals("mild-or-stress-pain", suggest(pain(0, 5, "UPPER_BACK", "ACHING", false, false)).rule());
    }

    @Test
    void poorSleepWithLittleOrOldPainGetsSwedish() {
        Suggestion noPain = suggest();
        assertEquals("SWEDISH", noPain.sessionType());
        assertEquals("poor-sleep-little-pain", noPain.rule());
        assertEquals("poor-sleep-little-pain", suggest(pain(5, 7, "LOWER_BACK", "SHARP", false, false)).rule(),
                "pain from five days ago does not describe tonight");
    }

    @Test
    void theLatestRatingDescribesTonight() {
        assertEquals("DEEP_TISSUE", suggest(pain(2, 4, "NECK", "SHARP", false, false),
                pain(0, 7, "LOWER_BACK", "ACHING", true, false)).sessionType());
    }

    @Test
    void acutePainPutsHeatFirstChronicPainStartsWithRolling() {
        List<String> acute = suggest(pain(0, 7, "LOWER_BACK", "SPASM", false, false)).selfCare();
        assertTrue(acute.get(0).startsWith("Warm up your lower back"), acute.toString());
        List<String> chronic = suggest(pain(0, 5, "LOWER_BACK", "ACHING", true, false)).selfCare();
        assertTrue(chronic.get(0).startsWith("Roll your lower back"), chronic.toString());
        assertTrue(chronic.stream().anyMatch(step -> step.contains("lavender")));
        assertTrue(chronic.stream().anyMatch(step -> step.contains("handheld massager")));
        assertTrue(suggest(pain(0, 4, "NECK", "STIFF", false, true)).selfCare().get(0).contains("massage ball"));
    }

    @Test
    void theExplanationCitesThePersonsOwnData() {
        List<Night> nights = new ArrayList<>(List.of(poorNight(NIGHT), poorNight(NIGHT.minusDays(1)),
                goodNight(NIGHT.minusDays(2)), poorNight(NIGHT.minusDays(3))));
        Suggestion suggestion = rules.suggest(poorNight(NIGHT), nights, List.of(
                pain(0, 7, "LOWER_BACK", "ACHING", true, false), pain(1, 5, "LOWER_BACK", "ACHING", true, false)));
        assertTrue(suggestion.explanation().startsWith(
                "3 of your last 4 nights were poor (3 below 85 % sleep efficiency); last night you slept 6 h 17 min at 79 % efficiency; lower back pain averaged 6/10."),
                suggestion.explanation());
        assertEquals(SuggestionRules.VERSION, suggestion.ruleVersion());
        assertFalse(suggestion.seeClinician());
    }
}
