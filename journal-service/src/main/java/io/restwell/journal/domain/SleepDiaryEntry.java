package io.restwell.journal.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * What a person writes down about one night, before anything is derived from it. {@code quality} (1–5) is
 * null for a night imported from a wearable the person has not rated: no device measures how a night felt.
 */
public record SleepDiaryEntry(LocalDate night, OffsetDateTime bedtime, OffsetDateTime wakeTime,
        int sleepLatencyMinutes, int awakenings, int wakeAfterSleepOnsetMinutes, Integer quality) {
}
