package io.restwell.journal.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a person writes down about their pain at one moment.
 *
 * @param redFlags the red flags they answered yes to (docs/safety.md), each once, in the enum's order;
 *                 empty when they answered the screen with no to all, null when they were not asked
 */
public record PainDiaryEntry(OffsetDateTime recordedAt, int intensity, PainLocation location, PainCharacter character,
        boolean chronic, boolean stressRelated, boolean disturbedSleep, List<RedFlag> redFlags) {

    public PainDiaryEntry {
        redFlags = redFlags == null ? null : redFlags.stream().distinct().sorted().toList();
    }

    /** A rating without the red-flag screen. */
    public PainDiaryEntry(OffsetDateTime recordedAt, int intensity, PainLocation location, PainCharacter character,
            boolean chronic, boolean stressRelated, boolean disturbedSleep) {
        this(recordedAt, intensity, location, character, chronic, stressRelated, disturbedSleep, null);
    }
}
