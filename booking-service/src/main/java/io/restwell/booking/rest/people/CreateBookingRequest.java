package io.restwell.booking.rest.people;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.service.BookingCommands;

@Schema(name = "CreateBookingRequest", description = "Book an open slot as availability returned it.")
public record CreateBookingRequest(
        @NotNull UUID therapistId,
        @Schema(example = "DEEP_TISSUE") @NotBlank @Size(max = 64) String sessionType,
        @Schema(description = "The slot's start, RFC 3339 with offset.", example = "2026-11-23T10:00:00+01:00") @NotNull OffsetDateTime start,
        @Schema(description = "Default: the session type's default length.", example = "60") @Min(5) @Max(480) @Nullable Integer durationMinutes,
        @Schema(description = "For the therapist, e.g. where it hurts.", maxLength = 2000) @Size(max = 2000) @Nullable String notes) {

    public BookingCommands.Book toCommand() {
        return new BookingCommands.Book(therapistId, sessionType, start, durationMinutes, notes);
    }
}
