package io.restwell.journal.rest;

import static io.restwell.journal.JournalApi.as;
import static io.restwell.journal.JournalApi.createPain;
import static io.restwell.journal.JournalApi.newUser;
import static io.restwell.journal.JournalApi.pain;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

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

    /** A rating with the red-flag screen's answers: {@code flags} is the JSON list of the yes answers. */
    private static String screened(String flags) {
        return """
                {"recordedAt":"2026-11-20T21:30:00+01:00","intensity":7,"location":"LOWER_BACK","character":"SHOOTING",
                 "chronic":false,"stressRelated":false,"disturbedSleep":true,"redFlags":%s}""".formatted(flags);
    }

    @Test
    void redFlagsAnsweredYesAreStoredOnceInTheScreensOrderAndReturnedEverywhere() {
        String user = newUser();
        String id = as(user).body(screened("[\"FEVER_OR_UNWELL\",\"SADDLE_NUMBNESS\",\"FEVER_OR_UNWELL\"]")).post(ENTRIES)
                .then().statusCode(201)
                .body("redFlags", contains("SADDLE_NUMBNESS", "FEVER_OR_UNWELL"))
                .extract().path("id");
        as(user).get(ENTRIES + "/" + id).then().statusCode(200)
                .body("redFlags", contains("SADDLE_NUMBNESS", "FEVER_OR_UNWELL"));
        as(user).get(ENTRIES).then().statusCode(200).body("items[0].redFlags", contains("SADDLE_NUMBNESS", "FEVER_OR_UNWELL"));
        as(user).get("/api/v1/journal/changes").then().statusCode(200)
                .body("changes[0].painEntry.redFlags", contains("SADDLE_NUMBNESS", "FEVER_OR_UNWELL"));
        // Every answer no is a screen done (an empty list), not one left out.
        as(user).body(screened("[]")).put(ENTRIES + "/" + id).then().statusCode(200).body("redFlags", equalTo(java.util.List.of()));
        as(user).get(ENTRIES + "/" + id).then().body("redFlags", equalTo(java.util.List.of()));
    }

    @Test
    void aRatingWithoutTheScreenSaysItWasNotAsked() {
        String user = newUser();
        String id = createPain(user, "2026-11-20T21:30:00+01:00", 4, "NECK", "STIFF");
        as(user).get(ENTRIES + "/" + id).then().statusCode(200).body("redFlags", nullValue());
        as(user).body(screened("null")).put(ENTRIES + "/" + id).then().statusCode(200).body("redFlags", nullValue());
    }

    @Test
    void anUnknownOrMissingFlagIsRefusedNamingTheFieldAndNothingIsStored() {
        String user = newUser();
        as(user).body(screened("[\"SADDLE_NUMBNESS\",\"HEADACHE\"]")).post(ENTRIES).then().statusCode(400)
                .body("type", equalTo("https://restwell.dev/problems/malformed-request"))
                .body("errors.field", contains("redFlags[1]"))
                .body("detail", containsString("NIGHT_PAIN_AT_REST"));
        as(user).body(screened("[null]")).post(ENTRIES).then().statusCode(400)
                .body("errors.field", contains("redFlags[0]"));
        as(user).body(screened("\"SADDLE_NUMBNESS\"")).post(ENTRIES).then().statusCode(400)
                .body("errors.field", contains("redFlags"));
        as(user).get(ENTRIES).then().body("total", equalTo(0));
    }
}
