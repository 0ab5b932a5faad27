package io.restwell.platform.defaults.health;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;

import io.smallrye.common.annotation.Identifier;
import io.smallrye.health.api.Wellness;

/**
 * Shows in {@code /q/health} whether Kafka answers. A wellness check, not a readiness one: while
 * Kafka is down this service keeps taking requests (its outbox holds the events), so an
 * orchestrator must not take it out of rotation.
 */
@Wellness
@ApplicationScoped
public class KafkaHealth implements HealthCheck {

    private final Admin admin;

    /**
     * @param kafka every {@code kafka.*} setting (Quarkus's {@code default-kafka-broker}): the bootstrap servers and,
     *        on Kubernetes, the TLS and SASL settings without which the broker refuses the connection
     */
    KafkaHealth(@Identifier("default-kafka-broker") Map<String, Object> kafka) {
        admin = Admin.create(settings(kafka));
    }

    static Map<String, Object> settings(Map<String, Object> kafka) {
        Map<String, Object> settings = new HashMap<>();
        kafka.forEach((name, value) -> {
            if (AdminClientConfig.configNames().contains(name)) {
                settings.put(name, value);
            }
        });
        settings.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000);
        settings.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3000);
        return settings;
    }

    @Override
    public HealthCheckResponse call() {
        try {
            int brokers = admin.describeCluster().nodes().get(3, TimeUnit.SECONDS).size();
            return HealthCheckResponse.named("Kafka").up().withData("brokers", brokers).build();
        } catch (Exception e) {
            return HealthCheckResponse.named("Kafka").down().withData("reason", String.valueOf(e.getMessage())).build();
        }
    }

    @PreDestroy
    void close() {
        admin.close();
    }
}
