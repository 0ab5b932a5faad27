package io.restwell.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;
    private final RateLimitPolicy policy = new RateLimitPolicy("person", 3, 2.0);

    @Test
    void allowsABurstThenRefusesUntilATokenIsBack() {
        TokenBucket bucket = new TokenBucket(policy, 0);
        assertEquals(2, bucket.take(0).remaining());
        assertEquals(1, bucket.take(0).remaining());
        TokenBucket.Decision last = bucket.take(0);
        assertTrue(last.allowed());
        assertEquals(0, last.remaining());
        assertEquals(2, last.secondsUntilFull(), "3 tokens at 2 per second: 1.5 s, rounded up");

        TokenBucket.Decision refused = bucket.take(SECOND / 4);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds(), "0.5 tokens back after 250 ms; the next whole one in 250 ms more");

        assertTrue(bucket.take(SECOND / 2).allowed(), "one token back after 500 ms");
    }

    @Test
    void refillsNoFurtherThanTheBurst() {
        TokenBucket bucket = new TokenBucket(policy, 0);
        bucket.take(0);
        assertFalse(bucket.isFull(0));
        assertTrue(bucket.isFull(3600 * SECOND));
        assertEquals(2, bucket.take(3600 * SECOND).remaining());
    }

    @Test
    void advertisesThePolicyAndWhatIsLeftInTheIetfFields() {
        TokenBucket bucket = new TokenBucket(policy, 0);
        assertEquals("\"person\";q=3;w=2", policy.policyField());
        assertEquals("\"person\";r=2;t=1", policy.limitField(bucket.take(0)));
    }

    @Test
    void refusesAPolicyThatCouldNeverAllowARequest() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimitPolicy("x", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new RateLimitPolicy("x", 1, 0));
    }
}
