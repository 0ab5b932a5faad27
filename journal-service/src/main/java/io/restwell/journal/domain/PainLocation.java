package io.restwell.journal.domain;

/** Where it hurts (docs/architecture.md). */
public enum PainLocation {
    LOWER_BACK, UPPER_BACK, NECK, SHOULDERS, HIPS, LEG
}
