package io.restwell.journal.config;

import java.math.BigDecimal;
import java.time.Duration;

import io.restwell.journal.domain.SleepThresholds;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "restwell.journal")
public interface JournalConfig {

    PoorSleep poorSleep();

    Outbox outbox();

    /** A day whose worst pain reaches this (0–10) counts as a high-pain day in the pain–sleep loop. */
    @WithDefault("6")
    int highPainAtLeast();

    /** Where a night turns poor; defaults from sleep-diary practice (DESIGN.md). */
    interface PoorSleep {
        @WithDefault("85")
        BigDecimal efficiencyBelowPercent();

        @WithDefault("30")
        int latencyAboveMinutes();

        @WithDefault("30")
        int wakeAfterOnsetAboveMinutes();

        @WithDefault("360")
        int totalSleepBelowMinutes();

        @WithDefault("2")
        int qualityAtMost();

        default SleepThresholds thresholds() {
            return new SleepThresholds(efficiencyBelowPercent(), latencyAboveMinutes(), wakeAfterOnsetAboveMinutes(),
                    totalSleepBelowMinutes(), qualityAtMost());
        }
    }

    interface Outbox {
        /** How often the relay looks for events it was not woken for (another instance's, or retries). */
        @WithDefault("1s")
        Duration sweepInterval();

        @WithDefault("200")
        int batchSize();

        /** How long a send may take before the relay counts it failed and retries later. */
        @WithDefault("5s")
        Duration sendTimeout();

        /** Published events are kept this long (for diagnosis), then deleted: they hold health data. */
        @WithDefault("P7D")
        Duration retention();

        /** How often the backlog metrics (outbox/OutboxMetrics) are read from the table. */
        @WithDefault("15s")
        Duration metricsRefresh();
    }
}
