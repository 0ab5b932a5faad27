package io.restwell.recommendation.config;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** What the prod profile refuses (the guard runs only there; here its check is called directly). */
class PushKeyGuardTest {

    @Test
    void theDevVapidKeyAndTheTestOnlySettingsAreRefusedAProductionKeyIsNot() {
        assertTrue(assertThrows(IllegalStateException.class, () -> PushKeyGuard.check(config(PushKeyGuard.DEV_VAPID_PRIVATE_KEY, false, null)))
                .getMessage().contains("RESTWELL_VAPID_PRIVATE_KEY"));
        assertThrows(IllegalStateException.class, () -> PushKeyGuard.check(config("another-key", true, null)));
        assertThrows(IllegalStateException.class, () -> PushKeyGuard.check(config("another-key", false, "/tmp/trust.p12")));
        assertDoesNotThrow(() -> PushKeyGuard.check(config("another-key", false, null)));
    }

    private static PushConfig config(String privateKey, boolean localhost, String trustStore) {
        return new PushConfig() {
            public Vapid vapid() {
                return new Vapid() {
                    public String publicKey() { return "public"; }
                    public String privateKey() { return privateKey; }
                    public String subject() { return "mailto:ops@restwell.example"; }
                    public Duration tokenLifetime() { return Duration.ofHours(12); }
                };
            }
            public boolean dispatcherEnabled() { return true; }
            public Duration sweepInterval() { return Duration.ofSeconds(1); }
            public int batchSize() { return 20; }
            public Duration lease() { return Duration.ofMinutes(2); }
            public Duration connectTimeout() { return Duration.ofSeconds(5); }
            public Duration requestTimeout() { return Duration.ofSeconds(10); }
            public Duration ttl() { return Duration.ofHours(24); }
            public Duration retryInitial() { return Duration.ofSeconds(10); }
            public Duration retryMax() { return Duration.ofHours(1); }
            public int maxAttempts() { return 8; }
            public int maxSubscriptionsPerPerson() { return 10; }
            public String openUrl() { return "/notifications/{id}"; }
            public boolean allowInsecureLocalhost() { return localhost; }
            public Optional<String> trustStore() { return Optional.ofNullable(trustStore); }
            public Optional<String> trustStorePassword() { return Optional.empty(); }
        };
    }
}
