package io.restwell.booking.service;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import io.restwell.booking.domain.OverrideKind;

/** What a clinic or an admin sets on a therapist's schedule (rest/ builds these from requests). */
public final class ScheduleCommands {

    private ScheduleCommands() {
    }

    /** The weekly hours that replace the current ones, and the buffer kept between sessions. */
    public record WeeklySchedule(Integer bufferMinutes, List<Hours> weeklyHours) {
    }

    /** One window of work on a weekday, clinic-local. */
    public record Hours(DayOfWeek day, LocalTime start, LocalTime end) {
    }

    /** A one-off change to one date's hours: a day off, time off, or extra hours. */
    public record DateChange(LocalDate date, OverrideKind kind, LocalTime start, LocalTime end, String note) {
    }
}
