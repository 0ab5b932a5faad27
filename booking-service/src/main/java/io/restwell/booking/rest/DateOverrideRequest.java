package io.restwell.booking.rest;

import java.time.LocalDate;
import java.time.LocalTime;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.domain.OverrideKind;

import io.restwell.booking.service.ScheduleCommands;

@Schema(name = "ScheduleExceptionRequest", description = "A one-off change on one clinic-local date: DAY_OFF has no times; TIME_OFF and EXTRA_HOURS need both.")
public record DateOverrideRequest(
        @Schema(example = "2026-12-24") @NotNull LocalDate date,
        @NotNull OverrideKind kind,
        @Schema(type = SchemaType.STRING, example = "12:00") @JsonFormat(pattern = "HH:mm") @Nullable LocalTime start,
        @Schema(type = SchemaType.STRING, example = "14:00") @JsonFormat(pattern = "HH:mm") @Nullable LocalTime end,
        @Size(max = 500) @Nullable String note) {

    public ScheduleCommands.DateChange toCommand() {
        return new ScheduleCommands.DateChange(date, kind, start, end, note);
    }
}
