package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The booking after the change, as a webhook carries it: the person appears only as the clinic's customer id. */
@Schema(name = "BookingWebhookData", description = "The booking after the change. Times carry the clinic's offset at that moment.")
public record BookingWebhookData(
        UUID bookingId,
        @Schema(description = "Your clinic's own stable id for the person (the same on every booking they make with you).",
                example = "cus_4e1f0a9c2b7d5e3f6a8c1d0b") String customerId,
        UUID clinicId,
        UUID therapistId,
        @Schema(example = "DEEP_TISSUE") String sessionType,
        @Schema(example = "60") int durationMinutes,
        OffsetDateTime start,
        OffsetDateTime end,
        @Schema(example = "Europe/Berlin") String timeZone,
        @Schema(enumeration = {"BOOKED", "CANCELLED", "LATE_CANCELLED", "COMPLETED", "NO_SHOW"}) String status,
        @Schema(description = "On a cancellation, the reason if one was given.") @Nullable String reason,
        @Schema(description = "On a reschedule: the time before it.") @Nullable OffsetDateTime previousStart,
        @Schema(description = "On a reschedule: the end before it.") @Nullable OffsetDateTime previousEnd,
        @Schema(description = "On a reschedule: the therapist before it.") @Nullable UUID previousTherapistId,
        OffsetDateTime occurredAt) {
}
