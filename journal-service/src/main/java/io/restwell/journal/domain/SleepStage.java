package io.restwell.journal.domain;

/**
 * What a wearable says the person was doing during part of a sleep session. The sources' own stages map
 * onto these (docs/journal-sync.md, "Wearable import"): Health Connect's stage types, HealthKit's sleep
 * analysis values, Fitbit's levels.
 */
public enum SleepStage {
    /** Awake in bed (or awake, in bed or not: the sources cannot always tell). */
    AWAKE(false),
    /** Light sleep (N1/N2; HealthKit calls it core). */
    LIGHT(true),
    DEEP(true),
    REM(true),
    /** Out of bed during the session, assumed awake. */
    OUT_OF_BED(false),
    /** Asleep, the stage unknown (Health Connect SLEEPING, HealthKit asleepUnspecified, Fitbit classic asleep). */
    ASLEEP(true);

    private final boolean asleep;

    SleepStage(boolean asleep) {
        this.asleep = asleep;
    }

    public boolean asleep() {
        return asleep;
    }
}
