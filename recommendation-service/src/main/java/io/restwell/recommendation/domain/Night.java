package io.restwell.recommendation.domain;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A night from the person's journal, as the journal's events described it.
 *
 * @param sleepLatencyMinutes how long it took to fall asleep; null for nights stored before it was kept
 */
public record Night(String entryId, LocalDate night, BigDecimal sleepEfficiency, int totalSleepMinutes, boolean poorSleep,
        List<String> poorSleepReasons, Integer sleepLatencyMinutes) {

    /** A night whose sleep latency is not known. */
    public Night(String entryId, LocalDate night, BigDecimal sleepEfficiency, int totalSleepMinutes, boolean poorSleep,
            List<String> poorSleepReasons) {
        this(entryId, night, sleepEfficiency, totalSleepMinutes, poorSleep, poorSleepReasons, null);
    }
}
