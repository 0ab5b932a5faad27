package io.restwell.journal.config;

import java.math.BigDecimal;
import java.time.Duration;

import io.restwell.journal.domain.SleepThresholds;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

@ConfigMapping(prefix = "restwell.journal")
public interface JournalConfig {

    PoorSleep poorSleep();

    Sync sync();

    /** Incremental sync of devices (docs/journal-sync.md). */
    interface Sync {
        /**
         * How long a deleted entry's tombstone is kept for other devices to learn of the deletion; a sync
         * token older than this answers 410 and the device syncs in full.
         */
        @WithDefault("30D")
        Duration tombstoneRetention();
    }

    /** A day whose worst pain reaches this (0–10) counts as a high-pain day in the pain–sleep loop. */
    @WithDefault("6")
    int highPainAtLeast();

    /** Where a night turns poor; defaults from sleep-diary practice (docs/architecture.md). */
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
}
