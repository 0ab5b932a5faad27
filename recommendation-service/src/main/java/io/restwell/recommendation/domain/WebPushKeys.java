package io.restwell.recommendation.domain;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

/**
 * The keys of a browser's push subscription (W3C Push API, RFC 8291): {@code p256dh}, the browser's
 * P-256 public key as an uncompressed point (65 bytes: 0x04, x, y) in base64url, and {@code auth}, a
 * 16-byte secret in base64url. A point that is not on the curve is refused here: encrypting to it would
 * fail at every send (and an invalid-curve point is how ECDH secrets leak).
 */
public record WebPushKeys(byte[] p256dh, byte[] auth) {

    public static final int POINT_BYTES = 65;
    public static final int AUTH_BYTES = 16;
    /** NIST P-256 (secp256r1): y² = x³ − 3x + b over the prime field p. */
    private static final BigInteger P = new BigInteger("ffffffff00000001000000000000000000000000ffffffffffffffffffffffff", 16);
    private static final BigInteger B = new BigInteger("5ac635d8aa3a93e7b3ebbd55769886bc651d06b0cc53b0f63bce3c3e27d2604b", 16);

    /** The keys, or why not: every refused field, named as the browser's JSON names it. */
    public static Result parse(String p256dh, String auth) {
        List<FieldViolation> violations = new ArrayList<>();
        Optional<byte[]> point = decode(p256dh, "keys.p256dh", violations);
        point.filter(bytes -> !isUncompressedP256Point(bytes)).ifPresent(bytes -> violations.add(new FieldViolation("keys.p256dh",
                "must be an uncompressed P-256 public key (65 bytes starting 0x04, on the curve), base64url")));
        Optional<byte[]> secret = decode(auth, "keys.auth", violations);
        secret.filter(bytes -> bytes.length != AUTH_BYTES).ifPresent(bytes -> violations.add(new FieldViolation("keys.auth",
                "must be " + AUTH_BYTES + " bytes, base64url")));
        return violations.isEmpty() ? new Result(new WebPushKeys(point.get(), secret.get()), List.of()) : new Result(null, violations);
    }

    /** The keys when {@code violations} is empty. */
    public record Result(WebPushKeys keys, List<FieldViolation> violations) {
    }

    public String p256dhText() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(p256dh);
    }

    public String authText() {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(auth);
    }

    /** 0x04 ‖ x ‖ y with x, y below p and the point on P-256. */
    public static boolean isUncompressedP256Point(byte[] bytes) {
        if (bytes.length != POINT_BYTES || bytes[0] != 0x04) {
            return false;
        }
        BigInteger x = new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 1, 33));
        BigInteger y = new BigInteger(1, java.util.Arrays.copyOfRange(bytes, 33, 65));
        if (x.compareTo(P) >= 0 || y.compareTo(P) >= 0) {
            return false;
        }
        BigInteger right = x.pow(3).subtract(x.multiply(BigInteger.valueOf(3))).add(B).mod(P);
        return y.pow(2).mod(P).equals(right);
    }

    private static Optional<byte[]> decode(String text, String field, List<FieldViolation> violations) {
        if (text == null || text.isBlank()) {
            violations.add(new FieldViolation(field, "is required"));
            return Optional.empty();
        }
        if (text.length() > 200) {
            violations.add(new FieldViolation(field, "is too long"));
            return Optional.empty();
        }
        try {
            // browsers send base64url without padding; some libraries pad it
            return Optional.of(Base64.getUrlDecoder().decode(text.strip().replaceAll("=+$", "")));
        } catch (IllegalArgumentException e) {
            violations.add(new FieldViolation(field, "must be base64url"));
            return Optional.empty();
        }
    }
}
