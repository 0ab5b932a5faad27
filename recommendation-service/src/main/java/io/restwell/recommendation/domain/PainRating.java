package io.restwell.recommendation.domain;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A pain rating from the person's journal. Location and character are the journal's codes (docs/architecture.md).
 *
 * @param redFlags the red flags answered yes (journal codes, see {@link RedFlag}); empty when all were no; null when
 *                 the screen was not asked
 */
public record PainRating(String entryId, OffsetDateTime recordedAt, int intensity, String location, String character,
        boolean chronic, boolean stressRelated, boolean disturbedSleep, List<String> redFlags) {

    /** A rating without the red-flag screen. */
    public PainRating(String entryId, OffsetDateTime recordedAt, int intensity, String location, String character,
            boolean chronic, boolean stressRelated, boolean disturbedSleep) {
        this(entryId, recordedAt, intensity, location, character, chronic, stressRelated, disturbedSleep, null);
    }

    boolean sharpShootingOrSpasm() {
        return "SHARP".equals(character) || "SHOOTING".equals(character) || "SPASM".equals(character);
    }

    boolean achingOrStiff() {
        return "ACHING".equals(character) || "STIFF".equals(character);
    }

    /** The flags answered yes; none when the screen was not asked. */
    List<String> redFlagsYes() {
        return redFlags == null ? List.of() : redFlags;
    }
}
