package io.restwell.booking.mapping;

import java.time.DayOfWeek;
import java.util.List;

import io.restwell.booking.ScheduleOverride;
import io.restwell.booking.Therapist;
import io.restwell.booking.WeeklyHours;
import io.restwell.booking.domain.DateOverride;
import io.restwell.booking.domain.WeeklyWindow;
import io.restwell.booking.rest.DateOverrideResponse;
import io.restwell.booking.rest.ScheduleResponse;
import io.restwell.booking.rest.WeeklyHoursEntry;

public final class ScheduleMapper {

    private ScheduleMapper() {
    }

    public static ScheduleResponse toResponse(Therapist therapist) {
        return new ScheduleResponse(therapist.id, therapist.clinic.id, therapist.clinic.timeZone, therapist.bufferMinutes,
                therapist.weeklyHours.stream()
                        .map(hours -> new WeeklyHoursEntry(DayOfWeek.of(hours.dayOfWeek), hours.startTime, hours.endTime))
                        .toList());
    }

    public static DateOverrideResponse toResponse(ScheduleOverride exception) {
        return new DateOverrideResponse(exception.id, exception.therapistId, exception.day, exception.kind,
                exception.startTime, exception.endTime, exception.note);
    }

    public static WeeklyWindow toDomain(WeeklyHours hours) {
        return new WeeklyWindow(DayOfWeek.of(hours.dayOfWeek), hours.startTime, hours.endTime);
    }

    public static DateOverride toDomain(ScheduleOverride exception) {
        return new DateOverride(exception.day, exception.kind, exception.startTime, exception.endTime);
    }

    public static List<WeeklyWindow> toDomain(List<WeeklyHours> hours) {
        return hours.stream().map(ScheduleMapper::toDomain).toList();
    }
}
