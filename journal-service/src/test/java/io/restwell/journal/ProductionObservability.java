package io.restwell.journal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import io.restwell.local.testing.tracing.TracingProfile;

/**
 * Tracing on as in production, plus the access log and JSON log lines written to a file. One profile
 * for the tracing and the log tests, so Quarkus starts the journal once for both.
 */
public class ProductionObservability extends TracingProfile {

    public static final Path LOG = Path.of("target", "json-logs-tests.log");

    @Override
    public Map<String, String> getConfigOverrides() {
        Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
        overrides.putAll(Map.of("quarkus.http.access-log.enabled", "true",
                "quarkus.log.file.enabled", "true", "quarkus.log.file.path", LOG.toString(),
                "quarkus.log.file.json.enabled", "true"));
        return overrides;
    }
}
