package io.restwell.platform.outbox;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Shows the backlog (events not yet on Kafka). Always UP: the service keeps working while Kafka is down
 * (that is what the outbox is for), so taking the instance out of service would not help; the Kafka
 * check reports the broker itself, and the database check the database.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    static final String NAME = "Events outbox";

    private final OutboxBacklog backlog;
    private final OutboxConfig config;

    OutboxHealthCheck(OutboxBacklog backlog, OutboxConfig config) {
        this.backlog = backlog;
        this.config = config;
    }

    @Override
    public HealthCheckResponse call() {
        var response = HealthCheckResponse.named(NAME).up().withData("topic", config.topic());
        try {
            OutboxBacklog.Reading reading = backlog.read();
            response.withData("pendingEvents", reading.pendingEvents())
                    .withData("oldestPendingSeconds", reading.oldestPendingSeconds());
        } catch (RuntimeException e) {
            response.withData("backlog", "unknown: the database did not answer");
        }
        return response.build();
    }
}
