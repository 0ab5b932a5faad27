package io.restwell.booking.rest;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Schedule", description = "A therapist's weekly hours, in the clinic's time zone, and buffer.")
public record ScheduleResponse(
        UUID therapistId,
        UUID clinicId,
        @Schema(example = "Europe/Berlin") String timeZone,
        int bufferMinutes,
        List<WeeklyHoursEntry> weeklyHours) {
}
