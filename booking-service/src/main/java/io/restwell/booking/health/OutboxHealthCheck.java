package io.restwell.booking.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Shows the outbox backlog (events not yet on Kafka). Always UP: bookings keep working while Kafka is
 * down (that is what the outbox is for), so taking the instance out of service would not help; the
 * Kafka check reports the broker itself.
 */
@Readiness
@ApplicationScoped
public class OutboxHealthCheck implements HealthCheck {

    @Inject
    EntityManager entityManager;

    @Override
    public HealthCheckResponse call() {
        Object[] backlog = QuarkusTransaction.requiringNew().call(() -> (Object[]) entityManager.createNativeQuery(
                "select count(*), coalesce(extract(epoch from now() - min(created_at)), 0)"
                        + " from outbox_event where published_at is null").getSingleResult());
        return HealthCheckResponse.named("Booking events outbox").up()
                .withData("pendingEvents", ((Number) backlog[0]).longValue())
                .withData("oldestPendingSeconds", ((Number) backlog[1]).longValue())
                .build();
    }
}
