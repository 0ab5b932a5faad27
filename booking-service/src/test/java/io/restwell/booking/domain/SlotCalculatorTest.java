package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import io.restwell.booking.domain.SlotCalculator.SlotShape;

class SlotCalculatorTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final SlotShape HOUR_EVERY_HALF_HOUR = shape(60, 30, 0);
    private static final SlotShape HOUR_EVERY_HOUR = shape(60, 60, 0);

    @Nested
    class OnAnOrdinaryDay {

        @Test
        void cutsAWindowIntoSessionsOnTheGrid() {
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.MONDAY, "09:00", "12:00"));
            assertEquals(List.of("09:00+01:00", "09:30+01:00", "10:00+01:00", "10:30+01:00", "11:00+01:00"),
                    localStarts(open(schedule, HOUR_EVERY_HALF_HOUR, "2026-11-23", "2026-11-24"), BERLIN));
        }

        @Test
        void aLongerSessionFitsFewerTimesAndEveryEndIsStartPlusLength() {
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.MONDAY, "09:00", "11:00"));
            List<Interval> slots = open(schedule, shape(90, 30, 0), "2026-11-23", "2026-11-24");
            assertEquals(List.of("09:00+01:00", "09:30+01:00"), localStarts(slots, BERLIN));
            slots.forEach(slot -> assertEquals(Duration.ofMinutes(90), slot.length()));
        }

        @Test
        void onlyTheWeekdaysWithHoursHaveSlots() {
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.TUESDAY, "09:00", "10:00"),
                    window(DayOfWeek.THURSDAY, "14:00", "15:00"));
            List<Interval> slots = open(schedule, HOUR_EVERY_HALF_HOUR, "2026-11-23", "2026-11-30");
            assertEquals(List.of("2026-11-24T09:00+01:00", "2026-11-26T14:00+01:00"), isoStarts(slots, BERLIN));
        }

        @Test
        void severalWindowsOnADayAreCutSeparately() {
            WorkSchedule schedule = weekly(LONDON, window(DayOfWeek.MONDAY, "09:00", "10:30"),
                    window(DayOfWeek.MONDAY, "14:00", "15:00"));
            assertEquals(List.of("09:00Z", "09:30Z", "14:00Z"),
                    localStarts(open(schedule, HOUR_EVERY_HALF_HOUR, "2026-11-23", "2026-11-24"), LONDON));
        }
    }

    @Nested
    class WithBookingsAndBuffers {

        @Test
        void aBookingBlocksItsTimeAndItsBufferAndTheNewSessionNeedsItsOwnBuffer() {
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.MONDAY, "08:00", "13:00"));
            // booked 10:00-11:00 with a 15-minute buffer: busy until 11:15
            Interval booked = new Interval(at("2026-11-23T10:00+01:00"), at("2026-11-23T11:15+01:00"));
            List<Interval> slots = SlotCalculator.openSlots(schedule, shape(60, 30, 15),
                    at("2026-11-23T00:00+01:00"), at("2026-11-24T00:00+01:00"), Instant.MIN, List.of(booked));
            // 09:00 would end at 10:00 but needs its buffer until 10:15; 11:00 starts inside the buffer
            assertEquals(List.of("08:00+01:00", "08:30+01:00", "11:30+01:00", "12:00+01:00"), localStarts(slots, BERLIN));
        }

        @Test
        void theBufferMayRunPastTheEndOfTheWorkingDay() {
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.MONDAY, "16:00", "17:00"));
            assertEquals(List.of("16:00+01:00"),
                    localStarts(open(schedule, shape(60, 30, 15), "2026-11-23", "2026-11-24"), BERLIN));
        }

        @Test
        void busyIntervalsMayComeUnsortedAndOverlapping() {
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.MONDAY, "09:00", "14:00"));
            List<Interval> busy = List.of(
                    new Interval(at("2026-11-23T12:00+01:00"), at("2026-11-23T13:00+01:00")),
                    new Interval(at("2026-11-23T09:00+01:00"), at("2026-11-23T10:00+01:00")),
                    new Interval(at("2026-11-23T09:30+01:00"), at("2026-11-23T10:30+01:00")));
            List<Interval> slots = SlotCalculator.openSlots(schedule, HOUR_EVERY_HALF_HOUR,
                    at("2026-11-23T00:00+01:00"), at("2026-11-24T00:00+01:00"), Instant.MIN, busy);
            assertEquals(List.of("10:30+01:00", "11:00+01:00", "13:00+01:00"), localStarts(slots, BERLIN));
        }

        @Test
        void aBookingOfAnotherLengthBlocksEveryOverlappingSlot() {
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.MONDAY, "09:00", "12:00"));
            Interval ninetyMinutes = new Interval(at("2026-11-23T09:30+01:00"), at("2026-11-23T11:00+01:00"));
            List<Interval> thirties = SlotCalculator.openSlots(schedule, shape(30, 30, 0),
                    at("2026-11-23T00:00+01:00"), at("2026-11-24T00:00+01:00"), Instant.MIN, List.of(ninetyMinutes));
            assertEquals(List.of("09:00+01:00", "11:00+01:00", "11:30+01:00"), localStarts(thirties, BERLIN));
        }
    }

    @Nested
    class AcrossDaylightSavingChanges {

        @Test
        void berlinOpensAt9LocalTimeOnBothSidesOfSpringForward() {
            // clocks go from 02:00 to 03:00 on Sunday 2026-03-29
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.SATURDAY, "09:00", "10:00"),
                    window(DayOfWeek.SUNDAY, "09:00", "10:00"), window(DayOfWeek.MONDAY, "09:00", "10:00"));
            List<Interval> slots = open(schedule, HOUR_EVERY_HOUR, "2026-03-28", "2026-03-31");
            assertEquals(List.of("2026-03-28T09:00+01:00", "2026-03-29T09:00+02:00", "2026-03-30T09:00+02:00"),
                    isoStarts(slots, BERLIN));
            assertEquals(List.of("2026-03-28T08:00:00Z", "2026-03-29T07:00:00Z", "2026-03-30T07:00:00Z"),
                    slots.stream().map(slot -> slot.start().toString()).toList());
        }

        @Test
        void berlinSpringForwardNightHasOneHourLessToBook() {
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.SUNDAY, "00:00", "06:00"));
            List<Interval> slots = open(schedule, HOUR_EVERY_HOUR, "2026-03-29", "2026-03-30");
            assertEquals(List.of("00:00+01:00", "01:00+01:00", "03:00+02:00", "04:00+02:00", "05:00+02:00"),
                    localStarts(slots, BERLIN));
            slots.forEach(slot -> assertEquals(Duration.ofHours(1), slot.length()));
        }

        @Test
        void berlinFallBackNightHasTheRepeatedHourTwice() {
            // clocks go from 03:00 back to 02:00 on Sunday 2026-10-25
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.SUNDAY, "00:00", "06:00"));
            List<Interval> slots = open(schedule, HOUR_EVERY_HOUR, "2026-10-25", "2026-10-26");
            assertEquals(List.of("00:00+02:00", "01:00+02:00", "02:00+02:00", "02:00+01:00", "03:00+01:00",
                    "04:00+01:00", "05:00+01:00"), localStarts(slots, BERLIN));
        }

        @Test
        void berlinOpensAt9LocalTimeOnBothSidesOfFallBack() {
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.SATURDAY, "09:00", "10:00"),
                    window(DayOfWeek.SUNDAY, "09:00", "10:00"));
            assertEquals(List.of("2026-10-24T09:00+02:00", "2026-10-25T09:00+01:00"),
                    isoStarts(open(schedule, HOUR_EVERY_HOUR, "2026-10-24", "2026-10-26"), BERLIN));
        }

        @Test
        void aWindowThatStartsInTheSkippedHourStartsWhenTheClocksJump() {
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.SUNDAY, "02:30", "05:00"));
            List<Interval> slots = open(schedule, HOUR_EVERY_HOUR, "2026-03-29", "2026-03-30");
            assertEquals(List.of("03:00+02:00", "04:00+02:00"), localStarts(slots, BERLIN));
        }

        @Test
        void newYorkSpringForwardSkipsTwoToThree() {
            // clocks go from 02:00 to 03:00 on Sunday 2026-03-08
            WorkSchedule schedule = weekly(NEW_YORK, window(DayOfWeek.SUNDAY, "01:00", "04:00"));
            List<Interval> slots = open(schedule, HOUR_EVERY_HALF_HOUR, "2026-03-08", "2026-03-09");
            assertEquals(List.of("01:00-05:00", "01:30-05:00", "03:00-04:00"), localStarts(slots, NEW_YORK));
            assertEquals(Instant.parse("2026-03-08T07:00:00Z"), slots.get(2).start());
        }

        @Test
        void newYorkFallBackOffersOneThirtyTwice() {
            // clocks go from 02:00 back to 01:00 on Sunday 2026-11-01
            WorkSchedule schedule = weekly(NEW_YORK, window(DayOfWeek.SUNDAY, "00:30", "03:00"));
            List<Interval> slots = open(schedule, HOUR_EVERY_HOUR, "2026-11-01", "2026-11-02");
            assertEquals(List.of("00:30-04:00", "01:30-04:00", "01:30-05:00"), localStarts(slots, NEW_YORK));
            assertEquals(Duration.ofHours(1), Duration.between(slots.get(1).start(), slots.get(2).start()));
        }

        @Test
        void newYorkDaytimeHoursKeepTheirLocalTimeAcrossTheChange() {
            WorkSchedule schedule = weekly(NEW_YORK, window(DayOfWeek.FRIDAY, "10:00", "11:00"),
                    window(DayOfWeek.MONDAY, "10:00", "11:00"));
            assertEquals(List.of("2026-10-30T10:00-04:00", "2026-11-02T10:00-05:00"),
                    isoStarts(open(schedule, HOUR_EVERY_HOUR, "2026-10-30", "2026-11-03"), NEW_YORK));
        }

        @Test
        void aBookingAcrossTheFallBackHourBlocksByRealTime() {
            WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.SUNDAY, "01:00", "04:00"));
            // booked 02:00+02:00 .. 02:00+01:00: one real hour
            Interval booked = new Interval(at("2026-10-25T02:00+02:00"), at("2026-10-25T02:00+01:00"));
            List<Interval> slots = SlotCalculator.openSlots(schedule, HOUR_EVERY_HOUR,
                    at("2026-10-25T00:00+02:00"), at("2026-10-26T00:00+01:00"), Instant.MIN, List.of(booked));
            assertEquals(List.of("01:00+02:00", "02:00+01:00", "03:00+01:00"), localStarts(slots, BERLIN));
        }
    }

    @Nested
    class WithExceptions {

        private final WorkSchedule base = weekly(BERLIN, window(DayOfWeek.MONDAY, "09:00", "17:00"));

        @Test
        void aDayOffHasNoSlots() {
            WorkSchedule schedule = with(base, DateOverride.dayOff(LocalDate.parse("2026-11-23")));
            assertEquals(List.of(), open(schedule, HOUR_EVERY_HALF_HOUR, "2026-11-23", "2026-11-24"));
            assertEquals(15, open(schedule, HOUR_EVERY_HALF_HOUR, "2026-11-30", "2026-12-01").size());
        }

        @Test
        void timeOffSplitsTheDay() {
            WorkSchedule schedule = with(base,
                    DateOverride.timeOff(LocalDate.parse("2026-11-23"), LocalTime.parse("10:00"), LocalTime.parse("16:00")));
            assertEquals(List.of("09:00+01:00", "16:00+01:00"),
                    localStarts(open(schedule, HOUR_EVERY_HALF_HOUR, "2026-11-23", "2026-11-24"), BERLIN));
        }

        @Test
        void extraHoursJoinTheWeeklyHoursOrStandAlone() {
            WorkSchedule schedule = with(base,
                    DateOverride.extraHours(LocalDate.parse("2026-11-23"), LocalTime.parse("17:00"), LocalTime.parse("18:00")),
                    DateOverride.extraHours(LocalDate.parse("2026-11-29"), LocalTime.parse("10:00"), LocalTime.parse("11:00")));
            List<String> monday = localStarts(open(schedule, HOUR_EVERY_HALF_HOUR, "2026-11-23", "2026-11-24"), BERLIN);
            assertEquals("17:00+01:00", monday.get(monday.size() - 1)); // 16:30 too: the windows joined
            assertTrue(monday.contains("16:30+01:00"));
            assertEquals(List.of("2026-11-29T10:00+01:00"),
                    isoStarts(open(schedule, HOUR_EVERY_HALF_HOUR, "2026-11-29", "2026-11-30"), BERLIN));
        }

        @Test
        void extraHoursOnADayOffStillCount() {
            LocalDate monday = LocalDate.parse("2026-11-23");
            WorkSchedule schedule = with(base, DateOverride.dayOff(monday),
                    DateOverride.extraHours(monday, LocalTime.parse("18:00"), LocalTime.parse("19:00")));
            assertEquals(List.of("18:00+01:00"),
                    localStarts(open(schedule, HOUR_EVERY_HALF_HOUR, "2026-11-23", "2026-11-24"), BERLIN));
        }
    }

    @Nested
    class RangeAndNotice {

        private final WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.MONDAY, "09:00", "12:00"));

        @Test
        void onlySlotsStartingInsideTheRangeCount() {
            List<Interval> slots = SlotCalculator.openSlots(schedule, HOUR_EVERY_HALF_HOUR,
                    at("2026-11-23T09:30+01:00"), at("2026-11-23T10:30+01:00"), Instant.MIN, List.of());
            assertEquals(List.of("09:30+01:00", "10:00+01:00"), localStarts(slots, BERLIN));
        }

        @Test
        void nothingStartsBeforeTheNoticePeriodEnds() {
            List<Interval> slots = SlotCalculator.openSlots(schedule, HOUR_EVERY_HALF_HOUR,
                    at("2026-11-23T00:00+01:00"), at("2026-11-24T00:00+01:00"), at("2026-11-23T10:15+01:00"), List.of());
            assertEquals(List.of("10:30+01:00", "11:00+01:00"), localStarts(slots, BERLIN));
        }

        @Test
        void anEmptyOrInvertedRangeHasNoSlots() {
            assertEquals(List.of(), SlotCalculator.openSlots(schedule, HOUR_EVERY_HALF_HOUR,
                    at("2026-11-24T00:00+01:00"), at("2026-11-23T00:00+01:00"), Instant.MIN, List.of()));
        }
    }

    @Nested
    class FitsSchedule {

        private final WorkSchedule schedule = weekly(BERLIN, window(DayOfWeek.MONDAY, "09:00", "12:00"),
                window(DayOfWeek.SUNDAY, "00:00", "06:00"));

        @Test
        void aStartOnTheGridInsideWorkingTimeFits() {
            assertTrue(SlotCalculator.fitsSchedule(schedule, HOUR_EVERY_HALF_HOUR, at("2026-11-23T10:30+01:00")));
            assertTrue(SlotCalculator.fitsSchedule(schedule, HOUR_EVERY_HALF_HOUR, at("2026-11-23T11:00+01:00")));
        }

        @Test
        void offTheGridOrPastTheEndOrOnAnotherDayDoesNot() {
            assertFalse(SlotCalculator.fitsSchedule(schedule, HOUR_EVERY_HALF_HOUR, at("2026-11-23T10:10+01:00")));
            assertFalse(SlotCalculator.fitsSchedule(schedule, HOUR_EVERY_HALF_HOUR, at("2026-11-23T11:30+01:00")));
            assertFalse(SlotCalculator.fitsSchedule(schedule, HOUR_EVERY_HALF_HOUR, at("2026-11-24T10:00+01:00")));
        }

        @Test
        void theSecondOneThirtyOfAFallBackNightFits() {
            assertTrue(SlotCalculator.fitsSchedule(schedule, HOUR_EVERY_HOUR, at("2026-10-25T02:00+01:00")));
            assertTrue(SlotCalculator.fitsSchedule(schedule, HOUR_EVERY_HOUR, at("2026-10-25T02:00+02:00")));
            assertFalse(SlotCalculator.fitsSchedule(schedule, HOUR_EVERY_HOUR, at("2026-03-29T05:30+02:00")));
        }
    }

    @Test
    void mergesTouchingAndOverlappingIntervals() {
        List<Interval> merged = Interval.merged(List.of(
                new Interval(at("2026-01-01T12:00Z"), at("2026-01-01T13:00Z")),
                new Interval(at("2026-01-01T10:00Z"), at("2026-01-01T11:00Z")),
                new Interval(at("2026-01-01T11:00Z"), at("2026-01-01T11:30Z")),
                new Interval(at("2026-01-01T10:15Z"), at("2026-01-01T10:45Z"))));
        assertEquals(List.of(new Interval(at("2026-01-01T10:00Z"), at("2026-01-01T11:30Z")),
                new Interval(at("2026-01-01T12:00Z"), at("2026-01-01T13:00Z"))), merged);
    }

    // --- helpers

    private static SlotShape shape(int lengthMinutes, int stepMinutes, int bufferMinutes) {
        return new SlotShape(Duration.ofMinutes(lengthMinutes), Duration.ofMinutes(stepMinutes), Duration.ofMinutes(bufferMinutes));
    }

    private static WeeklyWindow window(DayOfWeek day, String start, String end) {
        return new WeeklyWindow(day, LocalTime.parse(start), LocalTime.parse(end));
    }

    private static WorkSchedule weekly(ZoneId zone, WeeklyWindow... windows) {
        return new WorkSchedule(zone, Arrays.asList(windows), List.of());
    }

    private WorkSchedule with(WorkSchedule base, DateOverride... exceptions) {
        return new WorkSchedule(base.zone(), baseWindows(), Arrays.asList(exceptions));
    }

    private static List<WeeklyWindow> baseWindows() {
        return List.of(window(DayOfWeek.MONDAY, "09:00", "17:00"));
    }

    /** Slots starting on the clinic-local dates [from, to). */
    private static List<Interval> open(WorkSchedule schedule, SlotShape shape, String fromDate, String toDate) {
        return SlotCalculator.openSlots(schedule, shape, LocalDate.parse(fromDate).atStartOfDay(schedule.zone()).toInstant(),
                LocalDate.parse(toDate).atStartOfDay(schedule.zone()).toInstant(), Instant.MIN, List.of());
    }

    private static Instant at(String offsetDateTime) {
        return OffsetDateTime.parse(offsetDateTime).toInstant();
    }

    /** "09:00+01:00": local time with the offset in force. */
    private static List<String> localStarts(List<Interval> slots, ZoneId zone) {
        return slots.stream().map(slot -> {
            OffsetDateTime local = slot.start().atZone(zone).toOffsetDateTime();
            return local.toLocalTime() + local.getOffset().toString();
        }).toList();
    }

    private static List<String> isoStarts(List<Interval> slots, ZoneId zone) {
        return slots.stream().map(slot -> slot.start().atZone(zone).toOffsetDateTime().toString()).toList();
    }
}
