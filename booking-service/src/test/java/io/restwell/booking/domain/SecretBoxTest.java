package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class SecretBoxTest {

    private static final String SECRET = "whsec_Q2xWm9Tb4RkP0sVd7YhN3cLf8JgA1eZu";
    private final SecretBox box = new SecretBox(key(1));

    @Test
    void aSealedSecretOpensWithTheSameKeyAndRowOnly() {
        String sealed = box.seal(SECRET, "endpoint-1");
        assertTrue(SecretBox.isSealed(sealed), sealed);
        assertFalse(sealed.contains("Q2xWm9Tb"), sealed);
        assertTrue(sealed.length() <= 200, "fits the column: " + sealed.length());
        assertEquals(SECRET, box.open(sealed, "endpoint-1"));
        assertThrows(IllegalStateException.class, () -> box.open(sealed, "endpoint-2"));
        assertThrows(IllegalStateException.class, () -> new SecretBox(key(2)).open(sealed, "endpoint-1"));
    }

    @Test
    void sealingTwiceGivesTwoDifferentValues() {
        assertNotEquals(box.seal(SECRET, "endpoint-1"), box.seal(SECRET, "endpoint-1"));
    }

    @Test
    void aChangedValueDoesNotOpen() {
        byte[] bytes = Base64.getDecoder().decode(box.seal(SECRET, "endpoint-1").substring(3));
        bytes[bytes.length / 2] ^= 1;
        String changed = "v1:" + Base64.getEncoder().encodeToString(bytes);
        assertThrows(IllegalStateException.class, () -> box.open(changed, "endpoint-1"));
        assertThrows(IllegalStateException.class, () -> box.open(SECRET, "endpoint-1"));
        assertFalse(SecretBox.isSealed(SECRET));
    }

    @Test
    void theKeyIsBase64Of32Bytes() {
        String base64 = Base64.getEncoder().encodeToString(key(3));
        assertEquals(SECRET, SecretBox.ofBase64(base64).open(SecretBox.ofBase64(base64).seal(SECRET, "x"), "x"));
        assertThrows(IllegalArgumentException.class, () -> SecretBox.ofBase64(Base64.getEncoder().encodeToString(new byte[16])));
        assertThrows(IllegalArgumentException.class, () -> SecretBox.ofBase64("not base64!"));
    }

    private static byte[] key(int seed) {
        byte[] key = new byte[32];
        java.util.Arrays.fill(key, (byte) seed);
        return key;
    }
}
