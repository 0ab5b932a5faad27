package io.restwell.recommendation.domain;

import java.util.List;
import java.util.UUID;

/**
 * The suggestion a notification is about: its session type (null when it advises a clinician) and its slots.
 * {@code redFlag} is how soon to seek care when it is advice for a red flag (docs/safety.md), null otherwise.
 */
public record SuggestionNote(UUID recommendationId, String sessionType, boolean seeClinician, List<OfferedSlot> slots,
        RedFlag.Urgency redFlag) {

    public SuggestionNote {
        slots = List.copyOf(slots);
    }

    /** A note about anything but red-flag advice. */
    public SuggestionNote(UUID recommendationId, String sessionType, boolean seeClinician, List<OfferedSlot> slots) {
        this(recommendationId, sessionType, seeClinician, slots, null);
    }

    /** The same note as red-flag advice of this urgency. */
    public SuggestionNote asRedFlag(RedFlag.Urgency urgency) {
        return new SuggestionNote(recommendationId, sessionType, seeClinician, slots, urgency);
    }
}
