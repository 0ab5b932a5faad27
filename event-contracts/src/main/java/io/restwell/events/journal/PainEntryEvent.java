package io.restwell.events.journal;

import java.time.OffsetDateTime;

/** Data of {@code restwell.journal.pain-entry.recorded.v1} and {@code ...updated.v1}. */
public record PainEntryEvent(
        String entryId,
        String userId,
        OffsetDateTime recordedAt,
        int intensity,
        String location,
        String character,
        boolean chronic,
        boolean stressRelated,
        boolean disturbedSleep) {
}
