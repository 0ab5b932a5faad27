package io.restwell.journal.domain;

import java.time.OffsetDateTime;

/** What a person writes down about their pain at one moment. */
public record PainDiaryEntry(OffsetDateTime recordedAt, int intensity, PainLocation location, PainCharacter character,
        boolean chronic, boolean stressRelated, boolean disturbedSleep) {
}
