package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class CustomerPseudonymsTest {

    private static final UUID CLINIC_A = UUID.fromString("5a4c7d2e-0000-4000-8000-00000000000a");
    private static final UUID CLINIC_B = UUID.fromString("5a4c7d2e-0000-4000-8000-00000000000b");
    private final CustomerPseudonyms pseudonyms = new CustomerPseudonyms(key("installation one"));

    @Test
    void aPersonHasOneIdPerClinicThatSaysNothingAboutThem() {
        String atA = pseudonyms.of(CLINIC_A, "alice@example.org");
        assertTrue(atA.matches("cus_[0-9a-f]{24}"), atA);
        assertEquals(atA, pseudonyms.of(CLINIC_A, "alice@example.org"));
        assertNotEquals(atA, pseudonyms.of(CLINIC_B, "alice@example.org"));
        assertNotEquals(atA, pseudonyms.of(CLINIC_A, "bob@example.org"));
        assertFalse(atA.contains("alice"));
    }

    @Test
    void anotherKeyGivesOtherIds() {
        assertNotEquals(pseudonyms.of(CLINIC_A, "alice"), new CustomerPseudonyms(key("installation two")).of(CLINIC_A, "alice"));
    }

    @Test
    void aShortKeyIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new CustomerPseudonyms(new byte[8]));
    }

    private static byte[] key(String seed) {
        return (seed + " ".repeat(32)).substring(0, 32).getBytes(StandardCharsets.UTF_8);
    }
}
