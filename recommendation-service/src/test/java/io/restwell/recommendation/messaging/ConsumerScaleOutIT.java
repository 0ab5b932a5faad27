package io.restwell.recommendation.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import io.restwell.events.EventTypes;
import io.restwell.events.Topics;
import io.restwell.local.infra.PlatformInfrastructure;
import io.restwell.local.testing.PackagedService;
import io.restwell.recommendation.JournalEventsFixture;

/**
 * Two packaged recommendation-service instances in one consumer group share journal.events; one is
 * killed (no clean shutdown) in the middle of a stream of poor nights. The other takes over its
 * partitions, redelivered events are dropped by their id, and every person ends with exactly one
 * suggestion, published once on recommendation.events.
 */
class ConsumerScaleOutIT {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    private static final String GROUP = "recommendation-service";
    private static final int PEOPLE = 60;

    private static PlatformInfrastructure infrastructure;
    private static PlatformInfrastructure.Database database;
    private static final List<PackagedService> instances = new ArrayList<>();

    @BeforeAll
    static void startTwoInstances() throws Exception {
        infrastructure = PlatformInfrastructure.shared();
        database = infrastructure.database("recommendation_it");
        List<String> properties = List.of(
                // a dead member leaves the group after 10 s rather than Kafka's default 45 s
                "mp.messaging.incoming.journal-events.session.timeout.ms=10000",
                "mp.messaging.incoming.booking-events.session.timeout.ms=10000",
                // no booking-service here: suggestions wait for their slots, which is not under test
                "quarkus.rest-client.booking.url=http://127.0.0.1:1",
                "restwell.recommendation.slot-sweep-interval=1h");
        for (int i = 1; i <= 2; i++) {
            instances.add(PackagedService.start("recommendation-service", "recommendation-" + i, database, infrastructure.kafkaBootstrapServers(), properties));
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
    void whenOneOfTwoConsumersDiesMidStreamEveryPoorNightStillGetsExactlyOneSuggestion() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers()));
             JournalEventsFixture journal = new JournalEventsFixture(infrastructure.kafkaBootstrapServers(), JSON, null)) {
            awaitJournalConsumers(admin, 2); // both instances hold some of journal.events' partitions

            List<String> people = new ArrayList<>();
            List<String> eventIds = new ArrayList<>();
            for (int p = 0; p < PEOPLE; p++) {
                String user = "user-" + UUID.randomUUID();
                people.add(user);
                eventIds.add(journal.publish(user, EventTypes.PAIN_ENTRY_RECORDED, journal.pain(user, 7, "LOWER_BACK", "ACHING", true)));
                eventIds.add(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, UUID.randomUUID().toString(), true)));
                if (p == PEOPLE / 2) {
                    assertTrue(processed(eventIds) > 0, "nothing processed before the kill");
                    instances.get(0).kill();
                }
                Thread.sleep(30);
            }

            awaitJournalConsumers(admin, 1); // the survivor holds every partition now
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (processed(eventIds) < eventIds.size() && System.nanoTime() < deadline) {
                Thread.sleep(250);
            }
            assertEquals(eventIds.size(), processed(eventIds), "events never applied");
            Map<String, Integer> suggestions = suggestionsPerPerson(people);
            for (String user : people) {
                assertEquals(1, suggestions.getOrDefault(user, 0), "suggestions of " + user);
            }
            assertEachPublishedOnce(people);
        }
    }

    /** Waits until this many group members hold journal.events partitions, together all of them. */
    private static void awaitJournalConsumers(Admin admin, int members) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int holding = -1;
        while (System.nanoTime() < deadline) {
            Set<Integer> partitions = new HashSet<>();
            holding = 0;
            for (MemberDescription member : admin.describeConsumerGroups(List.of(GROUP)).describedGroups().get(GROUP)
                    .get(10, TimeUnit.SECONDS).members()) {
                int before = partitions.size();
                member.assignment().topicPartitions().stream().filter(tp -> tp.topic().equals(Topics.JOURNAL_EVENTS))
                        .forEach(tp -> partitions.add(tp.partition()));
                holding += partitions.size() > before ? 1 : 0;
            }
            int total = admin.describeTopics(List.of(Topics.JOURNAL_EVENTS)).allTopicNames().get(10, TimeUnit.SECONDS)
                    .get(Topics.JOURNAL_EVENTS).partitions().size();
            if (holding == members && partitions.size() == total) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("journal.events was held by " + holding + " members, not " + members);
    }

    private static int processed(List<String> eventIds) throws SQLException {
        try (Connection connection = connect();
             PreparedStatement count = connection.prepareStatement("select count(*) from processed_event where event_id = any (?)")) {
            count.setArray(1, connection.createArrayOf("varchar", eventIds.toArray()));
            try (ResultSet row = count.executeQuery()) {
                row.next();
                return row.getInt(1);
            }
        }
    }

    private static Map<String, Integer> suggestionsPerPerson(List<String> people) throws SQLException {
        Map<String, Integer> counts = new HashMap<>();
        try (Connection connection = connect();
             PreparedStatement query = connection.prepareStatement(
                     "select user_id, count(*) from recommendation where user_id = any (?) group by user_id")) {
            query.setArray(1, connection.createArrayOf("varchar", people.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    counts.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        return counts;
    }

    /** On recommendation.events: one suggested event per person (a redelivered record may repeat it, never a new one). */
    private static void assertEachPublishedOnce(List<String> people) {
        Map<String, Set<String>> suggested = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, infrastructure.kafkaBootstrapServers(),
                ConsumerConfig.GROUP_ID_CONFIG, "recommendation-it-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.RECOMMENDATION_EVENTS));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (suggested.size() < people.size() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    String type = new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8);
                    if (people.contains(record.key()) && type.equals(EventTypes.RECOMMENDATION_SUGGESTED)) {
                        suggested.computeIfAbsent(record.key(), k -> new HashSet<>())
                                .add(new String(record.headers().lastHeader("ce_id").value(), StandardCharsets.UTF_8));
                    }
                }
            }
        }
        for (String user : people) {
            assertEquals(1, suggested.getOrDefault(user, Set.of()).size(), "suggested events of " + user);
        }
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(database.jdbcUrl(), database.username(), database.password());
    }
}
