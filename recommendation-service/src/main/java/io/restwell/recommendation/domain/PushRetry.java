package io.restwell.recommendation.domain;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What to do after one push attempt (RFC 8030): a 2xx is done; 404 and 410 mean the subscription is gone
 * (the browser unsubscribed or it expired), so it is removed; 429, 5xx and no answer at all (timeout,
 * connection refused) are retried, {@code initial} doubling to {@code max}, or after the push service's
 * {@code Retry-After} when it sent one (never sooner than the backoff, never later than {@code max}),
 * for at most {@code maxAttempts} attempts; anything else (400, 403 a key mismatch, 413) will not pass
 * by retrying and fails at once.
 */
public record PushRetry(Duration initial, Duration max, int maxAttempts) {

    public enum Outcome { SENT, SUBSCRIPTION_GONE, RETRY, FAILED }

    /** The outcome of attempt number {@code attempt} (1 for the first) that got {@code status} (null: no answer). */
    public Outcome outcome(Integer status, int attempt) {
        if (status != null && status >= 200 && status < 300) {
            return Outcome.SENT;
        }
        if (status != null && (status == 404 || status == 410)) {
            return Outcome.SUBSCRIPTION_GONE;
        }
        boolean passing = status == null || status == 429 || status >= 500;
        return passing && attempt < maxAttempts ? Outcome.RETRY : Outcome.FAILED;
    }

    /** When to try again after attempt number {@code attempt} failed at {@code now}. */
    public Instant nextAttempt(int attempt, Instant now, Optional<String> retryAfter) {
        Duration doubled = initial.multipliedBy(1L << Math.min(attempt - 1, 20));
        Duration backoff = doubled.compareTo(max) > 0 ? max : doubled;
        Duration wait = retryAfter.flatMap(value -> asked(value, now)).filter(asked -> asked.compareTo(backoff) > 0)
                .map(asked -> asked.compareTo(max) > 0 ? max : asked).orElse(backoff);
        return now.plus(wait);
    }

    /** Retry-After as delay-seconds or an HTTP-date (RFC 9110); empty when unreadable. */
    static Optional<Duration> asked(String value, Instant now) {
        String text = value.strip();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }
}
