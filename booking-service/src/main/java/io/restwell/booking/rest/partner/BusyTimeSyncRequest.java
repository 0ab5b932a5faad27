package io.restwell.booking.rest.partner;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.domain.BusyTimeImport;

@Schema(name = "BusyTimeSyncRequest", description = "Busy intervals from the clinic's own system, 1 to "
        + BusyTimeImport.MAX_ITEMS + " per request; all are applied or none.")
public record BusyTimeSyncRequest(
        @Schema(required = true, maxItems = BusyTimeImport.MAX_ITEMS) List<Item> intervals) {

    @Schema(name = "BusyTimeSyncItem", description = "One busy interval, by the clinic's own id for it. Put in place "
            + "(created, or updated when the id is known) unless `deleted` is true, which removes it and needs only the id.")
    public record Item(
            @Schema(required = true, maxLength = BusyTimeImport.MAX_EXTERNAL_ID_LENGTH, example = "pms-appt-48213",
                    description = "The clinic's id of the interval, unique per clinic") String externalId,
            @Nullable @Schema(description = "One of the clinic's therapists (not needed when deleted)") UUID therapistId,
            @Nullable @Schema(description = "RFC 3339 with offset (not needed when deleted)", example = "2026-12-07T10:00:00+01:00") OffsetDateTime start,
            @Nullable @Schema(description = "After start, at most 31 days later (not needed when deleted)", example = "2026-12-07T11:00:00+01:00") OffsetDateTime end,
            @Nullable @Schema(description = "true removes the interval", defaultValue = "false") Boolean deleted) {

        BusyTimeImport.Item toCommand() {
            return new BusyTimeImport.Item(externalId, therapistId, start == null ? null : start.toInstant(),
                    end == null ? null : end.toInstant(), Boolean.TRUE.equals(deleted));
        }
    }

    List<BusyTimeImport.Item> toCommand() {
        return intervals == null ? null : intervals.stream().map(item -> item == null ? null : item.toCommand()).toList();
    }
}
