package io.restwell.journal.domain;

import java.math.BigDecimal;

/**
 * Where a night turns poor. Defaults follow sleep-diary practice (docs/architecture.md): efficiency below 85 %,
 * sleep latency over 30 min, wake after sleep onset over 30 min, total sleep under 6 h, quality 2 or less.
 */
public record SleepThresholds(BigDecimal efficiencyBelowPercent, int latencyAboveMinutes,
        int wakeAfterOnsetAboveMinutes, int totalSleepBelowMinutes, int qualityAtMost) {

    public static final SleepThresholds DEFAULTS = new SleepThresholds(new BigDecimal("85"), 30, 30, 360, 2);
}
