package io.restwell.local;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

import io.restwell.local.infra.FreePorts;
import io.restwell.local.infra.LocalKafka;
import io.restwell.local.infra.LocalPostgres;

/**
 * What LocalStack's PostgreSQL and Kafka faults rely on: a server stopped and started again on the same port
 * and folder comes back with its data (the fault suite's outages must not wipe what was written before them).
 */
class RestartKeepsDataTests {

    @Test
    void postgresStartedAgainOnItsPortAndFolderKeepsItsDatabases() throws Exception {
        Path dir = Files.createTempDirectory("restwell-pg-restart-");
        int port = FreePorts.pick();
        LocalPostgres first = LocalPostgres.start(port, dir.resolve("postgres"));
        try {
            first.ensureDatabase("restart_probe");
            try (Connection connection = DriverManager.getConnection(first.jdbcUrl("restart_probe"), "restart_probe",
                    "restart_probe"); Statement statement = connection.createStatement()) {
                statement.execute("create table kept (id int primary key)");
                statement.execute("insert into kept values (42)");
            }
        } finally {
            first.close();
        }
        assertTrue(FreePorts.isFree(port), "PostgreSQL still listens after close");

        LocalPostgres again = LocalPostgres.start(port, dir.resolve("postgres"));
        try (Connection connection = DriverManager.getConnection(again.jdbcUrl("restart_probe"), "restart_probe",
                "restart_probe"); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("select id from kept")) {
            assertTrue(rows.next());
            assertEquals(42, rows.getInt(1));
        } finally {
            again.close();
            deleteTree(dir);
        }
    }

    @Test
    void kafkaStartedAgainOnItsPortsAndFolderKeepsItsRecords() throws Exception {
        Path dir = Files.createTempDirectory("restwell-kafka-restart-");
        int port = FreePorts.pick();
        int controller = FreePorts.pick();
        String topic = "restart-probe";
        String value = UUID.randomUUID().toString();
        LocalKafka first = LocalKafka.start(port, controller, dir, dir.resolve("broker.log"), Duration.ofSeconds(90));
        try {
            first.ensureTopics(List.of(topic), 1);
            try (var producer = new KafkaProducer<String, String>(Map.of(
                    ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, first.bootstrapServers(), ProducerConfig.ACKS_CONFIG, "all"),
                    new StringSerializer(), new StringSerializer())) {
                producer.send(new ProducerRecord<>(topic, "key", value)).get();
            }
        } finally {
            first.close();
        }
        assertFalse(ProcessHandle.of(first.pid()).map(ProcessHandle::isAlive).orElse(false), "the broker still runs");

        LocalKafka again = LocalKafka.start(port, controller, dir, dir.resolve("broker.log"), Duration.ofSeconds(90));
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, again.bootstrapServers()),
                new StringDeserializer(), new StringDeserializer())) {
            TopicPartition partition = new TopicPartition(topic, 0);
            consumer.assign(List.of(partition));
            consumer.seekToBeginning(List.of(partition));
            List<String> values = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (values.isEmpty() && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> values.add(record.value()));
            }
            assertEquals(List.of(value), values);
        } finally {
            again.close();
            deleteTree(dir);
        }
    }

    private static void deleteTree(Path root) throws java.io.IOException {
        try (var paths = Files.walk(root)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
