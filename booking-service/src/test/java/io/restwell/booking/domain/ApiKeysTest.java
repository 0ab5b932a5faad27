package io.restwell.booking.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.SecureRandom;
import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    @Test
    void aKeyCarriesItsEnvironmentAVisibleLookupPrefixAndIsStoredOnlyAsItsSha256() {
        ApiKeys.Issued issued = ApiKeys.issue("rw_live_", new SplittableRandom(7));
        assertTrue(issued.key().matches("rw_live_[0-9A-Za-z]{40}"), issued.key());
        assertEquals(issued.key().substring(0, 16), issued.lookupPrefix());
        assertEquals(64, issued.hash().length());
        assertFalse(issued.hash().contains(issued.key().substring(8)));
        // SHA-256 of "abc" (FIPS 180-2 test vector): the hash is the standard one
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ApiKeys.sha256("abc"));
        assertEquals(ApiKeys.sha256(issued.key()), issued.hash());
    }

    @Test
    void onlyTheExactKeyMatchesItsHash() {
        ApiKeys.Issued issued = ApiKeys.issue("rw_test_");
        assertTrue(ApiKeys.matches(issued.key(), issued.hash()));
        String lastCharacterChanged = issued.key().substring(0, issued.key().length() - 1)
                + (issued.key().endsWith("a") ? "b" : "a");
        assertFalse(ApiKeys.matches(lastCharacterChanged, issued.hash()));
        assertFalse(ApiKeys.matches(issued.key() + "x", issued.hash()));
    }

    @Test
    void keysAreWellFormedOnlyInTheirExactShape() {
        String key = ApiKeys.issue("rw_live_").key();
        assertTrue(ApiKeys.wellFormed(key));
        assertFalse(ApiKeys.wellFormed(null));
        assertFalse(ApiKeys.wellFormed(""));
        assertFalse(ApiKeys.wellFormed("Bearer " + key));
        assertFalse(ApiKeys.wellFormed(key.substring(0, key.length() - 1)));
        assertFalse(ApiKeys.wellFormed(key + "0"));
        assertFalse(ApiKeys.wellFormed(key.replace('_', '-')));
        assertThrows(IllegalArgumentException.class, () -> ApiKeys.issue("live", new SecureRandom()));
    }

    @Test
    void keysDoNotRepeat() {
        Set<String> prefixes = new HashSet<>();
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < 2000; i++) {
            ApiKeys.Issued issued = ApiKeys.issue("rw_live_");
            keys.add(issued.key());
            prefixes.add(issued.lookupPrefix());
        }
        assertEquals(2000, keys.size());
        assertEquals(2000, prefixes.size());
        assertNotEquals(ApiKeys.randomText(32, new SecureRandom()), ApiKeys.randomText(32, new SecureRandom()));
    }
}
