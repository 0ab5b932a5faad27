package io.restwell.gateway.ratelimit;

/**
 * A token bucket: up to {@code burst} requests at once, refilled at {@code perSecond}. Times are
 * nanoseconds from any fixed origin (System.nanoTime in the gateway, a fake clock in tests).
 */
public final class TokenBucket {

    private final RateLimitPolicy policy;
    private double tokens;
    private long refilledAt;

    public TokenBucket(RateLimitPolicy policy, long now) {
        this.policy = policy;
        this.tokens = policy.burst();
        this.refilledAt = now;
    }

    /** Takes one token if there is one; either way says what is left and when to come back. */
    public synchronized Decision take(long now) {
        refill(now);
        boolean allowed = tokens >= 1;
        if (allowed) {
            tokens -= 1;
        }
        long remaining = (long) Math.floor(tokens);
        long secondsUntilFull = (long) Math.ceil((policy.burst() - tokens) / policy.perSecond());
        long retryAfter = allowed ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / policy.perSecond()));
        return new Decision(allowed, remaining, secondsUntilFull, retryAfter);
    }

    /** What {@link #take} would say now, without taking anything. */
    public synchronized Decision peek(long now) {
        refill(now);
        boolean allowed = tokens >= 1;
        long secondsUntilFull = (long) Math.ceil((policy.burst() - tokens) / policy.perSecond());
        long retryAfter = allowed ? 0 : Math.max(1, (long) Math.ceil((1 - tokens) / policy.perSecond()));
        return new Decision(allowed, (long) Math.floor(tokens), secondsUntilFull, retryAfter);
    }

    /** A full bucket is the same as a new one, so it can be forgotten. */
    public synchronized boolean isFull(long now) {
        refill(now);
        return tokens >= policy.burst();
    }

    private void refill(long now) {
        if (now > refilledAt) {
            tokens = Math.min(policy.burst(), tokens + (now - refilledAt) / 1e9 * policy.perSecond());
            refilledAt = now;
        }
    }

    /**
     * @param remaining whole requests left now
     * @param secondsUntilFull when the bucket is full again (the {@code t} of the RateLimit field)
     * @param retryAfterSeconds for a refused request: when one token is back
     */
    public record Decision(boolean allowed, long remaining, long secondsUntilFull, long retryAfterSeconds) {
    }
}
