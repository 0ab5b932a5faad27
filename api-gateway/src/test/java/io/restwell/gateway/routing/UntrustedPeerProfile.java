package io.restwell.gateway.routing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Small anonymous and failed-authentication quotas, and the default list of trusted proxies: none. */
public class UntrustedPeerProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "restwell.gateway.rate-limits.anonymous.burst", "3",
                "restwell.gateway.rate-limits.anonymous.per-second", "0.01",
                "restwell.gateway.rate-limits.auth-failures.burst", "3",
                "restwell.gateway.rate-limits.auth-failures.per-second", "0.01");
    }
}
