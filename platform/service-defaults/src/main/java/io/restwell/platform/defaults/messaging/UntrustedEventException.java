package io.restwell.platform.defaults.messaging;

/**
 * A record a consumer must not apply: it does not come from the topic's producer, or its key and body
 * disagree, or it lacks what every Restwell event carries. Thrown out of an {@code @Incoming} method it
 * sends the record to the channel's dead-letter topic, with this message as the {@code dead-letter-reason}
 * header (SmallRye's {@code dead-letter-queue} failure strategy). The message never repeats the record's
 * values: a dead-letter header is no place for a user id.
 */
public class UntrustedEventException extends RuntimeException {

    public UntrustedEventException(String reason) {
        super(reason);
    }
}
