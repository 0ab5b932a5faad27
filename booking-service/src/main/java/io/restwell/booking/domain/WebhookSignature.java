package io.restwell.booking.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Restwell-Signature} header: {@code t=<unix seconds>,v1=<hex HMAC-SHA256>}, where the
 * HMAC's key is the endpoint's secret (its UTF-8 bytes, {@code whsec_} included) and its message is
 * {@code "<t>.<body>"}. Signing the time with the body lets a receiver refuse replays of old deliveries.
 */
public final class WebhookSignature {

    public static final String HEADER = "Restwell-Signature";

    private WebhookSignature() {
    }

    public static String header(String secret, Instant time, String body) {
        return header(java.util.List.of(secret), time, body);
    }

    /** One v1 per secret, the current one first: during a rotation both the new and the previous one sign. */
    public static String header(java.util.List<String> secrets, Instant time, String body) {
        long t = time.getEpochSecond();
        StringBuilder header = new StringBuilder("t=").append(t);
        secrets.forEach(secret -> header.append(",v1=").append(hmac(secret, t + "." + body)));
        return header.toString();
    }

    /** A receiver's check (the docs show the same in other languages): a v1 signature matches and t is recent. */
    public static boolean verify(String header, String secret, String body, Instant now, Duration tolerance) {
        if (header == null) {
            return false;
        }
        Long t = null;
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                try {
                    t = Long.parseLong(pair[1]);
                } catch (NumberFormatException e) {
                    return false;
                }
            }
        }
        if (t == null || Math.abs(now.getEpochSecond() - t) > tolerance.toSeconds()) {
            return false;
        }
        byte[] expected = hmac(secret, t + "." + body).getBytes(StandardCharsets.US_ASCII);
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("v1")
                    && MessageDigest.isEqual(expected, pair[1].getBytes(StandardCharsets.US_ASCII))) {
                return true;
            }
        }
        return false;
    }

    static String hmac(String secret, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has HmacSHA256", e);
        }
    }
}
