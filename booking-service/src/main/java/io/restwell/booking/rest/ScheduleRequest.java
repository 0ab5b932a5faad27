package io.restwell.booking.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.service.ScheduleCommands;

@Schema(name = "ScheduleRequest", description = "A therapist's weekly hours and buffer, replaced as a whole.")
public record ScheduleRequest(
        @Schema(description = "Minutes kept free after each session.", example = "15") @NotNull @Min(0) @Max(240) Integer bufferMinutes,
        @NotNull @Size(max = 50) List<@NotNull @Valid WeeklyHoursEntry> weeklyHours) {

    public ScheduleCommands.WeeklySchedule toCommand() {
        return new ScheduleCommands.WeeklySchedule(bufferMinutes, weeklyHours.stream()
                .map(entry -> new ScheduleCommands.Hours(entry.day(), entry.start(), entry.end())).toList());
    }
}
