package io.restwell.journal.rest;

import static io.restassured.RestAssured.given;
import static io.restwell.journal.JournalApi.as;
import static io.restwell.journal.JournalApi.createNight;
import static io.restwell.journal.JournalApi.newUser;
import static io.restwell.journal.JournalApi.night;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;


import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class SleepEntryResourceTests {

    private static final String ENTRIES = "/api/v1/journal/sleep-entries";

    @Test
    void loggingANightDerivesItsMetricsAndVerdict() {
        String user = newUser();
        String id = as(user).body(night("2026-11-20", 45, 40, 2)).post(ENTRIES)
                .then().statusCode(201)
                .header("Location", endsWith(ENTRIES + "/" + as(user).get(ENTRIES).then().extract().path("items[0].id")))
                .body("night", equalTo("2026-11-20"))
                .body("bedtime", equalTo("2026-11-20T23:00:00+01:00"))
                .body("timeInBedMinutes", equalTo(480))
                .body("totalSleepMinutes", equalTo(395))
                .body("sleepEfficiency", equalTo(82.3f))
                .body("poorSleep", equalTo(true))
                .body("poorSleepReasons", contains("LOW_EFFICIENCY", "LONG_LATENCY", "LONG_WAKE_AFTER_ONSET", "LOW_QUALITY"))
                .extract().path("id");
        as(user).get(ENTRIES + "/" + id).then().statusCode(200)
                .body("notes", equalTo("lower back ached"))
                .body("wakeTime", equalTo("2026-11-21T07:00:00+01:00"));
    }

    @Test
    void listsOnlyTheCallersNightsNewestFirstWithDatesAndPages() {
        String alice = newUser();
        for (int day = 1; day <= 5; day++) {
            createNight(alice, "2026-10-0" + day, 10, 10, 4);
        }
        createNight(newUser(), "2026-10-03", 10, 10, 4);
        as(alice).get(ENTRIES).then().statusCode(200)
                .body("total", equalTo(5))
                .body("items.night", contains("2026-10-05", "2026-10-04", "2026-10-03", "2026-10-02", "2026-10-01"));
        as(alice).queryParam("from", "2026-10-02").queryParam("to", "2026-10-04").queryParam("size", "2")
                .queryParam("page", "1").get(ENTRIES).then().statusCode(200)
                .body("total", equalTo(3))
                .body("page", equalTo(1))
                .body("items.night", contains("2026-10-02"));
    }

    @Test
    void anotherPersonsNightIsNotFoundForReadingChangingOrDeleting() {
        String owner = newUser();
        String id = createNight(owner, "2026-11-10", 10, 10, 4);
        String stranger = newUser();
        as(stranger).get(ENTRIES + "/" + id).then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/not-found"));
        as(stranger).body(night("2026-11-10", 60, 60, 1)).put(ENTRIES + "/" + id).then().statusCode(404);
        as(stranger).delete(ENTRIES + "/" + id).then().statusCode(404);
        as(owner).get(ENTRIES + "/" + id).then().statusCode(200).body("quality", equalTo(4));
    }

    @Test
    void correctingANightDerivesItAgainAndDeletingRemovesIt() {
        String user = newUser();
        String id = createNight(user, "2026-11-11", 10, 10, 4);
        as(user).body(night("2026-11-11", 60, 10, 4)).put(ENTRIES + "/" + id).then().statusCode(200)
                .body("sleepLatencyMinutes", equalTo(60))
                .body("poorSleepReasons", contains("LONG_LATENCY"));
        as(user).delete(ENTRIES + "/" + id).then().statusCode(204);
        as(user).get(ENTRIES + "/" + id).then().statusCode(404);
    }

    @Test
    void impossibleNightsAreRefusedNamingTheFieldAndNothingIsStored() {
        String user = newUser();
        String wakeBeforeBed = """
                {"night":"2026-11-20","bedtime":"2026-11-21T07:00:00+01:00","wakeTime":"2026-11-20T23:00:00+01:00",
                 "sleepLatencyMinutes":10,"awakenings":0,"wakeAfterSleepOnsetMinutes":0,"quality":3}""";
        as(user).body(wakeBeforeBed).post(ENTRIES).then().statusCode(422)
                .contentType("application/problem+json")
                .body("status", equalTo(422))
                .body("errors.field", contains("wakeTime"));
        as(user).body(night("2026-11-20", 600, 0, 3)).post(ENTRIES).then().statusCode(422)
                .body("errors.field", contains("sleepLatencyMinutes"));
        as(user).get(ENTRIES).then().body("total", equalTo(0));
    }

    @Test
    void badFieldsAreRefusedWithAnErrorPerField() {
        String user = newUser();
        as(user).body("{\"night\":\"2026-11-20\",\"quality\":9}").post(ENTRIES).then().statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                .body("errors.field", hasItem("quality"))
                .body("errors.field", hasItem("bedtime"))
                .body("errors.field", hasItem("wakeTime"))
                .body("errors.field", hasItem("sleepLatencyMinutes"));
        as(user).body(night("2026-11-20", 10, 10, 4).replace("lower back ached", "x".repeat(2001))).post(ENTRIES)
                .then().statusCode(400).body("errors.field", contains("notes"));
        // PostgreSQL's text cannot hold U+0000: refused while reading, naming the field, not a failed INSERT.
        as(user).body(night("2026-11-20", 10, 10, 4).replace("lower back ached", "lower\\u0000back")).post(ENTRIES)
                .then().statusCode(400)
                .body("type", equalTo("https://restwell.dev/problems/malformed-request"))
                .body("errors.field", contains("notes"))
                .body("errors[0].message", equalTo("must not contain the NUL character (U+0000)"));
        as(user).body(night("2026-11-20", 10, 10, 4).replace("\"quality\":4", "\"quality\":\"good\"")).post(ENTRIES)
                .then().statusCode(400)
                .body("type", equalTo("https://restwell.dev/problems/malformed-request"))
                .body("errors.field", contains("quality"));
        as(user).body("{\"night\": ").post(ENTRIES).then().statusCode(400)
                .body("type", equalTo("https://restwell.dev/problems/malformed-request"));
        as(user).body("{\"night\":\"2026-11-20\",\"bedtime\":\"yesterday\"}").post(ENTRIES).then().statusCode(400)
                .body("errors.field", contains("bedtime"));
        as(user).queryParam("from", "last-week").get(ENTRIES).then().statusCode(400)
                .body("errors.field", contains("from"));
        as(user).queryParam("size", "1000").get(ENTRIES).then().statusCode(400)
                .body("errors.field", contains("size"));
        // a parameter that does not even convert to its type is malformed, not a path that is not there
        as(user).queryParam("size", "abc").get(ENTRIES).then().statusCode(400)
                .body("type", equalTo("https://restwell.dev/problems/malformed-request"));
        as(user).queryParam("limit", "1e3").get("/api/v1/journal/changes").then().statusCode(400);
        as(user).get(ENTRIES).then().body("items", empty());
    }

    @Test
    void hugeBodiesAreRefused() {
        as(newUser()).body("{\"notes\":\"" + "x".repeat(100_000) + "\"}").post(ENTRIES).then().statusCode(413);
    }

    @Test
    void refusesRequestsWithoutAValidTokenWithProblemDetails() {
        given().when().get(ENTRIES).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("https://restwell.dev/problems/unauthorized"));
        given().auth().oauth2("not-a-jwt").when().get(ENTRIES).then().statusCode(401)
                .body("type", equalTo("https://restwell.dev/problems/unauthorized"));
    }

    @Test
    void aNewPersonHasAnEmptyJournal() {
        as(newUser()).get(ENTRIES).then().statusCode(200).body("total", equalTo(0)).body("items", hasSize(0));
    }
}
