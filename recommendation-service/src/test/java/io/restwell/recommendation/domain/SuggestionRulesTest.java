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
import java.util.Optional;

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

    // Red flags (NICE NG59, ACP 2017): any yes in the screens of the last 3 days is advice to seek care, first.

    private static PainRating flagged(int daysBefore, String... flags) {
        return new PainRating("f-" + daysBefore + String.join("+", flags),
                OffsetDateTime.parse("2026-11-20T20:00:00+01:00").minusDays(daysBefore), 4, "LOWER_BACK", "ACHING", false, false,
                true, List.of(flags));
    }

    /** Asserts advice to go to an emergency department now: no session type, no massage in the routine. */
    private static void assertEmergency(Suggestion suggestion, String words) {
        assertEquals(SuggestionRules.RED_FLAG_NOW, suggestion.rule());
        assertSeekCare(suggestion, words);
        assertTrue(suggestion.explanation().contains("Go to an emergency department now"), suggestion.explanation());
    }

    /** Asserts advice to see a doctor today: no session type, no massage in the routine. */
    private static void assertToday(Suggestion suggestion, String words) {
        assertEquals(SuggestionRules.RED_FLAG_TODAY, suggestion.rule());
        assertSeekCare(suggestion, words);
        assertTrue(suggestion.explanation().contains("See your doctor today"), suggestion.explanation());
        assertFalse(suggestion.explanation().contains("emergency"), suggestion.explanation());
    }

    private static void assertSeekCare(Suggestion suggestion, String words) {
        assertTrue(suggestion.seeClinician());
        assertNull(suggestion.sessionType());
        assertEquals(SuggestionRules.VERSION, suggestion.ruleVersion());
        assertTrue(suggestion.explanation().startsWith("You told us about " + words), suggestion.explanation());
        assertTrue(suggestion.explanation().contains("No massage until a doctor"), suggestion.explanation());
        assertEquals(List.of("No massage, foam roller, massage ball, handheld massager or heat until a doctor has checked these symptoms."),
                suggestion.selfCare());
    }

    @Test
    void newBladderOrBowelProblemsMeanAnEmergencyDepartmentNow() {
        assertEmergency(suggest(flagged(0, "NEW_BLADDER_OR_BOWEL_PROBLEMS")), "new problems controlling your bladder or bowel.");
    }

    @Test
    void saddleNumbnessMeansAnEmergencyDepartmentNow() {
        assertEmergency(suggest(flagged(0, "SADDLE_NUMBNESS")), "numbness around your saddle area");
    }

    @Test
    void progressiveLegWeaknessMeansAnEmergencyDepartmentNow() {
        assertEmergency(suggest(flagged(0, "PROGRESSIVE_LEG_WEAKNESS")), "a leg getting weaker.");
    }

    @Test
    void feverOrFeelingUnwellMeansYourDoctorToday() {
        assertToday(suggest(flagged(0, "FEVER_OR_UNWELL")), "a fever or feeling unwell.");
    }

    @Test
    void unexplainedWeightLossMeansYourDoctorToday() {
        assertToday(suggest(flagged(0, "UNEXPLAINED_WEIGHT_LOSS")), "weight loss you cannot explain.");
    }

    @Test
    void aHistoryOfCancerMeansYourDoctorToday() {
        assertToday(suggest(flagged(0, "HISTORY_OF_CANCER")), "cancer now or in the past.");
    }

    @Test
    void recentSignificantTraumaMeansYourDoctorToday() {
        assertToday(suggest(flagged(0, "RECENT_SIGNIFICANT_TRAUMA")), "a recent fall, accident or blow to your back.");
    }

    @Test
    void painWorseAtNightAtRestMeansYourDoctorToday() {
        assertToday(suggest(flagged(0, "NIGHT_PAIN_AT_REST")), "pain that is worse at night when you lie still.");
    }

    @Test
    void aFlagFromANewerJournalThisVersionDoesNotKnowStillMeansADoctorToday() {
        assertToday(suggest(flagged(0, "SOMETHING_NEW")), "another warning sign you told us about.");
    }

    @Test
    void theMostUrgentFlagDecidesAndEveryFlagOfTheWindowIsNamedInTheScreensOrder() {
        Suggestion suggestion = suggest(flagged(0, "HISTORY_OF_CANCER"), flagged(2, "SADDLE_NUMBNESS", "FEVER_OR_UNWELL"));
        assertEmergency(suggestion, "numbness around your saddle area (between your legs, buttocks or inner thighs), "
                + "a fever or feeling unwell and cancer now or in the past.");
    }

    @Test
    void redFlagsComeBeforeSevereAndShootingLegPainAndBeforeWhatWorked() {
        Suggestion suggestion = suggest(pain(0, 10, "LEG", "SHOOTING", false, false), pain(1, 9, "LEG", "SHOOTING", false, false),
                flagged(1, "FEVER_OR_UNWELL"));
        assertEquals(SuggestionRules.RED_FLAG_TODAY, suggestion.rule());
        MeanDifference.Estimate rose = new MeanDifference.Estimate(MeanDifference.Status.ESTIMATED, 10, 10, new BigDecimal("78.0"),
                new BigDecimal("84.0"), new BigDecimal("6.0"), new BigDecimal("2.0"), new BigDecimal("10.0"));
        MeanDifference.Estimate none = new MeanDifference.Estimate(MeanDifference.Status.NOT_ENOUGH_NIGHTS, 0, 0, null, null, null, null, null);
        List<SessionOutcomes.SessionTypeEffect> helped = List.of(new SessionOutcomes.SessionTypeEffect("SWEDISH", 3, 0, null, rose, none, none));
        assertTrue(SessionOutcomes.surestHelp(helped).isPresent());
        assertEquals(suggestion, rules.preferWhatWorked(suggestion, helped));
    }

    @Test
    void aYesCountsForThreeDaysAndAScreenAnsweredNoOrNotAskedCountsForNothing() {
        assertEquals(SuggestionRules.RED_FLAG_NOW, suggest(flagged(2, "SADDLE_NUMBNESS")).rule());
        assertEquals("mild-or-stress-pain", suggest(flagged(3, "SADDLE_NUMBNESS"), pain(0, 4, "LOWER_BACK", "ACHING", false, false)).rule(),
                "a yes from three days before the night no longer describes it");
        assertEquals("mild-or-stress-pain", suggest(flagged(0)).rule(), "a screen answered no to all");
        assertEquals("mild-or-stress-pain", suggest(pain(0, 4, "LOWER_BACK", "ACHING", false, false)).rule(), "no screen");
    }

    @Test
    void aRatingJustLoggedWithAYesIsAdviceAtOnceWithoutAPoorNight() {
        OffsetDateTime now = OffsetDateTime.parse("2026-11-20T21:00:00+01:00");
        PainRating logged = flagged(0, "NEW_BLADDER_OR_BOWEL_PROBLEMS");
        Optional<Suggestion> advice = rules.seekCare(logged, List.of(logged, flagged(1, "RECENT_SIGNIFICANT_TRAUMA")), now);
        assertTrue(advice.isPresent());
        assertEmergency(advice.get(), "new problems controlling your bladder or bowel and a recent fall, accident or blow to your back.");
        assertEquals(Optional.empty(), rules.seekCare(pain(0, 9, "LOWER_BACK", "SHARP", false, false), List.of(), now),
                "severe pain without a red flag waits for the night's suggestion");
        assertEquals(Optional.empty(), rules.seekCare(flagged(0), List.of(flagged(1, "FEVER_OR_UNWELL")), now),
                "a rating without a yes starts nothing, even with an earlier yes in the window");
        assertEquals(Optional.empty(), rules.seekCare(flagged(5, "SADDLE_NUMBNESS"), List.of(), now),
                "a device catching up on a five-day-old rating is not news now");
    }
}
