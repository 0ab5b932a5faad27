package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.domain.BookingStatus;
import io.restwell.booking.rest.Money;

@Schema(name = "PartnerBooking", description = "A booking at the key's clinic, as the partner API shows it. "
        + "Its ETag header is its version, for If-Match on changes.")
public record PartnerBooking(
        @Schema(example = "0b6f3f5e-8a41-4a55-9a3c-5f6d1c0e2b7a") UUID id,
        @Schema(example = "BOOKED") BookingStatus status,
        @Schema(description = "Your clinic's id for the person: the same on every booking they make with you, "
                + "a different one at every other clinic, never their Restwell account id.",
                example = "cus_4e1f0a9c2b7d5e3f6a8c1d0b") String customerId,
        @Schema(example = "7d1e7c8a-3b1a-4c39-8a0e-5d3f2b1c9e11") UUID therapistId,
        @Schema(example = "DEEP_TISSUE") String sessionType,
        @Schema(example = "60") int durationMinutes,
        @Schema(description = "In the clinic's time zone.", example = "2026-11-23T10:00:00+01:00") OffsetDateTime start,
        @Schema(example = "2026-11-23T11:00:00+01:00") OffsetDateTime end,
        @Schema(example = "Europe/Berlin") String timeZone,
        Money price,
        @Schema(description = "The person's note to the clinic.", example = "Lower back, left side") @Nullable String notes,
        @Schema(example = "Therapist ill") @Nullable String cancellationReason,
        @Schema(description = "CUSTOMER or CLINIC; null unless cancelled.", example = "CLINIC",
                enumeration = {"CUSTOMER", "CLINIC"}) @Nullable String cancelledBy,
        @Nullable OffsetDateTime cancelledAt,
        @Schema(example = "2026-11-01T08:15:00Z") OffsetDateTime createdAt,
        @Schema(description = "The last change: what changedSince compares with.", example = "2026-11-02T17:40:12.345Z") OffsetDateTime updatedAt,
        @Schema(description = "Grows with every change; the ETag.", example = "2") long version,
        @Schema(description = "APP: a person booked through Restwell; FRONT_DESK: your clinic booked it (POST /api/v1/partner/bookings).",
                enumeration = {"APP", "FRONT_DESK"}, example = "APP") String channel,
        @Nullable @Schema(description = "A front-desk booking's client, as your clinic gave it; null on app bookings and once erased.")
        FrontDeskClient client) {
}
