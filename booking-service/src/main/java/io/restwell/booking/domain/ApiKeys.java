package io.restwell.booking.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/**
 * Partner API keys, with no framework: {@code <env prefix><40 base62 characters>}, e.g.
 * {@code rw_live_7fK2pQ9x…}. The environment prefix plus the first {@value #LOOKUP_CHARACTERS} random
 * characters is the visible, stored lookup prefix; the whole key is stored only as a SHA-256 hash.
 * 40 base62 characters carry about 238 random bits, so one SHA-256 (no slow KDF) is the right hash:
 * nobody can guess their way through that space.
 */
public final class ApiKeys {

    /** A new key: the plaintext (shown once), its lookup prefix and the hash to store. */
    public record Issued(String key, String lookupPrefix, String hash) {
    }

    static final int RANDOM_CHARACTERS = 40;
    static final int LOOKUP_CHARACTERS = 8;
    private static final String BASE62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    private static final Pattern ENV_PREFIX = Pattern.compile("[a-z]{1,10}_[a-z]{1,10}_");
    private static final Pattern SHAPE = Pattern.compile("[a-z]{1,10}_[a-z]{1,10}_[0-9A-Za-z]{" + RANDOM_CHARACTERS + "}");

    private ApiKeys() {
    }

    public static Issued issue(String envPrefix, RandomGenerator random) {
        if (!ENV_PREFIX.matcher(envPrefix).matches()) {
            throw new IllegalArgumentException("a key prefix looks like rw_live_");
        }
        String key = envPrefix + randomText(RANDOM_CHARACTERS, random);
        return new Issued(key, lookupPrefix(key), sha256(key));
    }

    public static Issued issue(String envPrefix) {
        return issue(envPrefix, new SecureRandom());
    }

    /** Random base62 text, also for webhook signing secrets. */
    public static String randomText(int length, RandomGenerator random) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(BASE62.charAt(random.nextInt(BASE62.length())));
        }
        return out.toString();
    }

    /** Whether the text has the shape of a key at all (checked before any database lookup). */
    public static boolean wellFormed(String key) {
        return key != null && key.length() <= 64 && SHAPE.matcher(key).matches();
    }

    /** The stored, visible part: {@code rw_live_7fK2pQ9x}. Only for a well-formed key. */
    public static String lookupPrefix(String key) {
        int random = key.lastIndexOf('_') + 1;
        return key.substring(0, random + LOOKUP_CHARACTERS);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Constant-time comparison of a presented key with a stored hash. */
    public static boolean matches(String presentedKey, String storedHash) {
        return MessageDigest.isEqual(sha256(presentedKey).getBytes(StandardCharsets.US_ASCII),
                storedHash.trim().getBytes(StandardCharsets.US_ASCII));
    }
}
