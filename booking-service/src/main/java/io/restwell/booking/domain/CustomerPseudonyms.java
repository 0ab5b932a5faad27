package io.restwell.booking.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.UUID;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The id a clinic knows a person by: stable for that clinic, different at every other one, and not
 * the platform's user id (an identity provider's subject can be an email). Clinics recognise a
 * returning customer; two clinics cannot tell that they share one, and nobody can work back to the
 * user id without the key. A keyed hash (HMAC-SHA256), so guessing user ids does not help either.
 */
public final class CustomerPseudonyms {

    public static final String PREFIX = "cus_";
    private static final String ALGORITHM = "HmacSHA256";
    /** 96 bits: unique among any number of customers a clinic will have. */
    private static final int HEX_LENGTH = 24;

    private final SecretKeySpec key;

    public CustomerPseudonyms(byte[] key) {
        if (key.length < 16) {
            throw new IllegalArgumentException("the pseudonym key needs at least 128 bits");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    public String of(UUID clinicId, String userId) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            byte[] digest = mac.doFinal((clinicId + "\n" + userId).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(digest).substring(0, HEX_LENGTH);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
