package io.restwell.events.journal;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Data of {@code restwell.journal.pain-entry.recorded.v1} and {@code ...updated.v1}.
 *
 * @param redFlags the red flags of the entry's screen answered yes (journal-service's {@code RedFlag} names, e.g.
 *                 {@code SADDLE_NUMBNESS}); empty when every answer was no; null or absent when the screen was not
 *                 asked, and in events written before it existed. Added to v1 as an optional field: readers of the
 *                 older shape ignore it, and readers of this one must accept it missing and names they do not know
 */
public record PainEntryEvent(
        String entryId,
        String userId,
        OffsetDateTime recordedAt,
        int intensity,
        String location,
        String character,
        boolean chronic,
        boolean stressRelated,
        boolean disturbedSleep,
        List<String> redFlags) {

    /** An entry without the red-flag screen. */
    public PainEntryEvent(String entryId, String userId, OffsetDateTime recordedAt, int intensity, String location,
            String character, boolean chronic, boolean stressRelated, boolean disturbedSleep) {
        this(entryId, userId, recordedAt, intensity, location, character, chronic, stressRelated, disturbedSleep, null);
    }
}
