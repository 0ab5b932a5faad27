package io.restwell.platform.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The relay's producer connects the way the service does (on Kubernetes: TLS and SCRAM, docs/kubernetes.md), while
 * its own delivery settings cannot be overridden by the service's.
 */
class RelayProducerSettingsTest {

    @Test
    void theServicesConnectionSettingsReachTheProducerAndTheRelaysOwnWin() {
        Map<String, Object> settings = OutboxRelay.producerSettings(Map.of(
                "bootstrap.servers", "restwell-kafka-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required;",
                "ssl.truststore.certificates", "-----BEGIN CERTIFICATE-----",
                "acks", "0",
                "group.id", "consumers-only"), "journal-service-outbox-relay", Duration.ofSeconds(10));
        assertEquals("restwell-kafka-kafka-bootstrap:9093", settings.get("bootstrap.servers"));
        assertEquals("SASL_SSL", settings.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", settings.get("sasl.mechanism"));
        assertEquals("-----BEGIN CERTIFICATE-----", settings.get("ssl.truststore.certificates"));
        assertEquals("all", settings.get("acks"));
        assertEquals(true, settings.get("enable.idempotence"));
        assertEquals(10_000, settings.get("delivery.timeout.ms"));
        assertEquals("journal-service-outbox-relay", settings.get("client.id"));
        assertFalse(settings.containsKey("group.id"));
    }
}
