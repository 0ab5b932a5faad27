package io.restwell.recommendation.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.restwell.events.EventTypes;
import io.restwell.events.journal.UserDataErasedEvent;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.recommendation.JournalEventsFixture;

/** A person's preferences through the API, against the real PostgreSQL (and Kafka for the journal's offsets and erasure). */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class PreferencesTests {

    private static final String PATH = "/api/v1/me/preferences";
    private static final String BERLIN_EVENINGS = """
            {"home": {"latitude": 52.52, "longitude": 13.405}, "radiusKm": 8, "timeZone": "Europe/Berlin",
             "suitableTimes": [{"days": ["TUESDAY", "MONDAY"], "from": "18:00", "to": "21:30"}],
             "avoidedSessionTypes": ["DEEP_TISSUE"], "preferredDurationsMinutes": [60, 45]}""";

    @Inject
    ObjectMapper json;

    @Inject
    JournalEventsFixture journal;

    private static RequestSpecification as(String user) {
        return given().auth().oauth2(DevTokens.issue(user, List.of("user")));
    }

    @Test
    void someoneWhoSaidNothingGetsTheDefaults() {
        as("user-" + UUID.randomUUID()).get(PATH).then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("home", nullValue())
                .body("clinicIds", hasSize(0))
                .body("radiusKm", equalTo(15))
                .body("timeZone", equalTo("UTC"))
                .body("timeZoneSource", equalTo("DEFAULT"))
                .body("suitableTimes", hasSize(1))
                .body("suitableTimes[0].days", hasSize(7))
                .body("suitableTimes[0].from", equalTo("17:00:00"))
                .body("suitableTimes[0].to", equalTo("21:00:00"))
                .body("updatedAt", nullValue());
    }

    @Test
    void withoutATimeZoneTheJournalsOffsetIsUsed() throws Exception {
        String user = "user-" + UUID.randomUUID();
        // The fixture's nights are logged at +01:00.
        journal.awaitProcessed(journal.publish(user, EventTypes.SLEEP_ENTRY_RECORDED, journal.night(user, UUID.randomUUID().toString(), false)));
        as(user).get(PATH).then().statusCode(200)
                .body("timeZone", equalTo("+01:00"))
                .body("timeZoneSource", equalTo("JOURNAL"));
    }

    @Test
    void savedPreferencesAreReadBackAndVersioned() {
        String user = "user-" + UUID.randomUUID();
        as(user).contentType(ContentType.JSON).body(BERLIN_EVENINGS).put(PATH).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("timeZoneSource", equalTo("SET"));
        as(user).get(PATH).then().statusCode(200)
                .header("ETag", "\"1\"")
                .body("home.latitude", equalTo(52.52f))
                .body("home.longitude", equalTo(13.405f))
                .body("radiusKm", equalTo(8))
                .body("suitableTimes[0].days", contains("MONDAY", "TUESDAY"))
                .body("suitableTimes[0].from", equalTo("18:00:00"))
                .body("suitableTimes[0].to", equalTo("21:30:00"))
                .body("avoidedSessionTypes", contains("DEEP_TISSUE"))
                .body("preferredDurationsMinutes", contains(60, 45))
                .body("updatedAt", notNullValue());
        as(user).header("If-None-Match", "\"1\"").get(PATH).then().statusCode(304);
        as(user).header("If-None-Match", "\"0\"").get(PATH).then().statusCode(200);

        // A field left out takes its default again.
        as(user).contentType(ContentType.JSON).body("{\"radiusKm\": 30}").put(PATH).then().statusCode(200)
                .header("ETag", "\"2\"")
                .body("home", nullValue())
                .body("radiusKm", equalTo(30))
                .body("timeZoneSource", equalTo("DEFAULT"))
                .body("avoidedSessionTypes", hasSize(0));
    }

    @Test
    void aStaleEditFromAnotherDeviceIsRefused() {
        String user = "user-" + UUID.randomUUID();
        as(user).header("If-Match", "\"0\"").contentType(ContentType.JSON).body(BERLIN_EVENINGS).put(PATH).then()
                .statusCode(200).header("ETag", "\"1\"");
        // The laptop still holds version 0.
        as(user).header("If-Match", "\"0\"").contentType(ContentType.JSON).body("{\"radiusKm\": 50}").put(PATH).then()
                .statusCode(412)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/precondition-failed"));
        as(user).header("If-Match", "not-a-tag").contentType(ContentType.JSON).body("{\"radiusKm\": 50}").put(PATH).then()
                .statusCode(400).body("errors[0].field", equalTo("If-Match"));
        as(user).header("If-Match", "W/\"7\", \"9\"").contentType(ContentType.JSON).body("{\"radiusKm\": 50}").put(PATH).then()
                .statusCode(412);
        as(user).get(PATH).then().body("radiusKm", equalTo(8));
        as(user).header("If-Match", "\"1\"").contentType(ContentType.JSON).body("{\"radiusKm\": 50}").put(PATH).then()
                .statusCode(200).header("ETag", "\"2\"").body("radiusKm", equalTo(50));
    }

    @Test
    void ofDevicesSavingOverTheSameVersionAtOnceExactlyOneWins() throws Exception {
        String user = "user-" + UUID.randomUUID();
        as(user).contentType(ContentType.JSON).body(BERLIN_EVENINGS).put(PATH).then().statusCode(200).header("ETag", "\"1\"");
        ExecutorService devices = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int radius = 10; radius < 18; radius++) {
                String body = "{\"radiusKm\": " + radius + "}";
                answers.add(devices.submit(() -> as(user).header("If-Match", "\"1\"").contentType(ContentType.JSON).body(body)
                        .put(PATH).statusCode()));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS));
            }
            assertEquals(1, Collections.frequency(statuses, 200), statuses.toString());
            assertEquals(7, Collections.frequency(statuses, 412), statuses.toString());
        } finally {
            devices.shutdownNow();
        }
        as(user).get(PATH).then().header("ETag", "\"2\"");
    }

    @Test
    void badPreferencesAnswer400NamingEachFieldAndChangeNothing() {
        String user = "user-" + UUID.randomUUID();
        as(user).contentType(ContentType.JSON).body("""
                {"home": {"latitude": 91, "longitude": 13.4}, "radiusKm": 0, "timeZone": "Mars/Olympus",
                 "suitableTimes": [{"days": ["MONDAY"], "from": "21:00", "to": "18:00"}]}""").put(PATH).then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                .body("errors.field", containsInAnyOrder("home.latitude", "radiusKm", "timeZone", "suitableTimes[0].to"));
        as(user).contentType(ContentType.JSON).body("{\"suitableTimes\": [{\"days\": [\"FUNDAY\"], \"from\": \"18:00\", \"to\": \"20:00\"}]}")
                .put(PATH).then().statusCode(400)
                .body("type", equalTo("https://restwell.dev/problems/malformed-request"));
        as(user).get(PATH).then().statusCode(200).header("ETag", "\"0\"").body("timeZoneSource", equalTo("DEFAULT"));
    }

    @Test
    void eachPersonSeesOnlyTheirOwn() {
        String berliner = "user-" + UUID.randomUUID();
        as(berliner).contentType(ContentType.JSON).body(BERLIN_EVENINGS).put(PATH).then().statusCode(200);
        as("user-" + UUID.randomUUID()).get(PATH).then().statusCode(200)
                .header("ETag", "\"0\"").body("home", nullValue()).body("radiusKm", equalTo(15));
        given().get(PATH).then().statusCode(401);
    }

    @Test
    void anErasureForgetsThem() throws Exception {
        String user = "user-" + UUID.randomUUID();
        as(user).contentType(ContentType.JSON).body(BERLIN_EVENINGS).put(PATH).then().statusCode(200);
        journal.awaitProcessed(journal.publish(user, EventTypes.USER_DATA_ERASED,
                journal.write(new UserDataErasedEvent(user, OffsetDateTime.now()))));
        as(user).get(PATH).then().statusCode(200).header("ETag", "\"0\"").body("home", nullValue());
    }
}
