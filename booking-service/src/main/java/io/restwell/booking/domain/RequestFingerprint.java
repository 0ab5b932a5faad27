package io.restwell.booking.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A SHA-256 over a request's meaningful values, so an idempotent retry can be told apart from a
 * different request that reuses the key. Values are length-prefixed: ("ab", "c") never equals ("a", "bc").
 */
public final class RequestFingerprint {

    private RequestFingerprint() {
    }

    public static String of(Object... values) {
        StringBuilder canonical = new StringBuilder();
        for (Object value : values) {
            String text = Objects.toString(value, "\u0000null");
            canonical.append(text.length()).append(':').append(text).append(';');
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
