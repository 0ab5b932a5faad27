package io.restwell.recommendation.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.restwell.recommendation.domain.PushRetry.Outcome;

class PushRetryTest {

    private final PushRetry retry = new PushRetry(Duration.ofSeconds(10), Duration.ofHours(1), 8);
    private final Instant now = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void eachAnswerHasItsOutcome() {
        assertEquals(Outcome.SENT, retry.outcome(201, 1));
        assertEquals(Outcome.SUBSCRIPTION_GONE, retry.outcome(404, 1));
        assertEquals(Outcome.SUBSCRIPTION_GONE, retry.outcome(410, 3));
        assertEquals(Outcome.RETRY, retry.outcome(429, 1));
        assertEquals(Outcome.RETRY, retry.outcome(503, 7));
        assertEquals(Outcome.FAILED, retry.outcome(503, 8), "the last attempt");
        assertEquals(Outcome.RETRY, retry.outcome(null, 1), "no answer: timeout, refused");
        assertEquals(Outcome.FAILED, retry.outcome(400, 1));
        assertEquals(Outcome.FAILED, retry.outcome(403, 1), "a VAPID key mismatch does not pass by retrying");
        assertEquals(Outcome.FAILED, retry.outcome(413, 1));
    }

    @Test
    void backoffDoublesToTheMaximumAndRetryAfterIsHonouredWithinIt() {
        assertEquals(now.plusSeconds(10), retry.nextAttempt(1, now, Optional.empty()));
        assertEquals(now.plusSeconds(40), retry.nextAttempt(3, now, Optional.empty()));
        assertEquals(now.plus(Duration.ofHours(1)), retry.nextAttempt(12, now, Optional.empty()));
        assertEquals(now.plusSeconds(120), retry.nextAttempt(1, now, Optional.of("120")));
        assertEquals(now.plusSeconds(10), retry.nextAttempt(1, now, Optional.of("2")), "never sooner than the backoff");
        assertEquals(now.plus(Duration.ofHours(1)), retry.nextAttempt(1, now, Optional.of("86400")), "never later than the maximum");
        assertEquals(now.plusSeconds(300), retry.nextAttempt(1, now, Optional.of("Sat, 05 Dec 2026 08:05:00 GMT")));
        assertEquals(now.plusSeconds(10), retry.nextAttempt(1, now, Optional.of("soon")));
    }
}
