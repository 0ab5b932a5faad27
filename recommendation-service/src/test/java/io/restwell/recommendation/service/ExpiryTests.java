package io.restwell.recommendation.service;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import io.restwell.events.EventTypes;
import io.restwell.events.Topics;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.BookingStub;
import io.restwell.recommendation.PushEndpoint;
import io.restwell.recommendation.JournalEventsFixture;

/** Suggestions never go stale: past slots are not shown or booked, and an untaken week expires once, with its event. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
@WithTestResource(BookingStub.class)
@WithTestResource(PushEndpoint.class) // not used here: the same resources as WebPushTests share one Quarkus start
class ExpiryTests {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager entityManager;

    @Inject
    Expiry expiry;

    @Inject
    JournalEventsFixture journal;

    @Test
    void anUntakenWeekExpiresOnceEvenWithTwoSweepsAtOnceAndIsAnnounced() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String id = suggestionWithSlots(user);
        suggestionsOf(user).body("items[0].expiresAt", notNullValue());
        try (KafkaConsumer<String, String> published = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "expiry-" + user,
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"), new StringDeserializer(), new StringDeserializer())) {
            published.subscribe(List.of(Topics.RECOMMENDATION_EVENTS));
            // Its week is over.
            QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                    "update recommendation set expires_at = now() - interval '1 minute' where id = :id")
                    .setParameter("id", UUID.fromString(id)).executeUpdate());

            ExecutorService sweeps = Executors.newFixedThreadPool(2);
            try {
                Callable<Integer> sweep = expiry::expireDue;
                List<Future<Integer>> done = sweeps.invokeAll(List.of(sweep, sweep));
                int expiredOfThisPerson = 0;
                for (Future<Integer> each : done) {
                    expiredOfThisPerson += each.get(30, TimeUnit.SECONDS);
                }
                assertTrue(expiredOfThisPerson >= 1);
            } finally {
                sweeps.shutdownNow();
            }

            suggestionsOf(user).body("items[0].status", equalTo("EXPIRED")).body("items[0].slots", hasSize(0));
            Map<String, Object> slot = storedSlots(id).get(0);
            given().auth().oauth2(DevTokens.issue(user, List.of("user"))).contentType("application/json")
                    .body(Map.of("therapistId", slot.get("therapistId"), "start", slot.get("start")))
                    .post("/api/v1/recommendations/" + id + "/accept").then().statusCode(409);

            List<String> types = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (!types.contains(EventTypes.RECOMMENDATION_EXPIRED) && System.nanoTime() < deadline) {
                for (var record : published.poll(Duration.ofMillis(200))) {
                    if (user.equals(record.key())) {
                        types.add(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
                    }
                }
            }
            // Anything published late would show up here too.
            for (var record : published.poll(Duration.ofSeconds(2))) {
                if (user.equals(record.key())) {
                    types.add(new String(record.headers().lastHeader("ce_type").value(), StandardCharsets.UTF_8));
                }
            }
            assertEquals(List.of(EventTypes.RECOMMENDATION_SUGGESTED, EventTypes.RECOMMENDATION_EXPIRED), types);
        }
    }

    @Test
    void aSlotThatHasGoneByIsNeitherShownNorBooked() throws Exception {
        String user = "user-" + UUID.randomUUID();
        String id = suggestionWithSlots(user);
        // The first of its three slots is now in the past.
        OffsetDateTime past = OffsetDateTime.now(ZoneOffset.ofHours(1)).minusHours(3).withNano(0);
        List<Map<String, Object>> slots = storedSlots(id);
        slots.get(0).put("start", past.toString());
        slots.get(0).put("end", past.plusHours(1).toString());
        String updated = json.writeValueAsString(slots);
        QuarkusTransaction.requiringNew().run(() -> entityManager.createNativeQuery(
                "update recommendation set slots = cast(:slots as jsonb) where id = :id")
                .setParameter("slots", updated).setParameter("id", UUID.fromString(id)).executeUpdate());

        suggestionsOf(user).body("items[0].slots", hasSize(2));
        given().auth().oauth2(DevTokens.issue(user, List.of("user"))).contentType("application/json")
                .body(Map.of("therapistId", slots.get(0).get("therapistId"), "start", past.toString()))
                .post("/api/v1/recommendations/" + id + "/accept").then().statusCode(409)
                .body("type", equalTo("https://restwell.dev/problems/slot-taken"))
                .body("slots", hasSize(3));
    }

    private String suggestionWithSlots(String user) throws Exception {
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED,
                journal.night(user, UUID.randomUUID().toString(), true)));
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!"FILLED".equals(suggestionsOf(user).extract().path("items[0].slotsStatus")) && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        return suggestionsOf(user).body("items[0].slotsStatus", equalTo("FILLED")).body("items[0].slots", hasSize(3))
                .extract().path("items[0].id");
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> storedSlots(String id) throws Exception {
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select slots::text from recommendation where id = :id").setParameter("id", UUID.fromString(id)).getSingleResult());
        return new ArrayList<>(json.readValue(stored, List.class));
    }

    private ValidatableResponse suggestionsOf(String user) {
        return given().auth().oauth2(DevTokens.issue(user, List.of("user"))).get("/api/v1/recommendations").then().statusCode(200);
    }
}
