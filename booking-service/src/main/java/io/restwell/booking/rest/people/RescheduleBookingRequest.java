package io.restwell.booking.rest.people;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.service.BookingCommands;

@Schema(name = "RescheduleBookingRequest", description = "Move a booking to another open slot of the same session type; the old slot is freed in the same transaction.")
public record RescheduleBookingRequest(
        @Schema(example = "2026-11-24T15:00:00+01:00") @NotNull OffsetDateTime start,
        @Schema(description = "Default: the same therapist.") @Nullable UUID therapistId,
        @Schema(description = "Default: the same length.") @Min(5) @Max(480) @Nullable Integer durationMinutes) {

    public BookingCommands.Reschedule toCommand() {
        return new BookingCommands.Reschedule(start, therapistId, durationMinutes);
    }
}
