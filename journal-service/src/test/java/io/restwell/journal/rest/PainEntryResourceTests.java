package io.restwell.journal.rest;

import static io.restwell.journal.JournalApi.as;
import static io.restwell.journal.JournalApi.createPain;
import static io.restwell.journal.JournalApi.newUser;
import static io.restwell.journal.JournalApi.pain;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class PainEntryResourceTests {

    private static final String ENTRIES = "/api/v1/journal/pain-entries";

    @Test
    void ratesPainAndReadsItBackInTheCallersOffset() {
        String user = newUser();
        String id = createPain(user, "2026-11-20T21:30:00+01:00", 7, "LOWER_BACK", "ACHING");
        as(user).get(ENTRIES + "/" + id).then().statusCode(200)
                .body("recordedAt", equalTo("2026-11-20T21:30:00+01:00"))
                .body("intensity", equalTo(7))
                .body("location", equalTo("LOWER_BACK"))
                .body("character", equalTo("ACHING"))
                .body("chronic", equalTo(true))
                .body("disturbedSleep", equalTo(true));
    }

    @Test
    void listsNewestFirstFilteredByTheCallersLocalDate() {
        String user = newUser();
        createPain(user, "2026-11-01T08:00:00+01:00", 3, "NECK", "STIFF");
        createPain(user, "2026-11-02T00:30:00+01:00", 5, "LEG", "SHOOTING"); // still 1 Nov in UTC
        createPain(user, "2026-11-03T20:00:00+01:00", 8, "LOWER_BACK", "SPASM");
        as(user).queryParam("from", "2026-11-02").get(ENTRIES).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.intensity", contains(8, 5));
    }

    @Test
    void outOfRangeIntensityAndUnknownValuesAreRefusedNamingTheField() {
        String user = newUser();
        as(user).body(pain("2026-11-20T21:30:00+01:00", 11, "LOWER_BACK", "ACHING")).post(ENTRIES)
                .then().statusCode(400).body("errors.field", contains("intensity"));
        as(user).body(pain("2026-11-20T21:30:00+01:00", -1, "LOWER_BACK", "ACHING")).post(ENTRIES)
                .then().statusCode(400).body("errors.field", contains("intensity"));
        as(user).body(pain("2026-11-20T21:30:00+01:00", 4, "KNEE", "ACHING")).post(ENTRIES)
                .then().statusCode(400)
                .body("errors.field", contains("location"))
                .body("detail", containsString("LOWER_BACK"));
        as(user).body("{\"intensity\":4}").post(ENTRIES).then().statusCode(400)
                .body("errors.field", contains("character", "chronic", "disturbedSleep", "location", "recordedAt",
                        "stressRelated"));
        as(user).get(ENTRIES).then().body("total", equalTo(0));
    }

    @Test
    void anotherPersonsRatingIsNotFound() {
        String id = createPain(newUser(), "2026-11-20T21:30:00+01:00", 6, "HIPS", "ACHING");
        String stranger = newUser();
        as(stranger).get(ENTRIES + "/" + id).then().statusCode(404);
        as(stranger).body(pain("2026-11-20T21:30:00+01:00", 1, "HIPS", "ACHING")).put(ENTRIES + "/" + id)
                .then().statusCode(404);
        as(stranger).delete(ENTRIES + "/" + id).then().statusCode(404);
    }

    @Test
    void correctsAndDeletes() {
        String user = newUser();
        String id = createPain(user, "2026-11-20T21:30:00+01:00", 6, "HIPS", "ACHING");
        as(user).body(pain("2026-11-20T21:30:00+01:00", 2, "HIPS", "STIFF")).put(ENTRIES + "/" + id)
                .then().statusCode(200).body("intensity", equalTo(2)).body("character", equalTo("STIFF"));
        as(user).delete(ENTRIES + "/" + id).then().statusCode(204);
        as(user).get(ENTRIES + "/" + id).then().statusCode(404);
    }
}
