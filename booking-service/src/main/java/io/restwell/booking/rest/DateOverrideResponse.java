package io.restwell.booking.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import com.fasterxml.jackson.annotation.JsonFormat;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.domain.OverrideKind;

@Schema(name = "ScheduleException", description = "A one-off change to a therapist's hours on one clinic-local date.")
public record DateOverrideResponse(
        UUID id,
        UUID therapistId,
        LocalDate date,
        OverrideKind kind,
        @Schema(type = SchemaType.STRING, example = "12:00") @JsonFormat(pattern = "HH:mm") @Nullable LocalTime start,
        @Schema(type = SchemaType.STRING, example = "14:00") @JsonFormat(pattern = "HH:mm") @Nullable LocalTime end,
        @Nullable String note) {
}
