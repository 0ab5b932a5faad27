package io.restwell.booking.rest.partner;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.service.BusyTimeService.Outcome;

@Schema(name = "BusyTimeSyncReport", description = "A result per interval, in the request's order.")
public record BusyTimeSyncResult(
        List<ItemResult> results,
        @Schema(description = "How many intervals overlap a Restwell booking", example = "1") int conflicts) {

    public static final String EXAMPLE = "{\"results\": ["
            + "{\"externalId\": \"pms-appt-48213\", \"outcome\": \"CREATED\", \"conflictingBookingIds\": []}, "
            + "{\"externalId\": \"pms-appt-48214\", \"outcome\": \"UPDATED\", "
            + "\"conflictingBookingIds\": [\"0b8e9c1a-6f2d-4c3b-9a8e-7d6c5b4a3f21\"]}, "
            + "{\"externalId\": \"pms-appt-47001\", \"outcome\": \"DELETED\", \"conflictingBookingIds\": []}], "
            + "\"conflicts\": 1}";

    @Schema(name = "BusyTimeSyncOutcome", description = "What happened to one interval.")
    public record ItemResult(
            @Schema(example = "pms-appt-48213") String externalId,
            @Schema(description = "CREATED, UPDATED, UNCHANGED, DELETED, or ABSENT (a removal of an id not held)")
            Outcome outcome,
            @Schema(description = "Restwell bookings of the therapist that overlap the interval (their time "
                    + "plus the therapist's buffer). The interval is kept anyway: the therapist is busy; "
                    + "resolve it, for instance by cancelling the booking with a reason.")
            List<UUID> conflictingBookingIds) {
    }
}
