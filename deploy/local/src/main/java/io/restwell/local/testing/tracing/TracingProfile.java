package io.restwell.local.testing.tracing;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** The OpenTelemetry SDK on, as in production, with spans kept in memory (CollectedSpans), not exported. */
public class TracingProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("quarkus.otel.sdk.disabled", "false", "quarkus.otel.exporter.otlp.enabled", "false");
    }
}
