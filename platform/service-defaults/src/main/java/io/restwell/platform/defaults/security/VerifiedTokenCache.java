package io.restwell.platform.defaults.security;

import java.time.Instant;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Puts {@link VerifiedTokens} in front of SmallRye JWT's verifier, which Quarkus calls for every request's bearer
 * token: a token verified a moment ago answers from memory. Every check the verifier makes (signature, issuer,
 * audience, age, expiry) was made when the token was first seen; a token it refuses is never kept. Abstract: the
 * verifier's other methods (other keys, decryption) pass through untouched.
 */
@Decorator
@Priority(10)
public abstract class VerifiedTokenCache implements JWTParser {

    private final JWTParser verifier;
    private final VerifiedTokens<JsonWebToken> verified;

    @Inject
    VerifiedTokenCache(@Delegate JWTParser verifier, VerifiedTokensConfig config) {
        this.verifier = verifier;
        this.verified = new VerifiedTokens<>(config.ttl(), config.capacity());
    }

    @Override
    public JsonWebToken parse(String token) throws ParseException {
        Instant now = Instant.now();
        Optional<JsonWebToken> known = verified.find(token, now);
        if (known.isPresent()) {
            return known.get();
        }
        JsonWebToken checked = verifier.parse(token);
        verified.keep(token, checked, Instant.ofEpochSecond(checked.getExpirationTime()), now);
        return checked;
    }
}
