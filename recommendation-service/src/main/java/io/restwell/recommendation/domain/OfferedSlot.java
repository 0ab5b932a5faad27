package io.restwell.recommendation.domain;

import java.time.OffsetDateTime;
import java.util.UUID;

/** An open slot a suggestion offers, as booking-service's availability returned it. */
public record OfferedSlot(UUID therapistId, UUID clinicId, String sessionType, OffsetDateTime start, OffsetDateTime end) {

    /** Whether a person's choice (therapist and start) is this slot. */
    public boolean is(UUID chosenTherapist, OffsetDateTime chosenStart) {
        return therapistId.equals(chosenTherapist) && start.isEqual(chosenStart);
    }
}
