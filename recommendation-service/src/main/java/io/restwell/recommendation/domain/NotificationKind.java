package io.restwell.recommendation.domain;

/** What a notification is about; the app picks its screen by it (docs/notifications.md). */
public enum NotificationKind {
    /** A suggestion is ready, with its slots (or advice to see a clinician, without). */
    SUGGESTION_READY,
    /** A booking was made. */
    BOOKING_CONFIRMED,
    /** A booking was cancelled, with the reason when one was given. */
    BOOKING_CANCELLED,
    /** A booking was moved to another time or therapist. */
    BOOKING_RESCHEDULED,
    /** A session starts in 24 hours. */
    SESSION_REMINDER_24H,
    /** A session starts in 2 hours. */
    SESSION_REMINDER_2H,
    /** The morning after a session: how did it go? */
    MORNING_CHECK_IN
}
