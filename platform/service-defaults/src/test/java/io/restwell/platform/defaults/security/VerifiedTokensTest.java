package io.restwell.platform.defaults.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class VerifiedTokensTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void aVerifiedTokenIsKnownUntilTheTtlHasPassed() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(Duration.ofSeconds(30), 10);
        tokens.keep("raw", "claims", NOW.plus(Duration.ofHours(1)), NOW);
        assertEquals(Optional.of("claims"), tokens.find("raw", NOW.plusSeconds(29)));
        assertEquals(Optional.empty(), tokens.find("raw", NOW.plusSeconds(30)), "verified again after the ttl");
        assertEquals(0, tokens.size());
        assertEquals(Optional.empty(), tokens.find("other", NOW));
    }

    @Test
    void neverPastTheTokensOwnExpiry() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(Duration.ofSeconds(30), 10);
        tokens.keep("raw", "claims", NOW.plusSeconds(5), NOW);
        assertTrue(tokens.find("raw", NOW.plusSeconds(4)).isPresent());
        assertEquals(Optional.empty(), tokens.find("raw", NOW.plusSeconds(5)));
        tokens.keep("expired", "claims", NOW, NOW);
        assertEquals(0, tokens.size(), "an expired token is not kept at all");
    }

    @Test
    void atCapacityExpiredTokensMakeRoomAndLiveOnesAreNotPushedOut() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(Duration.ofSeconds(30), 2);
        tokens.keep("a", "A", NOW.plusSeconds(10), NOW);
        tokens.keep("b", "B", NOW.plusSeconds(60), NOW);
        tokens.keep("c", "C", NOW.plusSeconds(60), NOW);
        assertEquals(Optional.empty(), tokens.find("c", NOW), "full of live tokens: the new one is verified each time");
        tokens.keep("c", "C", NOW.plusSeconds(60), NOW.plusSeconds(11));
        assertEquals(Optional.of("C"), tokens.find("c", NOW.plusSeconds(12)), "a's expiry made room");
        assertEquals(Optional.of("B"), tokens.find("b", NOW.plusSeconds(12)));
    }

    @Test
    void aCapacityOfZeroKeepsNothing() {
        VerifiedTokens<String> tokens = new VerifiedTokens<>(Duration.ofSeconds(30), 0);
        tokens.keep("raw", "claims", NOW.plusSeconds(60), NOW);
        assertEquals(0, tokens.size());
    }
}
