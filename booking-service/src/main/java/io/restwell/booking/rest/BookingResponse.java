package io.restwell.booking.rest;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.domain.BookingStatus;

@Schema(name = "Booking", description = "A booked session. Its ETag header is its version, for If-Match on changes.")
public record BookingResponse(
        UUID id,
        BookingStatus status,
        UUID clinicId,
        UUID therapistId,
        @Schema(example = "DEEP_TISSUE") String sessionType,
        @Schema(example = "60") int durationMinutes,
        @Schema(description = "In the clinic's time zone.", example = "2026-11-23T10:00:00+01:00") OffsetDateTime start,
        @Schema(example = "2026-11-23T11:00:00+01:00") OffsetDateTime end,
        @Schema(description = "The clinic's IANA time zone.", example = "Europe/Berlin") String timeZone,
        Money price,
        @Nullable String notes,
        @Nullable String cancellationReason,
        @Nullable OffsetDateTime cancelledAt,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {
}
