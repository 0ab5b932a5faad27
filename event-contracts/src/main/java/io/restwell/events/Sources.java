package io.restwell.events;

/**
 * The CloudEvent {@code source} of each producer: the value its outbox stamps on every record
 * ({@code restwell.outbox.source}) and the only value a consumer of its topic accepts.
 */
public final class Sources {

    public static final String JOURNAL_SERVICE = "/journal-service";
    public static final String BOOKING_SERVICE = "/booking-service";
    public static final String RECOMMENDATION_SERVICE = "/recommendation-service";

    private Sources() {
    }

    /** The source of the one service that writes {@code topic}; {@code null} for a topic of no service. */
    public static String producerOf(String topic) {
        return switch (topic) {
            case Topics.JOURNAL_EVENTS -> JOURNAL_SERVICE;
            case Topics.BOOKING_EVENTS -> BOOKING_SERVICE;
            case Topics.RECOMMENDATION_EVENTS -> RECOMMENDATION_SERVICE;
            default -> null;
        };
    }
}
