package io.restwell.journal.domain;

import java.math.BigDecimal;
import java.util.Set;

/** What Restwell derives from a night: the standard sleep-diary measures and a verdict with its reasons. */
public record SleepMetrics(int timeInBedMinutes, int totalSleepMinutes, BigDecimal sleepEfficiency,
        boolean poorSleep, Set<PoorSleepReason> poorSleepReasons) {
}
