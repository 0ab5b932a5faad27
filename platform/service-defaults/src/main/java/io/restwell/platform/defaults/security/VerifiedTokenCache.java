package io.restwell.platform.defaults.security;

import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Instant;
import java.util.Optional;

import javax.crypto.SecretKey;

import jakarta.annotation.Priority;
import jakarta.decorator.Decorator;
import jakarta.decorator.Delegate;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;

/**
 * Puts {@link VerifiedTokens} in front of SmallRye JWT's verifier, which Quarkus calls for every request's bearer
 * token: a token verified a moment ago answers from memory. Every check the verifier makes (signature, issuer,
 * audience, age, expiry) was made when the token was first seen; a token it refuses is never kept.
 */
@Decorator
@Priority(10)
public class VerifiedTokenCache implements JWTParser {

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

    @Override
    public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
        return verifier.parse(token, context);
    }

    @Override
    public JsonWebToken verify(String token, PublicKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, SecretKey key) throws ParseException {
        return verifier.verify(token, key);
    }

    @Override
    public JsonWebToken verify(String token, String secret) throws ParseException {
        return verifier.verify(token, secret);
    }

    @Override
    public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
        return verifier.decrypt(token, key);
    }

    @Override
    public JsonWebToken decrypt(String token, String secret) throws ParseException {
        return verifier.decrypt(token, secret);
    }

    @Override
    public JsonWebToken parseOnly(String token) throws ParseException {
        return verifier.parseOnly(token);
    }
}
