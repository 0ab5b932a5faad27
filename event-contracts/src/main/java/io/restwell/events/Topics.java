package io.restwell.events;

import java.util.List;

/** The Kafka topics of the platform, each with its dead-letter topic (docs/architecture.md, "Events"). */
public final class Topics {

    public static final String JOURNAL_EVENTS = "journal.events";
    public static final String BOOKING_EVENTS = "booking.events";
    public static final String RECOMMENDATION_EVENTS = "recommendation.events";

    /** Suffix of the topic a consumer sends a message to when it can never process it. */
    public static final String DEAD_LETTER_SUFFIX = ".dlq";

    private Topics() {
    }

    /** Every topic the platform needs, dead-letter topics included; the local stack creates these. */
    public static List<String> all() {
        return List.of(JOURNAL_EVENTS, BOOKING_EVENTS, RECOMMENDATION_EVENTS,
                deadLetterOf(JOURNAL_EVENTS), deadLetterOf(BOOKING_EVENTS), deadLetterOf(RECOMMENDATION_EVENTS));
    }

    public static String deadLetterOf(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }
}
