package io.restwell.booking.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals short secrets for storage (AES-256-GCM): a copy of the database or a backup alone does not
 * reveal them. Each sealed value is bound to a context (the row's id), so one row's sealed secret
 * cannot be moved to another. Stored form: {@code v1:} + base64(nonce ‖ ciphertext ‖ tag).
 */
public final class SecretBox {

    private static final String VERSION = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    public SecretBox(byte[] key) {
        if (key.length != 32) {
            throw new IllegalArgumentException("a SecretBox needs a 256-bit key (32 bytes), not " + key.length + " bytes");
        }
        this.key = new SecretKeySpec(key.clone(), "AES");
    }

    /** From configuration: base64 of 32 random bytes ({@code head -c 32 /dev/urandom | base64}). */
    public static SecretBox ofBase64(String key) {
        try {
            return new SecretBox(Base64.getDecoder().decode(key.strip()));
        } catch (IllegalArgumentException notBase64) {
            throw new IllegalArgumentException("the key must be base64 of 32 random bytes: " + notBase64.getMessage());
        }
    }

    public static boolean isSealed(String stored) {
        return stored != null && stored.startsWith(VERSION);
    }

    public String seal(String secret, String context) {
        byte[] nonce = new byte[NONCE_BYTES];
        random.nextBytes(nonce);
        byte[] sealed = crypt(Cipher.ENCRYPT_MODE, nonce, context, secret.getBytes(StandardCharsets.UTF_8));
        byte[] stored = Arrays.copyOf(nonce, NONCE_BYTES + sealed.length);
        System.arraycopy(sealed, 0, stored, NONCE_BYTES, sealed.length);
        return VERSION + Base64.getEncoder().encodeToString(stored);
    }

    /** @throws IllegalStateException with another key, another context or a changed value */
    public String open(String stored, String context) {
        if (!isSealed(stored)) {
            throw new IllegalStateException("not a sealed secret");
        }
        byte[] bytes = Base64.getDecoder().decode(stored.substring(VERSION.length()));
        if (bytes.length <= NONCE_BYTES) {
            throw new IllegalStateException("a sealed secret too short to open");
        }
        byte[] nonce = Arrays.copyOf(bytes, NONCE_BYTES);
        byte[] sealed = Arrays.copyOfRange(bytes, NONCE_BYTES, bytes.length);
        return new String(crypt(Cipher.DECRYPT_MODE, nonce, context, sealed), StandardCharsets.UTF_8);
    }

    private byte[] crypt(int mode, byte[] nonce, String context, byte[] input) {
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(mode, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(input);
        } catch (AEADBadTagException wrongKeyOrChanged) {
            throw new IllegalStateException("the sealed secret does not open: another key, another row, or changed");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every JDK", e);
        }
    }
}
