package io.restwell.local.stack;

import java.nio.file.Path;

/**
 * One of the platform's Quarkus services as the local stack runs it: its packaged app, its database, and the
 * gateway area (docs/architecture.md) it serves.
 */
record ServiceDefinition(String name, String module, String database, String area) {

    static final ServiceDefinition BOOKING = new ServiceDefinition("booking-service", "booking-service", "booking", "booking");
    static final ServiceDefinition JOURNAL = new ServiceDefinition("journal-service", "journal-service", "journal", "journal");
    static final ServiceDefinition RECOMMENDATION =
            new ServiceDefinition("recommendation-service", "recommendation-service", "recommendation",
                    "recommendation");
    static final ServiceDefinition GATEWAY = new ServiceDefinition("api-gateway", "api-gateway", null, null);

    Path runnerJar(Path repoRoot) {
        return repoRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
