package io.restwell.recommendation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** A night from the person's journal, as the journal's events described it. */
public record Night(String entryId, LocalDate night, BigDecimal sleepEfficiency, int totalSleepMinutes, boolean poorSleep,
        List<String> poorSleepReasons) {
}
