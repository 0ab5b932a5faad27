package io.restwell.gateway.routing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Small quotas and limits, so the tests reach them in a few requests. */
public class TightLimitsProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.ofEntries(
                // the tests play an ingress at 127.0.0.1 forwarding many clients (none is trusted by default)
                Map.entry("restwell.gateway.trusted-proxies", "127.0.0.1"),
                Map.entry("restwell.gateway.rate-limits.person.burst", "3"),
                Map.entry("restwell.gateway.rate-limits.person.per-second", "0.2"),
                Map.entry("restwell.gateway.rate-limits.partner.burst", "2"),
                Map.entry("restwell.gateway.rate-limits.partner.per-second", "0.2"),
                Map.entry("restwell.gateway.rate-limits.anonymous.burst", "1000"),
                Map.entry("restwell.gateway.rate-limits.anonymous.per-second", "1"),
                Map.entry("restwell.gateway.rate-limits.auth-failures.burst", "3"),
                Map.entry("restwell.gateway.rate-limits.auth-failures.per-second", "0.1"),
                Map.entry("restwell.gateway.limits.max-body-bytes", "1024"),
                Map.entry("restwell.gateway.upstreams.journal.timeout", "1s"),
                Map.entry("restwell.gateway.resilience.failure-threshold", "6"),
                Map.entry("restwell.gateway.resilience.open-for", "30s"));
    }
}
