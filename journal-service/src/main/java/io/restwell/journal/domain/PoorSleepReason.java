package io.restwell.journal.domain;

/** Why a night counts as poor sleep; each maps to one sleep-diary threshold. */
public enum PoorSleepReason {
    /** Total sleep was too small a share of the time in bed. */
    LOW_EFFICIENCY,
    /** It took too long to fall asleep. */
    LONG_LATENCY,
    /** Too much time awake after first falling asleep. */
    LONG_WAKE_AFTER_ONSET,
    /** Too little sleep in total. */
    SHORT_SLEEP,
    /** The person rated the night badly. */
    LOW_QUALITY
}
