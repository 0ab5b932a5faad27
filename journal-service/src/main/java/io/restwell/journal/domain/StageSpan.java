package io.restwell.journal.domain;

import java.time.Duration;
import java.time.Instant;

/** One stretch of a sleep session in one stage; {@code field} names it in the request, for problems. */
public record StageSpan(SleepStage stage, Instant start, Instant end, String field) {

    public Duration length() {
        return Duration.between(start, end);
    }
}
