package io.restwell.platform.defaults.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.apache.kafka.common.KafkaException;
import org.junit.jupiter.api.Test;

/**
 * The Kafka check connects the way the service does: on Kubernetes the broker takes only TLS with SCRAM
 * (docs/kubernetes.md), so every {@code kafka.*} setting must reach its admin client, not just the bootstrap servers.
 */
class KafkaHealthTest {

    @Test
    void theServicesTlsAndSaslSettingsReachTheAdminClient() {
        Map<String, Object> settings = KafkaHealth.settings(Map.of(
                "bootstrap.servers", "restwell-kafka-kafka-bootstrap:9093",
                "security.protocol", "SASL_SSL",
                "sasl.mechanism", "SCRAM-SHA-512",
                "sasl.jaas.config", "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"u\" password=\"p\";",
                "ssl.truststore.type", "PEM",
                "group.id", "not-for-an-admin-client"));
        assertEquals("SASL_SSL", settings.get("security.protocol"));
        assertEquals("SCRAM-SHA-512", settings.get("sasl.mechanism"));
        assertEquals("PEM", settings.get("ssl.truststore.type"));
        assertTrue(settings.containsKey("sasl.jaas.config"));
        assertFalse(settings.containsKey("group.id"), "settings an admin client does not know stay out");
        assertEquals(2000, settings.get("request.timeout.ms"));
    }

    @Test
    void aSaslConnectionWithoutCredentialsIsRefusedAtOnceInsteadOfTriedInPlaintext() {
        KafkaException refused = assertThrows(KafkaException.class, () -> new KafkaHealth(Map.of(
                "bootstrap.servers", "127.0.0.1:9", "security.protocol", "SASL_PLAINTEXT",
                "sasl.mechanism", "SCRAM-SHA-512")));
        assertTrue(String.valueOf(refused.getMessage()).contains("Failed to create new KafkaAdminClient"),
                refused.getMessage());
    }
}
