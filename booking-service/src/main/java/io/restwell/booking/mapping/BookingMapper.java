package io.restwell.booking.mapping;

import java.time.ZoneId;

import io.restwell.booking.rest.SlotResponse;
import io.restwell.booking.service.AvailabilityService.Slot;

public final class BookingMapper {

    private BookingMapper() {
    }

    /** Times in the clinic's zone, so the offset shown is the one in force there at that moment. */
    public static SlotResponse toResponse(Slot slot) {
        ZoneId zone = slot.therapist().clinic.zone();
        return new SlotResponse(slot.therapist().id, slot.therapist().clinic.id, slot.sessionType().code,
                slot.interval().start().atZone(zone).toOffsetDateTime(),
                slot.interval().end().atZone(zone).toOffsetDateTime(),
                (int) slot.interval().length().toMinutes());
    }
}
