package io.restwell.booking.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When a failed webhook delivery is tried again: {@code first} after the first failure, doubling
 * after each further one up to {@code max} (30 s, 1 min, 2 min, … 1 h), plus up to 10 % jitter so
 * the deliveries of one endpoint that failed together do not all come back at once. No retry starts
 * after the delivery's deadline ({@code retry-for} after it was queued): it has failed for good.
 */
public record RetrySchedule(Duration first, Duration max) {

    public RetrySchedule {
        if (first.isNegative() || first.isZero() || max.compareTo(first) < 0) {
            throw new IllegalArgumentException("need 0 < first <= max");
        }
    }

    /** The pause after {@code failedAttempts} (1 or more) failures, before jitter. */
    public Duration delayAfter(int failedAttempts) {
        Duration delay = first;
        for (int i = 1; i < failedAttempts && delay.compareTo(max) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return delay.compareTo(max) > 0 ? max : delay;
    }

    /**
     * The next attempt after a failure at {@code now}, or empty when it would start after {@code deadline}.
     *
     * @param jitter a number in [0, 1): how much of the 10 % jitter to add
     */
    public Optional<Instant> next(int failedAttempts, Instant now, Instant deadline, double jitter) {
        Duration delay = delayAfter(failedAttempts);
        Duration spread = Duration.ofMillis((long) (delay.toMillis() * 0.1 * Math.max(0, Math.min(jitter, 0.999))));
        Instant next = now.plus(delay).plus(spread);
        return next.isAfter(deadline) ? Optional.empty() : Optional.of(next);
    }
}
