package io.restwell.booking.rest.catalog;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.UUID;

import jakarta.annotation.Nullable;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import io.restwell.booking.mapping.SessionTypeMapper;
import io.restwell.booking.rest.Money;
import io.restwell.booking.service.AvailabilityService.Slot;

@Schema(name = "Slot", description = "An open slot: book it with its therapistId, sessionType and start.")
public record SlotResponse(
        UUID therapistId,
        UUID clinicId,
        @Schema(example = "DEEP_TISSUE") String sessionType,
        @Schema(description = "In the clinic's time zone.", example = "2026-11-23T10:00:00+01:00") OffsetDateTime start,
        @Schema(example = "2026-11-23T11:00:00+01:00") OffsetDateTime end,
        @Schema(example = "60") int durationMinutes,
        @Schema(description = "The clinic's IANA time zone.", example = "Europe/Berlin") String timeZone,
        @Schema(description = "What it costs at this clinic, in the clinic's currency.") Money price,
        @Schema(description = "Great-circle distance from `near` to the clinic in km (two decimals); null without `near`.", example = "2.14")
        @Nullable Double distanceKm) {

    /** The slot in its clinic's time zone. */
    public static SlotResponse of(Slot slot) {
        ZoneId zone = slot.therapist().clinic.zone();
        return new SlotResponse(slot.therapist().id, slot.therapist().clinic.id, slot.sessionType().code,
                slot.interval().start().atZone(zone).toOffsetDateTime(),
                slot.interval().end().atZone(zone).toOffsetDateTime(),
                (int) slot.interval().length().toMinutes(), slot.therapist().clinic.timeZone,
                SessionTypeMapper.money(slot.price().minorUnits(), slot.price().currency()),
                slot.distanceKm() == null ? null : Math.round(slot.distanceKm() * 100) / 100.0);
    }
}
