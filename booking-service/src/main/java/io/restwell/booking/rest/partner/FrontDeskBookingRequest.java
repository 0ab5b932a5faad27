package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.service.BookingCommands;

@Schema(name = "FrontDeskBookingRequest", description = "A booking the clinic takes itself (phone, front desk) on one of its "
        + "therapists' open slots, for a client who may have no Restwell account.")
public record FrontDeskBookingRequest(
        @NotNull UUID therapistId,
        @Schema(example = "DEEP_TISSUE") @NotBlank @Size(max = 64) String sessionType,
        @Schema(description = "The slot's start, RFC 3339 with offset.", example = "2026-11-23T10:00:00+01:00") @NotNull OffsetDateTime start,
        @Schema(description = "Default: the session type's default length.", example = "60") @Min(5) @Max(480) @Nullable Integer durationMinutes,
        @Schema(description = "For the therapist.", maxLength = 2000) @Size(max = 2000) @Nullable String notes,
        @NotNull @Valid FrontDeskClient client) {

    BookingCommands.FrontDeskBook toCommand() {
        return new BookingCommands.FrontDeskBook(therapistId, sessionType, start, durationMinutes, notes, client.name(),
                client.email(), client.phone());
    }
}
