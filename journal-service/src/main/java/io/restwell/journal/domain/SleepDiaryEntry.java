package io.restwell.journal.domain;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** What a person writes down about one night, before anything is derived from it. */
public record SleepDiaryEntry(LocalDate night, OffsetDateTime bedtime, OffsetDateTime wakeTime,
        int sleepLatencyMinutes, int awakenings, int wakeAfterSleepOnsetMinutes, int quality) {
}
