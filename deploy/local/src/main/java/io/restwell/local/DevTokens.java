package io.restwell.local;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signs RS256 JWTs with the DEV-ONLY key in {@code deploy/local/dev-keys}: for the local stack and
 * the tests. Production profiles refuse this key; there an OIDC provider issues the tokens.
 */
public final class DevTokens {

    /** The {@code iss} claim of every dev token; services in the local and test profiles expect it. */
    public static final String ISSUER = "https://restwell.local/dev";
    /** The {@code aud} claim of every dev token: the audience every service and the gateway expect. */
    public static final String AUDIENCE = "restwell-api";
    public static final String KEY_ID = "restwell-dev";
    /** As long as the services accept a token after its {@code iat} ({@code mp.jwt.verify.token.age}, 1 h). */
    public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);

    private static final String KEYS = "io/restwell/local/dev-keys/";

    private DevTokens() {
    }

    /** A token whose subject (the user id) is {@code subject}, with the given roles in {@code groups}. */
    public static String issue(String subject, Collection<String> roles) {
        return issue(subject, roles, DEFAULT_LIFETIME);
    }

    public static String issue(String subject, Collection<String> roles, Duration lifetime) {
        return issue(subject, roles, Optional.of(AUDIENCE), Instant.now(), lifetime);
    }

    /**
     * A token with any audience (none when empty) issued at any time, valid for {@code lifetime} from then:
     * for the tests that show tokens for another client, or too old, are refused.
     */
    public static String issue(String subject, Collection<String> roles, Optional<String> audience, Instant issuedAt,
            Duration lifetime) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + KEY_ID + "\"}";
        String claims = "{\"iss\":" + json(ISSUER)
                + audience.map(aud -> ",\"aud\":" + json(aud)).orElse("")
                + ",\"sub\":" + json(subject)
                + ",\"upn\":" + json(subject)
                + ",\"groups\":[" + roles.stream().map(DevTokens::json).collect(Collectors.joining(",")) + "]"
                + ",\"iat\":" + issuedAt.getEpochSecond()
                + ",\"exp\":" + issuedAt.plus(lifetime).getEpochSecond()
                + ",\"jti\":" + json(UUID.randomUUID().toString()) + "}";
        String signingInput = base64Url(header) + "." + base64Url(claims);
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initSign(privateKey());
            rs256.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(rs256.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a dev token", e);
        }
    }

    /** The dev public key as PEM text, for {@code mp.jwt.verify.publickey}. */
    public static String publicKeyPem() {
        return resource("dev-public.pem");
    }

    private static PrivateKey privateKey() throws GeneralSecurityException {
        String pem = resource("dev-private.pem")
                .replace("-----BEGIN PRIVATE KEY-----", "")
                .replace("-----END PRIVATE KEY-----", "")
                .replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(pem)));
    }

    private static String resource(String name) {
        try (InputStream in = DevTokens.class.getClassLoader().getResourceAsStream(KEYS + name)) {
            if (in == null) {
                throw new IllegalStateException("dev key " + name + " is missing from the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String base64Url(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }

    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
