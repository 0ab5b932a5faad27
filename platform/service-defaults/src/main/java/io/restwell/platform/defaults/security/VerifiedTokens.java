package io.restwell.platform.defaults.security;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Bearer tokens already verified, so a person's next request does not pay for an RSA signature check again
 * (the costliest step of a small authenticated request: a fifth of the gateway's CPU under load). A token is
 * kept until the earlier of its expiry and {@code ttl} after it was verified; the ttl stays within the
 * verifier's own clock skew, so no token is accepted later than the verifier itself would accept it. Only
 * tokens the verifier accepted are kept, at most {@code capacity} (past that, expired ones are dropped, and if
 * none were, nothing new is kept until some expire). Plain Java: the clock is passed in.
 *
 * @param <T> what verification produced (the token's claims)
 */
public final class VerifiedTokens<T> {

    private record Verified<T>(T token, Instant until) {
    }

    private final Map<String, Verified<T>> byToken = new ConcurrentHashMap<>();
    private final Duration ttl;
    private final int capacity;

    public VerifiedTokens(Duration ttl, int capacity) {
        this.ttl = ttl;
        this.capacity = capacity;
    }

    /** The verified token, when {@code raw} was verified and is still within its time. */
    public Optional<T> find(String raw, Instant now) {
        Verified<T> verified = byToken.get(raw);
        if (verified == null) {
            return Optional.empty();
        }
        if (!now.isBefore(verified.until())) {
            byToken.remove(raw, verified);
            return Optional.empty();
        }
        return Optional.of(verified.token());
    }

    /** Keeps {@code verified}, just verified at {@code now}, until {@code expiresAt} or the ttl, whichever comes first. */
    public void keep(String raw, T verified, Instant expiresAt, Instant now) {
        Instant until = now.plus(ttl);
        if (expiresAt.isBefore(until)) {
            until = expiresAt;
        }
        if (capacity <= 0 || !now.isBefore(until)) {
            return;
        }
        if (byToken.size() >= capacity) {
            byToken.values().removeIf(kept -> !now.isBefore(kept.until()));
            if (byToken.size() >= capacity) {
                return;
            }
        }
        byToken.put(raw, new Verified<>(verified, until));
    }

    /** How many tokens are kept now. */
    public int size() {
        return byToken.size();
    }
}
