package io.restwell.platform.defaults.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.security.KeyPairGenerator;
import java.util.Base64;

import org.junit.jupiter.api.Test;

import io.restwell.local.DevTokens;

class DevKeyGuardTest {

    @Test
    void recognisesTheDevKeyOfDeployLocal() {
        assertTrue(DevKeyGuard.isDevKey(DevTokens.publicKeyPem()));
    }

    @Test
    void acceptsAnyOtherKeyOrFormat() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String otherKey = Base64.getMimeEncoder().encodeToString(generator.generateKeyPair().getPublic().getEncoded());
        assertFalse(DevKeyGuard.isDevKey("-----BEGIN PUBLIC KEY-----\n" + otherKey + "\n-----END PUBLIC KEY-----"));
        assertFalse(DevKeyGuard.isDevKey("{\"keys\":[]}"));
    }
}
