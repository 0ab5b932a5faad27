package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.restwell.recommendation.domain.TherapistBrief.BriefNight;
import io.restwell.recommendation.domain.TherapistBrief.Digest;
import io.restwell.recommendation.domain.TherapistBrief.Direction;
import io.restwell.recommendation.domain.TherapistBrief.PastSessions;

class TherapistBriefTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);
    private static final ZoneOffset BERLIN_WINTER = ZoneOffset.ofHours(1);

    @Test
    void theWindowIsTheFourteenNightsBeforeTodayAndThePainOfThoseDaysAndToday() {
        List<BriefNight> nights = new ArrayList<>();
        for (int daysBack = 0; daysBack <= 16; daysBack++) {
            nights.add(night(TODAY.minusDays(daysBack), "85.0"));
        }
        List<PainRating> pain = List.of(
                pain(TODAY.minusDays(15).atTime(20, 0), 5, "LOWER_BACK", "ACHING", null),
                pain(TODAY.minusDays(14).atTime(7, 0), 6, "LOWER_BACK", "ACHING", null),
                pain(TODAY.atTime(7, 30), 4, "NECK", "STIFF", null));

        Digest digest = TherapistBrief.of(TODAY, nights, pain, List.of());

        assertEquals(TODAY.minusDays(14), digest.from());
        assertEquals(TODAY, digest.to());
        assertEquals(14, digest.nights().size());
        assertEquals(TODAY.minusDays(14), digest.nights().get(0).night(), "oldest first");
        assertEquals(TODAY.minusDays(1), digest.nights().get(13).night(), "tonight's night has not happened yet");
        assertEquals(List.of(6, 4), digest.pain().stream().map(TherapistBrief.PainEntry::intensity).toList());
    }

    @Test
    void painIsDatedOnThePersonsOwnClockWhenItWasRated() {
        // 00:30 in Berlin on the first day is still the day before in UTC: it counts, because the person rated it that day
        OffsetDateTime justInside = TODAY.minusDays(14).atTime(0, 30).atOffset(BERLIN_WINTER);
        PainRating rating = new PainRating("e", justInside, 5, "LOWER_BACK", "ACHING", false, false, false, null);
        assertEquals(1, TherapistBrief.of(TODAY, List.of(), List.of(rating), List.of()).pain().size());
    }

    @Test
    void theTrendComparesTheLastSevenNightsWithTheSevenBefore() {
        List<BriefNight> nights = new ArrayList<>();
        for (int daysBack = 1; daysBack <= 7; daysBack++) {
            nights.add(night(TODAY.minusDays(daysBack), "90.0"));
        }
        for (int daysBack = 8; daysBack <= 14; daysBack++) {
            nights.add(night(TODAY.minusDays(daysBack), "80.0"));
        }
        TherapistBrief.SleepTrend trend = TherapistBrief.of(TODAY, nights, List.of(), List.of()).sleepTrend();
        assertEquals(Direction.IMPROVING, trend.direction());
        assertEquals(new BigDecimal("90.0"), trend.recentMeanEfficiency());
        assertEquals(new BigDecimal("80.0"), trend.earlierMeanEfficiency());
        assertEquals(new BigDecimal("10.0"), trend.change());
        assertEquals(7, trend.recentNights());
        assertEquals(7, trend.earlierNights());
    }

    @Test
    void aChangeOfLessThanThreePointsIsSteadyAndThreeDownIsWorsening() {
        List<BriefNight> steady = List.of(night(TODAY.minusDays(1), "84.0"), night(TODAY.minusDays(2), "84.0"),
                night(TODAY.minusDays(3), "84.0"), night(TODAY.minusDays(8), "86.1"), night(TODAY.minusDays(9), "86.1"),
                night(TODAY.minusDays(10), "86.1"));
        assertEquals(Direction.STEADY, TherapistBrief.trend(steady, TODAY).direction());
        List<BriefNight> worse = List.of(night(TODAY.minusDays(1), "83.0"), night(TODAY.minusDays(2), "83.0"),
                night(TODAY.minusDays(3), "83.0"), night(TODAY.minusDays(8), "86.0"), night(TODAY.minusDays(9), "86.0"),
                night(TODAY.minusDays(10), "86.0"));
        assertEquals(Direction.WORSENING, TherapistBrief.trend(worse, TODAY).direction());
        assertEquals(new BigDecimal("-3.0"), TherapistBrief.trend(worse, TODAY).change());
    }

    @Test
    void withFewerThanThreeNightsOnASideThereIsNoTrendButTheNightsAreCounted() {
        List<BriefNight> nights = List.of(night(TODAY.minusDays(1), "70.0"), night(TODAY.minusDays(2), "72.0"),
                night(TODAY.minusDays(3), "74.0"), night(TODAY.minusDays(9), "90.0"), night(TODAY.minusDays(10), "90.0"));
        TherapistBrief.SleepTrend trend = TherapistBrief.trend(nights, TODAY);
        assertEquals(Direction.NOT_ENOUGH_NIGHTS, trend.direction());
        assertEquals(3, trend.recentNights());
        assertEquals(2, trend.earlierNights());
        assertEquals(new BigDecimal("72.0"), trend.recentMeanEfficiency());
        assertNull(trend.change());
        TherapistBrief.SleepTrend none = TherapistBrief.trend(List.of(), TODAY);
        assertNull(none.recentMeanEfficiency());
        assertEquals(0, none.earlierNights());
    }

    @Test
    void thePainMapCountsEachPlaceWithItsStrongestAndMeanPainAndItsCommonestCharacterFirst() {
        List<PainRating> pain = List.of(
                pain(TODAY.minusDays(1).atTime(8, 0), 6, "LOWER_BACK", "ACHING", null),
                pain(TODAY.minusDays(2).atTime(8, 0), 7, "LOWER_BACK", "SHARP", null),
                pain(TODAY.minusDays(3).atTime(8, 0), 4, "LOWER_BACK", "SHARP", null),
                pain(TODAY.minusDays(3).atTime(9, 0), 3, "NECK", "STIFF", null));
        List<TherapistBrief.PainSite> map = TherapistBrief.of(TODAY, List.of(), pain, List.of()).painMap();
        assertEquals(2, map.size());
        assertEquals(new TherapistBrief.PainSite("LOWER_BACK", 3, 7, new BigDecimal("5.7"), List.of("SHARP", "ACHING")), map.get(0));
        assertEquals(new TherapistBrief.PainSite("NECK", 1, 3, new BigDecimal("3.0"), List.of("STIFF")), map.get(1));
    }

    @Test
    void eachRedFlagAnsweredYesAppearsOnceWithItsLatestYesTheUrgentOnesFirst() {
        OffsetDateTime earlier = TODAY.minusDays(5).atTime(8, 0).atOffset(BERLIN_WINTER);
        OffsetDateTime later = TODAY.minusDays(2).atTime(8, 0).atOffset(BERLIN_WINTER);
        List<PainRating> pain = List.of(
                new PainRating("a", earlier, 5, "LOWER_BACK", "ACHING", false, false, false, List.of("FEVER_OR_UNWELL")),
                new PainRating("b", later, 5, "LOWER_BACK", "ACHING", false, false, false,
                        List.of("FEVER_OR_UNWELL", "SADDLE_NUMBNESS")),
                new PainRating("c", later.plusHours(1), 5, "LOWER_BACK", "ACHING", false, false, false, List.of()),
                new PainRating("d", later.plusHours(2), 5, "LOWER_BACK", "ACHING", false, false, false, null));
        List<TherapistBrief.FlagAnswer> flags = TherapistBrief.of(TODAY, List.of(), pain, List.of()).redFlags();
        assertEquals(List.of(new TherapistBrief.FlagAnswer("SADDLE_NUMBNESS", RedFlag.Urgency.NOW, later),
                new TherapistBrief.FlagAnswer("FEVER_OR_UNWELL", RedFlag.Urgency.TODAY, later)), flags);
    }

    @Test
    void aFlagOutsideTheWindowIsNotShown() {
        PainRating old = new PainRating("a", TODAY.minusDays(20).atTime(8, 0).atOffset(BERLIN_WINTER), 5, "LOWER_BACK", "ACHING",
                false, false, false, List.of("HISTORY_OF_CANCER"));
        assertEquals(List.of(), TherapistBrief.of(TODAY, List.of(), List.of(old), List.of()).redFlags());
    }

    @Test
    void whatHelpedMostComesFirstAndTypesWithoutAFigureLast() {
        List<PastSessions> past = List.of(new PastSessions("SWEDISH", 2, new BigDecimal("1.0"), null),
                new PastSessions("TRIGGER_POINT", 1, null, null),
                new PastSessions("DEEP_TISSUE", 3, new BigDecimal("4.5"), new BigDecimal("-1.5")));
        assertEquals(List.of("DEEP_TISSUE", "SWEDISH", "TRIGGER_POINT"), TherapistBrief.of(TODAY, List.of(), List.of(), past)
                .whatHelpedBefore().stream().map(PastSessions::sessionType).toList());
    }

    private static BriefNight night(LocalDate night, String efficiency) {
        return new BriefNight(night, 420, new BigDecimal(efficiency), 20, 3);
    }

    private static PainRating pain(java.time.LocalDateTime at, int intensity, String location, String character, List<String> flags) {
        return new PainRating("e-" + at, at.atOffset(BERLIN_WINTER), intensity, location, character, false, false, false, flags);
    }
}
