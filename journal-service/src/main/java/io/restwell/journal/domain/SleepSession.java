package io.restwell.journal.domain;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A sleep session as a wearable measured it: in bed from {@code start} to {@code end} (with the person's
 * UTC offsets), its stages in any order, whether the source calls it the main sleep (null: it does not
 * say), and where it came from. {@code field} names it in the request, for problems.
 */
public record SleepSession(OffsetDateTime start, OffsetDateTime end, List<StageSpan> stages, Boolean mainSleep,
        SleepSource source, String field) {

    public SleepSession {
        stages = List.copyOf(stages);
    }

    public Duration inBed() {
        return Duration.between(start, end);
    }
}
