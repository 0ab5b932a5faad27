package io.restwell.recommendation.domain;

import java.util.List;
import java.util.UUID;

/** The suggestion a notification is about: its session type (null when it advises a clinician) and its slots. */
public record SuggestionNote(UUID recommendationId, String sessionType, boolean seeClinician, List<OfferedSlot> slots) {

    public SuggestionNote {
        slots = List.copyOf(slots);
    }
}
