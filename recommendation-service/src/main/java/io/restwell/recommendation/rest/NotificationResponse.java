package io.restwell.recommendation.rest;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.recommendation.domain.NotificationKind;

@Schema(name = "Notification", description = "One notification in the caller's inbox; the live stream sends the same shape. "
        + "`booking` is set for booking kinds (confirmed, cancelled, rescheduled, reminders, morning check-in), `suggestion` for SUGGESTION_READY.")
public record NotificationResponse(
        UUID id,
        @Schema(description = "Its position in the caller's stream: the SSE event id", example = "42") long sequence,
        NotificationKind kind,
        @Schema(example = "Session cancelled") String title,
        @Schema(example = "Your deep tissue massage on Friday 11 December at 18:00 (UTC+01:00) was cancelled. Reason: therapist ill") String body,
        OffsetDateTime createdAt,
        @Nullable @Schema(description = "When the caller marked it read; null while unread") OffsetDateTime readAt,
        @Nullable NotifiedBooking booking,
        @Nullable NotifiedSuggestion suggestion,
        @Nullable @Schema(description = "What the app can do to answer it; for MORNING_CHECK_IN: report the session's outcome") NotificationAction action) {

    @Schema(name = "NotificationAction", description = "The operation that answers a notification, e.g. the morning check-in's "
            + "`PUT /api/v1/me/sessions/{bookingId}/outcome`.")
    public record NotificationAction(
            @Schema(example = "PUT") String method,
            @Schema(example = "/api/v1/me/sessions/9b7c0d8e-2a4b-4a53-9d55-0b4a4a3c9b1e/outcome") String path) {
    }

    @Schema(name = "NotifiedBooking", description = "The booking as it stands after the change; times in the clinic's offset.")
    public record NotifiedBooking(
            UUID bookingId,
            UUID clinicId,
            UUID therapistId,
            @Schema(example = "DEEP_TISSUE") String sessionType,
            OffsetDateTime start,
            OffsetDateTime end,
            @Schema(example = "CANCELLED") String status,
            @Nullable @Schema(description = "Why it was cancelled, when a reason was given", example = "therapist ill") String reason,
            @Nullable @Schema(description = "On a reschedule: when it was before") OffsetDateTime previousStart) {
    }

    @Schema(name = "NotifiedSuggestion", description = "The suggestion that is ready, with the slots it offers (none for advice to see a clinician).")
    public record NotifiedSuggestion(
            UUID recommendationId,
            @Nullable @Schema(example = "DEEP_TISSUE") String sessionType,
            boolean seeClinician,
            List<SlotResponse> slots) {
    }
}
