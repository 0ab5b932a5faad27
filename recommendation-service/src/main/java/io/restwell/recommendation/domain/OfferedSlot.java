package io.restwell.recommendation.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * An open slot a suggestion offers, as booking-service's availability returned it, with the clinic's distance
 * from the person's home (null when not searched from home) and why it suits them (null on slots stored before
 * explanations existed).
 */
public record OfferedSlot(UUID therapistId, UUID clinicId, String sessionType, OffsetDateTime start, OffsetDateTime end,
        Double distanceKm, String explanation) {

    public OfferedSlot(UUID therapistId, UUID clinicId, String sessionType, OffsetDateTime start, OffsetDateTime end) {
        this(therapistId, clinicId, sessionType, start, end, null, null);
    }

    /** Whether a person's choice (therapist and start) is this slot. */
    public boolean is(UUID chosenTherapist, OffsetDateTime chosenStart) {
        return therapistId.equals(chosenTherapist) && start.isEqual(chosenStart);
    }

    public int minutes() {
        return (int) Duration.between(start, end).toMinutes();
    }

    public OfferedSlot withoutDistance() {
        return new OfferedSlot(therapistId, clinicId, sessionType, start, end, null, explanation);
    }

    public OfferedSlot explained(String why) {
        return new OfferedSlot(therapistId, clinicId, sessionType, start, end, distanceKm, why);
    }
}
