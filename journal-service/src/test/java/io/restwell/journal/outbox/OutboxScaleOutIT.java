package io.restwell.journal.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.events.Topics;
import io.restwell.journal.JournalApi;
import io.restwell.local.DevTokens;
import io.restwell.local.infra.PlatformInfrastructure;
import io.restwell.local.testing.PackagedService;

/**
 * Two packaged journal-service instances share one database and write at once: both relays wake on
 * their own commits, yet the advisory lock lets one publish at a time, so every event reaches
 * journal.events exactly once and each person's events in the order they were written.
 */
class OutboxScaleOutIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private static final int PEOPLE = 16;
    private static final int NIGHTS_EACH = 12;

    private static PlatformInfrastructure infrastructure;
    private static PlatformInfrastructure.Database database;
    private static final List<PackagedService> instances = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        infrastructure = PlatformInfrastructure.shared();
        database = infrastructure.database("journal_it");
        for (int i = 1; i <= 2; i++) {
            instances.add(PackagedService.start("journal-service", "journal-" + i, database, infrastructure.kafkaBootstrapServers(), List.of()));
        }
        for (PackagedService instance : instances) {
            instance.awaitReady();
        }
    }

    @AfterAll
    static void stopInstances() {
        instances.forEach(PackagedService::close);
    }

    @Test
    void concurrentWritesThroughTwoInstancesArePublishedOnceEachAndInEachPersonsOrder() throws Exception {
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "journal-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.JOURNAL_EVENTS));
            while (consumer.assignment().isEmpty()) {
                consumer.poll(Duration.ofMillis(100));
            }
            // Joined; "latest" is looked up lazily, so fix it now: nothing written from here on is missed
            // (without this, a slow first lookup skipped every event published while the people wrote).
            consumer.assignment().forEach(consumer::position);

            // Each person writes night after night, alternating between the instances; all people at once.
            ExecutorService people = Executors.newFixedThreadPool(PEOPLE);
            Map<String, Future<List<String>>> writes = new HashMap<>();
            for (int p = 0; p < PEOPLE; p++) {
                String user = JournalApi.newUser();
                String token = DevTokens.issue(user, List.of("user"));
                writes.put(user, people.submit(() -> {
                    List<String> ids = new ArrayList<>();
                    for (int n = 0; n < NIGHTS_EACH; n++) {
                        URI base = instances.get(n % 2).base();
                        String night = LocalDate.of(2026, 6, 1).plusDays(n).toString();
                        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(base.resolve("/api/v1/journal/sleep-entries"))
                                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                                .POST(HttpRequest.BodyPublishers.ofString(JournalApi.night(night, 20, 15, 3))).build(),
                                HttpResponse.BodyHandlers.ofString());
                        assertEquals(201, created.statusCode(), created.body());
                        ids.add(JSON.readTree(created.body()).get("id").asText());
                    }
                    return ids;
                }));
            }
            Map<String, List<String>> written = new HashMap<>();
            for (var entry : writes.entrySet()) {
                written.put(entry.getKey(), entry.getValue().get());
            }
            people.shutdown();

            int expected = PEOPLE * NIGHTS_EACH;
            Map<String, List<String>> published = new HashMap<>();
            Set<String> eventIds = new HashSet<>();
            List<String> repeated = new ArrayList<>();
            int received = 0;
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            boolean settling = false;
            // until all have arrived, then 3 s more, in which a second publication would show up
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (written.containsKey(record.key())) {
                        received++;
                        if (!eventIds.add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8))) {
                            repeated.add(record.key());
                        }
                        published.computeIfAbsent(record.key(), k -> new ArrayList<>())
                                .add(JSON.readTree(record.value()).get("entryId").asText());
                    }
                }
                if (received >= expected && !settling) {
                    settling = true;
                    deadline = System.nanoTime() + Duration.ofSeconds(3).toNanos();
                }
            }

            assertEquals(List.of(), repeated, "events published twice");
            assertEquals(expected, received);
            for (var person : written.entrySet()) {
                assertEquals(person.getValue(), published.get(person.getKey()), "order of " + person.getKey());
            }
            try (Connection connection = DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
                 ResultSet pending = connection.createStatement().executeQuery(
                         "select count(*) from outbox_event where published_at is null")) {
                pending.next();
                assertEquals(0, pending.getInt(1), "events left in the outbox");
            }
        }
    }
}
