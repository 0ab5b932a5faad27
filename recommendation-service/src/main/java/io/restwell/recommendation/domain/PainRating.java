package io.restwell.recommendation.domain;

import java.time.OffsetDateTime;

/** A pain rating from the person's journal. Location and character are the journal's codes (docs/architecture.md). */
public record PainRating(String entryId, OffsetDateTime recordedAt, int intensity, String location, String character,
        boolean chronic, boolean stressRelated, boolean disturbedSleep) {

    boolean sharpShootingOrSpasm() {
        return "SHARP".equals(character) || "SHOOTING".equals(character) || "SPASM".equals(character);
    }

    boolean achingOrStiff() {
        return "ACHING".equals(character) || "STIFF".equals(character);
    }
}
