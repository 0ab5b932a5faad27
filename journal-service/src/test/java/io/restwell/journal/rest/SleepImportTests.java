package io.restwell.journal.rest;

import static io.restwell.journal.JournalApi.as;
import static io.restwell.journal.JournalApi.createNight;
import static io.restwell.journal.JournalApi.createPain;
import static io.restwell.journal.JournalApi.newUser;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restwell.journal.JournalEvents;
import io.restwell.local.testing.RestwellInfrastructure;

/** Nights from Health Connect, HealthKit and Fitbit: entries with source and stages, replays, the one-night rule, 422s. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class SleepImportTests {

    static final String IMPORT = "/api/v1/journal/sleep-entries/import";
    private static final String RECORDED = "restwell.journal.sleep-entry.recorded.v1";
    private static final String PAIN_RECORDED = "restwell.journal.pain-entry.recorded.v1";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    static String fixture(String name) {
        try (InputStream in = SleepImportTests.class.getResourceAsStream("/wearables/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The Health Connect night one day later: the night of 2026-11-19, which the HealthKit fixture measured too. */
    static String healthConnectNightOf19th() {
        return fixture("health-connect-night.json").replace("2026-11-19T", "2026-11-20T").replace("2026-11-18T", "2026-11-19T");
    }

    private static JsonPath fitbit(String user, String body) {
        return as(user).queryParam("timeZone", "Europe/Berlin").body(body).post(IMPORT + "/fitbit")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    void eachSourceBecomesAnEntryWithItsSourceStagesAndDerivedMetrics() {
        String user = newUser();
        as(user).body(fixture("health-connect-night.json")).post(IMPORT + "/health-connect").then().statusCode(200)
                .body("results.status", contains("CREATED"))
                .body("results[0].entry.night", equalTo("2026-11-18"))
                .body("results[0].entry.bedtime", equalTo("2026-11-18T23:30:00+01:00"))
                .body("results[0].entry.kind", equalTo("NIGHT"))
                .body("results[0].entry.quality", nullValue())
                .body("results[0].entry.totalSleepMinutes", equalTo(418))
                .body("results[0].entry.sleepLatencyMinutes", equalTo(12))
                .body("results[0].entry.wakeAfterSleepOnsetMinutes", equalTo(20))
                .body("results[0].entry.poorSleep", equalTo(false))
                .body("results[0].entry.source.platform", equalTo("HEALTH_CONNECT"))
                .body("results[0].entry.source.app", equalTo("com.google.android.apps.fitness"))
                .body("results[0].entry.source.device", equalTo("Google Pixel Watch 2"))
                .body("results[0].entry.source.recordId", equalTo("a3e1c6d2-5b7f-4f0e-9d3c-2f6b8e41c0a7"))
                .body("results[0].entry.stages.deepMinutes", equalTo(75))
                .body("results[0].entry.stages.remMinutes", equalTo(85))
                .body("results[0].entry.stages.awakeMinutes", equalTo(32));
        as(user).body(fixture("healthkit-night.json")).post(IMPORT + "/healthkit").then().statusCode(200)
                .body("results.status", contains("CREATED"))
                .body("results[0].entry.night", equalTo("2026-11-19"))
                .body("results[0].entry.source.platform", equalTo("HEALTHKIT"))
                .body("results[0].entry.stages.lightMinutes", equalTo(236))
                .body("results[0].entry.sleepEfficiency", equalTo(85.3f))
                .body("results[0].entry.poorSleepReasons", contains("LONG_WAKE_AFTER_ONSET"));
        JsonPath night = fitbit(user, fixture("fitbit-stages-night.json"));
        assertEquals("CREATED", night.getString("results[0].status"));
        assertEquals("2026-11-20T23:04:30+01:00", night.getString("results[0].entry.bedtime"));
        assertEquals(405, night.getInt("results[0].entry.totalSleepMinutes"));
        assertEquals("46132398710", night.getString("results[0].entry.source.recordId"));
        JsonPath nap = fitbit(user, fixture("fitbit-classic-nap.json"));
        assertEquals("NAP", nap.getString("results[0].entry.kind"));
        assertEquals(38, nap.getInt("results[0].entry.stages.asleepUnspecifiedMinutes"));

        // The summary counts imported nights like typed-in ones (the nap is not a night).
        as(user).queryParam("from", "2026-11-18").queryParam("to", "2026-11-21").get("/api/v1/journal/summary")
                .then().statusCode(200)
                .body("nightsLogged", equalTo(3))
                .body("poorNights", equalTo(2));
        // Other devices see them in the change feed, source and stages included.
        as(user).get("/api/v1/journal/changes").then().statusCode(200)
                .body("changes.entry.source.platform", contains("HEALTH_CONNECT", "HEALTHKIT", "FITBIT", "FITBIT"));
    }

    @Test
    void reimportingIsAReplayANewerHealthConnectVersionUpdatesAndEventsGoOutOncePerChange() {
        String user = newUser();
        try (JournalEvents events = new JournalEvents(bootstrapServers)) {
            String body = fixture("health-connect-night.json");
            String id = as(user).body(body).post(IMPORT + "/health-connect").then().statusCode(200)
                    .body("results[0].status", equalTo("CREATED")).extract().path("results[0].entry.id");
            as(user).body(body).post(IMPORT + "/health-connect").then().statusCode(200)
                    .body("results[0].status", equalTo("REPLAYED"))
                    .body("results[0].entry.id", equalTo(id));
            // The watch app revised the record: the 10 minutes awake in bed at 03:55 were light sleep after all.
            String revised = body.replace("2026-11-19T06:02:11.482Z", "2026-11-19T08:15:00.000Z")
                    .replaceFirst("\"stage\": 7", "\"stage\": 4");
            as(user).body(revised).post(IMPORT + "/health-connect").then().statusCode(200)
                    .body("results[0].status", equalTo("UPDATED"))
                    .body("results[0].entry.id", equalTo(id))
                    .body("results[0].entry.totalSleepMinutes", equalTo(428))
                    .body("results[0].entry.awakenings", equalTo(0))
                    .body("results[0].entry.version", equalTo(1));
            // A late upload of the older version is ignored, saying so.
            as(user).body(body).post(IMPORT + "/health-connect").then().statusCode(200)
                    .body("results[0].status", equalTo("CONFLICT"))
                    .body("results[0].existingEntryId", equalTo(id))
                    .body("results[0].entry", nullValue());
            as(user).body(fixture("healthkit-night.json")).post(IMPORT + "/healthkit").then().statusCode(200);
            createPain(user, "2026-11-21T09:00:00+01:00", 5, "LOWER_BACK", "ACHING");

            List<JournalEvents.Received> received = events.awaitFor(user, 4, Duration.ofSeconds(30));
            assertEquals(List.of(RECORDED, "restwell.journal.sleep-entry.updated.v1", RECORDED, PAIN_RECORDED),
                    received.stream().map(JournalEvents.Received::type).toList());
            // An imported poor night is sent like a typed-in one, unrated.
            JsonPath healthKit = JsonPath.from(received.get(2).data());
            assertTrue(healthKit.getMap("").containsKey("quality"));
            assertNull(healthKit.get("quality"));
            assertEquals(true, healthKit.getBoolean("poorSleep"));
            assertEquals(52, healthKit.getInt("wakeAfterSleepOnsetMinutes"));
        }
    }

    @Test
    void theFirstNightOfADateStaysWhetherTypedInOrFromAnotherSource() {
        String user = newUser();
        try (JournalEvents events = new JournalEvents(bootstrapServers)) {
            String typed = createNight(user, "2026-11-20", 10, 10, 4);
            JsonPath refused = fitbit(user, fixture("fitbit-stages-night.json"));
            assertEquals("CONFLICT", refused.getString("results[0].status"));
            assertEquals(typed, refused.getString("results[0].existingEntryId"));
            assertEquals(409, refused.getInt("results[0].problem.status"));
            as(user).get("/api/v1/journal/sleep-entries/" + typed).then().body("source", nullValue()).body("quality", equalTo(4));

            // The same night measured by the watch (HealthKit) and by the phone app (Health Connect): one entry.
            String watch = as(user).body(fixture("healthkit-night.json")).post(IMPORT + "/healthkit").then().statusCode(200)
                    .body("results[0].status", equalTo("CREATED")).extract().path("results[0].entry.id");
            as(user).body(healthConnectNightOf19th()).post(IMPORT + "/health-connect").then().statusCode(200)
                    .body("results[0].status", equalTo("CONFLICT"))
                    .body("results[0].existingEntryId", equalTo(watch))
                    .body("results[0].problem.detail", containsString(watch));
            as(user).body(healthConnectNightOf19th()).post(IMPORT + "/health-connect").then().statusCode(200)
                    .body("results[0].status", equalTo("CONFLICT"));
            as(user).get("/api/v1/journal/sleep-entries").then().body("total", equalTo(2));
            createPain(user, "2026-11-21T09:00:00+01:00", 5, "LOWER_BACK", "ACHING");
            assertEquals(List.of(RECORDED, RECORDED, PAIN_RECORDED),
                    events.awaitFor(user, 3, Duration.ofSeconds(30)).stream().map(JournalEvents.Received::type).toList());
        }
    }

    @Test
    void impossibleSessionsAreRefusedWhole422NamingTheProblem() {
        String user = newUser();
        String night = fixture("health-connect-night.json");
        // The same session twice under two record ids: two sessions at once.
        String record = night.substring(night.indexOf('[') + 1, night.lastIndexOf(']'));
        String twice = "{\"records\":[" + record + "," + record.replace("a3e1c6d2", "b4f2d7e3") + "]}";
        as(user).body(twice).post(IMPORT + "/health-connect").then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                .body("errors.field", contains("records[1]"))
                .body("errors[0].message", startsWith("overlaps the session records[0]"));
        // Stages running past the time in bed.
        as(user).body(night.replace("\"endTime\": \"2026-11-19T06:00:00Z\",\n      \"endZoneOffset\"",
                        "\"endTime\": \"2026-11-19T05:30:00Z\",\n      \"endZoneOffset\""))
                .post(IMPORT + "/health-connect").then().statusCode(422)
                .body("errors.field", hasItem("records[0].stages[11]"))
                .body("errors[0].message", containsString("cannot be longer than the time in bed"));
        // A night that has not happened yet.
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        String future = fixture("fitbit-stages-night.json").replace("2026-11-20T", tomorrow + "T")
                .replace("2026-11-21T", tomorrow.plusDays(1) + "T");
        as(user).queryParam("timeZone", "Europe/Berlin").body(future).post(IMPORT + "/fitbit").then().statusCode(422)
                .body("errors.field", contains("sleep[0]"))
                .body("errors[0].message", startsWith("ends in the future"));
        // A stage the source does not define.
        as(user).body(night.replaceFirst("\"stage\": 5", "\"stage\": 9")).post(IMPORT + "/health-connect").then().statusCode(400)
                .body("errors.field", hasItem("records[0].stages[2].stage"));
        // Fitbit's times have no offset: the time zone is required.
        as(user).body(fixture("fitbit-stages-night.json")).post(IMPORT + "/fitbit").then().statusCode(400)
                .body("errors.field", hasItem("timeZone"));
        as(user).queryParam("timeZone", "Mars/Olympus").body(fixture("fitbit-stages-night.json")).post(IMPORT + "/fitbit")
                .then().statusCode(400).body("errors.field", contains("timeZone"));
        as(user).get("/api/v1/journal/sleep-entries").then().body("total", equalTo(0));
    }

    @Test
    void theFhirExportCarriesTheStagesAndTheSource() {
        String user = newUser();
        fitbit(user, fixture("fitbit-stages-night.json"));
        String json = as(user).queryParam("format", "fhir").get("/api/v1/journal/export")
                .then().statusCode(200).extract().asString();
        FhirContext fhir = FhirContext.forR4();
        FhirValidator validator = fhir.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                new DefaultProfileValidationSupport(fhir),
                new InMemoryTerminologyServerValidationSupport(fhir),
                new CommonCodeSystemsTerminologyService(fhir))));
        List<SingleValidationMessage> errors = validator.validateWithResult(json).getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal()).toList();
        assertTrue(errors.isEmpty(), () -> errors.stream().map(m -> m.getLocationString() + ": " + m.getMessage()).toList().toString());

        JsonPath sleep = JsonPath.from(json).setRootPath("entry[0].resource");
        assertEquals("https://restwell.dev/fhir/sleep-source/fitbit", sleep.getString("identifier[0].system"));
        assertEquals("46132398710", sleep.getString("identifier[0].value"));
        assertEquals("fitbit", sleep.getString("device.display"));
        assertEquals(List.of("awake", "light", "deep", "rem", "out-of-bed", "asleep-unspecified"),
                sleep.getList("component.code.coding.code.flatten()", String.class));
        assertEquals(List.of(58, 247, 72, 86, 0, 0), sleep.getList("component.valueQuantity.value", Integer.class));
    }
}
