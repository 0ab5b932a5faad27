package io.restwell.events;

/** CloudEvent {@code type} values, versioned: a breaking change to a payload gets a new version. */
public final class EventTypes {

    public static final String SLEEP_ENTRY_RECORDED = "restwell.journal.sleep-entry.recorded.v1";
    public static final String SLEEP_ENTRY_UPDATED = "restwell.journal.sleep-entry.updated.v1";
    public static final String SLEEP_ENTRY_DELETED = "restwell.journal.sleep-entry.deleted.v1";
    public static final String PAIN_ENTRY_RECORDED = "restwell.journal.pain-entry.recorded.v1";
    public static final String PAIN_ENTRY_UPDATED = "restwell.journal.pain-entry.updated.v1";
    public static final String PAIN_ENTRY_DELETED = "restwell.journal.pain-entry.deleted.v1";
    public static final String USER_DATA_ERASED = "restwell.journal.user-data.erased.v1";

    public static final String BOOKING_CREATED = "restwell.booking.created.v1";
    public static final String BOOKING_CANCELLED = "restwell.booking.cancelled.v1";
    public static final String BOOKING_RESCHEDULED = "restwell.booking.rescheduled.v1";
    public static final String BOOKING_COMPLETED = "restwell.booking.completed.v1";
    public static final String BOOKING_NO_SHOW = "restwell.booking.no-show.v1";

    public static final String RECOMMENDATION_SUGGESTED = "restwell.recommendation.suggested.v1";
    public static final String RECOMMENDATION_ACCEPTED = "restwell.recommendation.accepted.v1";
    public static final String RECOMMENDATION_DISMISSED = "restwell.recommendation.dismissed.v1";
    /** The suggestion's week passed untaken: its slots are gone and it is no longer open. */
    public static final String RECOMMENDATION_EXPIRED = "restwell.recommendation.expired.v1";

    private EventTypes() {
    }
}
