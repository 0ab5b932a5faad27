package io.restwell.booking.domain;

/** What a schedule exception does to one date's working hours. */
public enum OverrideKind {
    /** No work that date at all. */
    DAY_OFF,
    /** A window off within that date's hours. */
    TIME_OFF,
    /** A window of work on top of (or instead of none of) the weekly hours. */
    EXTRA_HOURS
}
