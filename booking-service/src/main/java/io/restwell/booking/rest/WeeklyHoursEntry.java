package io.restwell.booking.rest;

import java.time.DayOfWeek;
import java.time.LocalTime;

import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "WeeklyHours", description = "Working hours on one day of the week, clinic-local wall-clock time.")
public record WeeklyHoursEntry(
        @Schema(example = "MONDAY") @NotNull DayOfWeek day,
        @Schema(type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$", example = "09:00")
        @JsonFormat(pattern = "HH:mm") @NotNull LocalTime start,
        @Schema(type = SchemaType.STRING, pattern = "^\\d{2}:\\d{2}$", example = "17:00", description = "After start, same day.")
        @JsonFormat(pattern = "HH:mm") @NotNull LocalTime end) {
}
