package io.restwell.booking.config;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Base64;

import org.junit.jupiter.api.Test;

/** The dev JWT key's checks moved with DevKeyGuard to restwell-service-defaults (security/DevKeyGuardTest). */
class SealingKeyGuardTest {

    @Test
    void recognisesTheDevSealingKeyOfApplicationProperties() throws Exception {
        java.util.Properties properties = new java.util.Properties();
        try (var in = SealingKeyGuardTest.class.getResourceAsStream("/application.properties")) {
            properties.load(in);
        }
        assertTrue(SealingKeyGuard.isDevSealingKey(properties.getProperty("restwell.booking.partner.webhooks.secret-key")));
        assertFalse(SealingKeyGuard.isDevSealingKey(Base64.getEncoder().encodeToString(new byte[32])));
    }
}
