package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PreferencesTest {

    @Test
    void quietHoursNeedBothEndsAndMayCrossMidnight() {
        assertNull(Preferences.from(nothing()).quietHours(), "none set: from the usual bedtime");
        Preferences night = Preferences.from(new Preferences.Draft(null, null, null, null, null, null, null, null,
                new Preferences.QuietHoursDraft(java.time.LocalTime.of(22, 30), java.time.LocalTime.of(7, 0))));
        assertEquals(new QuietHours.Window(java.time.LocalTime.of(22, 30), java.time.LocalTime.of(7, 0)), night.quietHours());
        assertEquals(List.of("quietHours.from", "quietHours.to"), fieldsOf(new Preferences.Draft(null, null, null, null, null, null,
                null, null, new Preferences.QuietHoursDraft(null, null))));
    }

    private static Preferences.Draft nothing() {
        return new Preferences.Draft(null, null, null, null, null, null, null, null);
    }

    private static List<String> fieldsOf(Preferences.Draft draft) {
        RecommendationException.InvalidPreferences invalid = assertThrows(RecommendationException.InvalidPreferences.class,
                () -> Preferences.from(draft));
        return invalid.violations().stream().map(FieldViolation::field).toList();
    }

    @Test
    void saidNothingMeansEveryDefault() {
        Preferences preferences = Preferences.from(nothing());
        assertEquals(Preferences.DEFAULTS, preferences);
        assertNull(preferences.home());
        assertEquals(15, preferences.radiusKm());
        assertEquals(List.of(new SuitableTime(java.util.EnumSet.allOf(DayOfWeek.class), LocalTime.of(17, 0), LocalTime.of(21, 0))),
                preferences.suitableTimes());
    }

    @Test
    void theTimeZoneIsTheirOwnThenTheJournalsThenUtc() {
        Preferences berlin = Preferences.from(new Preferences.Draft(null, null, null, null, "Europe/Berlin", null, null, null));
        assertEquals(ZoneId.of("Europe/Berlin"), berlin.zoneOr(ZoneOffset.ofHours(-5)));
        assertEquals(ZoneOffset.ofHours(-5), Preferences.DEFAULTS.zoneOr(ZoneOffset.ofHours(-5)));
        assertEquals(ZoneId.of("UTC"), Preferences.DEFAULTS.zoneOr(null));
    }

    @Test
    void coordinatesOutOfRangeAreNamed() {
        assertEquals(List.of("home.latitude"), fieldsOf(new Preferences.Draft(90.5, 13.4, null, null, null, null, null, null)));
        assertEquals(List.of("home.longitude"), fieldsOf(new Preferences.Draft(52.5, -180.01, null, null, null, null, null, null)));
        assertEquals(List.of("home.longitude"), fieldsOf(new Preferences.Draft(52.5, null, null, null, null, null, null, null)));
        assertEquals(List.of("home.latitude"), fieldsOf(new Preferences.Draft(Double.NaN, 0.0, null, null, null, null, null, null)));
        Preferences poles = Preferences.from(new Preferences.Draft(-90.0, 180.0, null, null, null, null, null, null));
        assertEquals(new Place(-90, 180), poles.home());
    }

    @Test
    void theRadiusHasBounds() {
        assertEquals(List.of("radiusKm"), fieldsOf(new Preferences.Draft(null, null, null, 0, null, null, null, null)));
        assertEquals(List.of("radiusKm"), fieldsOf(new Preferences.Draft(null, null, null, 101, null, null, null, null)));
        assertEquals(100, Preferences.from(new Preferences.Draft(null, null, null, 100, null, null, null, null)).radiusKm());
    }

    @Test
    void onlyRegionTimeZonesAreKnown() {
        for (String zone : List.of("Mars/Olympus", "+01:00", "CET+1", "", "europe/berlin")) {
            assertEquals(List.of("timeZone"), fieldsOf(new Preferences.Draft(null, null, null, null, zone, null, null, null)), zone);
        }
        assertEquals(ZoneId.of("America/New_York"),
                Preferences.from(new Preferences.Draft(null, null, null, null, "America/New_York", null, null, null)).timeZone());
        assertEquals(ZoneId.of("UTC"), Preferences.from(new Preferences.Draft(null, null, null, null, "UTC", null, null, null)).timeZone());
    }

    @Test
    void suitableTimesNeedDaysAndEndAfterTheyStart() {
        Preferences.SuitableTimeDraft good = new Preferences.SuitableTimeDraft(List.of(DayOfWeek.TUESDAY), LocalTime.of(18, 0), LocalTime.of(21, 0));
        Preferences.SuitableTimeDraft noDays = new Preferences.SuitableTimeDraft(List.of(), LocalTime.of(18, 0), LocalTime.of(21, 0));
        Preferences.SuitableTimeDraft backwards = new Preferences.SuitableTimeDraft(List.of(DayOfWeek.MONDAY), LocalTime.of(21, 0), LocalTime.of(18, 0));
        assertEquals(List.of("suitableTimes[1].days", "suitableTimes[2].to"),
                fieldsOf(new Preferences.Draft(null, null, null, null, null, List.of(good, noDays, backwards), null, null)));
        Preferences tuesdays = Preferences.from(new Preferences.Draft(null, null, null, null, null, List.of(good), null, null));
        SuitableTime time = tuesdays.suitableTimes().get(0);
        assertTrue(time.fits(DayOfWeek.TUESDAY, LocalTime.of(18, 0), LocalTime.of(19, 0)));
        assertTrue(time.fits(DayOfWeek.TUESDAY, LocalTime.of(20, 0), LocalTime.of(21, 0)));
        assertFalse(time.fits(DayOfWeek.TUESDAY, LocalTime.of(20, 30), LocalTime.of(21, 30)));
        assertFalse(time.fits(DayOfWeek.WEDNESDAY, LocalTime.of(18, 0), LocalTime.of(19, 0)));
        assertFalse(time.fits(DayOfWeek.TUESDAY, LocalTime.of(17, 30), LocalTime.of(18, 30)));
    }

    @Test
    void everyBrokenFieldIsNamedAtOnce() {
        assertEquals(List.of("home.latitude", "clinicIds", "radiusKm", "timeZone", "avoidedSessionTypes[1]",
                "preferredDurationsMinutes[0]"),
                fieldsOf(new Preferences.Draft(-91.0, 0.0, Collections.nCopies(21, UUID.randomUUID()), 500, "Nowhere",
                        null, List.of("SWEDISH", "not a code"), List.of(5))));
    }

    @Test
    void listsHaveBoundsAndRepeatsCountOnce() {
        UUID clinic = UUID.randomUUID();
        Preferences preferences = Preferences.from(new Preferences.Draft(null, null, List.of(clinic, clinic), null, null, null,
                List.of("DEEP_TISSUE", "DEEP_TISSUE"), List.of(60, 45, 60)));
        assertEquals(List.of(clinic), preferences.clinicIds());
        assertEquals(java.util.Set.of("DEEP_TISSUE"), preferences.avoidedSessionTypes());
        assertEquals(List.of(60, 45), preferences.preferredDurationsMinutes());
        assertEquals(List.of("preferredDurationsMinutes"), fieldsOf(new Preferences.Draft(null, null, null, null, null, null, null,
                List.of(30, 45, 60, 75, 90, 120, 150))));
        assertEquals(List.of("preferredDurationsMinutes[1]"), fieldsOf(new Preferences.Draft(null, null, null, null, null, null, null,
                List.of(60, 241))));
    }
}
