package io.restwell.booking.rest.partner;

import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "PartnerCalendarFeedRequest", description = "Whose bookings the new feed shows: one therapist's, or without "
        + "`therapistId` the whole clinic's.")
public record PartnerCalendarFeedRequest(
        @Schema(description = "A therapist of this clinic; leave out for the clinic's own feed.",
                example = "5d1c7a40-8e2f-4b6a-9c3d-1e2f3a4b5c6d") @Nullable UUID therapistId) {
}
