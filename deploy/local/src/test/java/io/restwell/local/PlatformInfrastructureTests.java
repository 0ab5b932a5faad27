package io.restwell.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.restwell.events.Topics;
import io.restwell.local.infra.PlatformInfrastructure;

/** The test infrastructure is real: SQL runs on PostgreSQL and records round-trip through the broker. */
class PlatformInfrastructureTests {

    private final PlatformInfrastructure infrastructure = PlatformInfrastructure.shared();

    @Test
    void eachServiceGetsItsOwnRealPostgresDatabase() throws Exception {
        PlatformInfrastructure.Database journal = infrastructure.database("journal_probe");
        try (Connection connection = DriverManager.getConnection(journal.jdbcUrl(), journal.username(), journal.password());
             Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists probe (id int primary key, tstz_range tstzrange)");
            statement.execute("insert into probe values (1, tstzrange(now(), now() + interval '1 hour')) on conflict do nothing");
            try (ResultSet rows = statement.executeQuery("select current_database(), current_user, version(), count(*) from probe")) {
                assertTrue(rows.next());
                assertEquals("journal_probe", rows.getString(1));
                assertEquals("journal_probe", rows.getString(2));
                assertTrue(rows.getString(3).startsWith("PostgreSQL 17"), rows.getString(3));
                assertEquals(1, rows.getInt(4));
            }
        }
    }

    @Test
    void recordsRoundTripThroughTheRealBrokerInKeyOrder() {
        String bootstrap = infrastructure.kafkaBootstrapServers();
        String user = UUID.randomUUID().toString();
        try (var producer = new KafkaProducer<String, String>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true),
                new StringSerializer(), new StringSerializer())) {
            for (int i = 0; i < 5; i++) {
                producer.send(new ProducerRecord<>(Topics.JOURNAL_EVENTS, user, "night-" + i));
            }
            producer.flush();
        }
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "probe-" + user,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.JOURNAL_EVENTS));
            List<String> seen = new java.util.ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (seen.size() < 5 && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (user.equals(record.key())) {
                        seen.add(record.value());
                    }
                }
            }
            assertEquals(List.of("night-0", "night-1", "night-2", "night-3", "night-4"), seen);
        }
    }

    @Test
    void existingServersNamedByTheEnvironmentAreUsedInsteadOfStartingNewOnes() throws Exception {
        PlatformInfrastructure.Database existing = infrastructure.database("existing_db");
        long childrenBefore = ProcessHandle.current().descendants().count();

        PlatformInfrastructure external = PlatformInfrastructure.start(Map.of(
                "RESTWELL_DB_URL", existing.jdbcUrl(),
                "RESTWELL_DB_USER", existing.username(),
                "RESTWELL_DB_PASSWORD", existing.password(),
                "KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers()));
        try {
            assertEquals(childrenBefore, ProcessHandle.current().descendants().count(), "started a server anyway");
            assertEquals(existing, external.database("journal"));
            assertEquals(infrastructure.kafkaBootstrapServers(), external.kafkaBootstrapServers());
        } finally {
            external.stop();
        }
        try (Connection stillThere = DriverManager.getConnection(existing.jdbcUrl(), existing.username(), existing.password())) {
            assertTrue(stillThere.isValid(2), "stopping the external view stopped a server it did not start");
        }
    }
}
