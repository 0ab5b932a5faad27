package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class SlotChoiceTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final UUID THERAPIST = UUID.randomUUID();
    private static final UUID CLINIC = UUID.randomUUID();
    private static final UUID OTHER_CLINIC = UUID.randomUUID();

    private static OfferedSlot slot(UUID clinic, String type, OffsetDateTime start, int minutes) {
        return new OfferedSlot(THERAPIST, clinic, type, start, start.plusMinutes(minutes));
    }

    /** A 60-minute Swedish session at CLINIC starting at this Berlin wall-clock time. */
    private static OfferedSlot berlin(String localStart) {
        LocalDateTime local = LocalDateTime.parse(localStart);
        return slot(CLINIC, "SWEDISH", local.atZone(BERLIN).toOffsetDateTime(), 60);
    }

    private static Preferences preferences(List<SuitableTime> times, List<UUID> clinics, Set<String> avoided) {
        return new Preferences(null, clinics, 15, BERLIN, times, avoided, List.of());
    }

    private static SuitableTime every(LocalTime from, LocalTime to) {
        return new SuitableTime(EnumSet.allOf(DayOfWeek.class), from, to);
    }

    @Test
    void onlySlotsWithinTheirTimesInTheirOwnZoneAcrossDaylightSavingTime() {
        // Clocks go back in Berlin on Sunday 25 October 2026: 17:00 UTC is 19:00 on the Saturday, 18:00 on the Monday.
        OffsetDateTime saturday = OffsetDateTime.of(2026, 10, 24, 17, 0, 0, 0, ZoneOffset.UTC);
        OffsetDateTime monday = OffsetDateTime.of(2026, 10, 26, 17, 0, 0, 0, ZoneOffset.UTC);
        SlotChoice choice = new SlotChoice(preferences(List.of(every(LocalTime.of(18, 30), LocalTime.of(21, 0))), List.of(), Set.of()),
                BERLIN, Optional.empty());
        assertTrue(choice.suits(slot(CLINIC, "SWEDISH", saturday, 60)));
        assertFalse(choice.suits(slot(CLINIC, "SWEDISH", monday, 60)));
    }

    @Test
    void aSessionMustEndWithinTheWindowNotJustStartInIt() {
        SlotChoice choice = new SlotChoice(Preferences.DEFAULTS, BERLIN, Optional.empty());
        assertTrue(choice.suits(berlin("2026-12-08T20:00")));
        assertFalse(choice.suits(berlin("2026-12-08T20:30")));
        assertFalse(choice.suits(berlin("2026-12-08T16:30")));
    }

    @Test
    void onlyOnTheirDays() {
        SuitableTime tuesdays = new SuitableTime(EnumSet.of(DayOfWeek.TUESDAY), LocalTime.of(17, 0), LocalTime.of(21, 0));
        SlotChoice choice = new SlotChoice(preferences(List.of(tuesdays), List.of(), Set.of()), BERLIN, Optional.empty());
        assertTrue(choice.suits(berlin("2026-12-08T18:00"))); // a Tuesday
        assertFalse(choice.suits(berlin("2026-12-09T18:00")));
    }

    @Test
    void endingWellBeforeTheirUsualBedtime() {
        // Bed at 21:30: a session must end by 19:30.
        SlotChoice early = new SlotChoice(Preferences.DEFAULTS, BERLIN, Optional.of(LocalTime.of(21, 30)));
        assertTrue(early.suits(berlin("2026-12-08T18:30")));
        assertFalse(early.suits(berlin("2026-12-08T19:00")));
        // Bed after midnight: the whole evening suits.
        SlotChoice late = new SlotChoice(Preferences.DEFAULTS, BERLIN, Optional.of(LocalTime.of(0, 30)));
        assertTrue(late.suits(berlin("2026-12-08T20:00")));
        // Mornings are never too close to bedtime.
        SlotChoice mornings = new SlotChoice(preferences(List.of(every(LocalTime.of(8, 0), LocalTime.of(12, 0))), List.of(), Set.of()),
                BERLIN, Optional.of(LocalTime.of(21, 0)));
        assertTrue(mornings.suits(berlin("2026-12-08T09:00")));
    }

    @Test
    void onlyTheirChosenClinicsAndNeverAnAvoidedType() {
        SlotChoice choice = new SlotChoice(preferences(Preferences.DEFAULT_SUITABLE_TIMES, List.of(CLINIC), Set.of("DEEP_TISSUE")),
                BERLIN, Optional.empty());
        OffsetDateTime evening = LocalDateTime.parse("2026-12-08T18:00").atZone(BERLIN).toOffsetDateTime();
        assertTrue(choice.suits(slot(CLINIC, "SWEDISH", evening, 60)));
        assertFalse(choice.suits(slot(OTHER_CLINIC, "SWEDISH", evening, 60)));
        assertFalse(choice.suits(slot(CLINIC, "DEEP_TISSUE", evening, 60)));
    }

    @Test
    void spreadOverDaysBeforeTwoOnOneDayInTimeOrder() {
        SlotChoice choice = new SlotChoice(Preferences.DEFAULTS, BERLIN, Optional.empty());
        List<OfferedSlot> chosen = choice.choose(List.of(berlin("2026-12-08T17:00"), berlin("2026-12-08T18:00"),
                berlin("2026-12-08T19:00"), berlin("2026-12-10T18:00"), berlin("2026-12-09T12:00")));
        assertEquals(List.of(berlin("2026-12-08T17:00").start(), berlin("2026-12-08T18:00").start(), berlin("2026-12-10T18:00").start()),
                chosen.stream().map(OfferedSlot::start).toList());
    }

    private static final Place HOME = new Place(52.52, 13.40);

    private static OfferedSlot away(String localStart, int minutes, double km) {
        OffsetDateTime start = LocalDateTime.parse(localStart).atZone(BERLIN).toOffsetDateTime();
        return new OfferedSlot(THERAPIST, CLINIC, "SWEDISH", start, start.plusMinutes(minutes), km, null);
    }

    private static Preferences fromHome(int radiusKm, List<Integer> durations) {
        return new Preferences(HOME, List.of(), radiusKm, BERLIN, Preferences.DEFAULT_SUITABLE_TIMES, Set.of(), durations);
    }

    @Test
    void neverASlotOutOfReachOfHome() {
        SlotChoice choice = new SlotChoice(fromHome(15, List.of()), BERLIN, Optional.empty());
        assertTrue(choice.suits(away("2026-12-08T18:00", 60, 14.9)));
        assertFalse(choice.suits(away("2026-12-08T18:00", 60, 15.1)));
        assertFalse(choice.suits(away("2026-12-08T18:00", 60, 0).withoutDistance()), "searched from home, a slot without a distance is not known to be in reach");
        assertEquals(List.of(), choice.choose(List.of(away("2026-12-08T18:00", 60, 40), away("2026-12-09T18:00", 60, 16))));
        // The nearest options drop the radius, nothing else: still only in their evening.
        List<OfferedSlot> nearest = choice.beyondReach().choose(List.of(away("2026-12-08T18:00", 60, 40),
                away("2026-12-09T18:00", 60, 16), away("2026-12-09T09:00", 60, 16)));
        assertEquals(List.of(16.0, 40.0), nearest.stream().map(OfferedSlot::distanceKm).toList());
        assertTrue(nearest.get(0).explanation().startsWith("16.0 km from home (beyond your 15 km), Wednesday 18:00"), nearest.get(0).explanation());
        // Chosen clinics win over the radius, whatever the distance.
        SlotChoice chosenClinics = new SlotChoice(new Preferences(HOME, List.of(CLINIC), 15, BERLIN,
                Preferences.DEFAULT_SUITABLE_TIMES, Set.of(), List.of()), BERLIN, Optional.empty());
        assertTrue(chosenClinics.suits(away("2026-12-08T18:00", 60, 120)));
    }

    @Test
    void rankedByPreferredLengthThenDistanceThenTimeAndSpreadOverDays() {
        SlotChoice choice = new SlotChoice(fromHome(15, List.of(90, 60)), BERLIN, Optional.empty());
        OfferedSlot nearSixty = away("2026-12-08T17:00", 60, 1.2);
        OfferedSlot farNinety = away("2026-12-09T17:30", 90, 9.0);
        OfferedSlot nearNinety = away("2026-12-10T18:00", 90, 2.1);
        OfferedSlot nearNinetySameDay = away("2026-12-10T17:00", 90, 2.2);
        List<OfferedSlot> chosen = choice.choose(List.of(nearSixty, farNinety, nearNinety, nearNinetySameDay));
        // 90 minutes first (nearest first among them, one per day: 10th at 2 km, then 9th at 9 km), then 60.
        assertEquals(List.of(nearNinetySameDay.start(), farNinety.start(), nearSixty.start()),
                chosen.stream().map(OfferedSlot::start).toList());
    }

    @Test
    void eachChosenSlotSaysWhyInTheirOwnZone() {
        // 8 December 2026 is a Tuesday; bedtime 22:30, the session ends 19:30.
        SlotChoice choice = new SlotChoice(fromHome(15, List.of()), BERLIN, Optional.of(LocalTime.of(22, 30)));
        List<OfferedSlot> chosen = choice.choose(List.of(away("2026-12-08T18:30", 60, 2.14)));
        assertEquals("2.1 km from home, Tuesday 18:30, ends three hours before your usual bedtime", chosen.get(0).explanation());
    }

    @Test
    void nothingSuitsNothingOffered() {
        SlotChoice choice = new SlotChoice(Preferences.DEFAULTS, BERLIN, Optional.empty());
        assertEquals(List.of(), choice.choose(List.of(berlin("2026-12-08T09:00"), berlin("2026-12-08T22:00"))));
    }
}
