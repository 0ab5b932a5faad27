package io.restwell.journal.rest;

import static io.restwell.journal.JournalApi.as;
import static io.restwell.journal.JournalApi.createNight;
import static io.restwell.journal.JournalApi.createPain;
import static io.restwell.journal.JournalApi.newUser;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Observation;
import org.junit.jupiter.api.Test;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.validation.FhirValidator;
import ca.uhn.fhir.validation.ResultSeverityEnum;
import ca.uhn.fhir.validation.SingleValidationMessage;
import ca.uhn.fhir.validation.ValidationResult;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.journal.JournalEvents;
import io.restwell.local.testing.RestwellInfrastructure;

import org.hl7.fhir.common.hapi.validation.support.ValidationSupportChain;
import org.hl7.fhir.common.hapi.validation.support.CommonCodeSystemsTerminologyService;
import org.hl7.fhir.common.hapi.validation.support.InMemoryTerminologyServerValidationSupport;
import org.hl7.fhir.common.hapi.validation.validator.FhirInstanceValidator;
import ca.uhn.fhir.context.support.DefaultProfileValidationSupport;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class JournalResourceTests {

    private static final FhirContext FHIR = FhirContext.forR4();

    @Inject
    EntityManager entityManager;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theSummaryShowsNightsPainAndThePainSleepLoop() {
        String user = newUser();
        createPain(user, "2026-11-01T20:00:00+01:00", 8, "LOWER_BACK", "ACHING");
        createNight(user, "2026-11-01", 45, 40, 2);   // 82.3 %, after a high-pain day
        createPain(user, "2026-11-02T20:00:00+01:00", 2, "LOWER_BACK", "STIFF");
        createNight(user, "2026-11-02", 10, 10, 4);   // 95.8 %, after a lower-pain day
        createNight(user, "2026-11-03", 10, 10, 4);   // no pain logged that day
        as(user).queryParam("from", "2026-11-01").queryParam("to", "2026-11-30").get("/api/v1/journal/summary")
                .then().statusCode(200)
                .body("nightsLogged", equalTo(3))
                .body("poorNights", equalTo(1))
                .body("mostCommonReasons[0].reason", equalTo("LOW_EFFICIENCY"))
                .body("painByLocation[0].location", equalTo("LOWER_BACK"))
                .body("painByLocation[0].averageIntensity", equalTo(5.0f))
                .body("painByLocation[0].peakIntensity", equalTo(8))
                .body("painSleepLoop.nightsAfterHighPainDays", equalTo(1))
                .body("painSleepLoop.averageEfficiencyAfterHighPain", equalTo(82.3f))
                .body("painSleepLoop.averageEfficiencyAfterLowerPain", equalTo(95.8f));
    }

    @Test
    void theCsvExportHoldsEveryEntryAndDefusesFormulas() {
        String user = newUser();
        createNight(user, "2026-11-01", 45, 40, 2);
        as(user).body(io.restwell.journal.JournalApi.pain("2026-11-01T20:00:00+01:00", 8, "LOWER_BACK", "ACHING")
                .replace("}", ",\"notes\":\"=HYPERLINK(\\\"http://evil\\\")\"}"))
                .post("/api/v1/journal/pain-entries").then().statusCode(201);
        String csv = as(user).queryParam("format", "csv").get("/api/v1/journal/export")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("restwell-journal.csv"))
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals(3, lines.size());
        assertTrue(lines.get(0).startsWith("kind,id,night,bedtime"));
        assertTrue(lines.get(1).startsWith("sleep,"));
        assertTrue(lines.get(1).contains(",2026-11-01,2026-11-01T23:00:00+01:00,"), lines.get(1));
        assertTrue(lines.get(2).startsWith("pain,"));
        assertTrue(lines.get(2).contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), lines.get(2));
    }

    @Test
    void theExportAnswersInTheMediaTypeAskedForOr406() {
        String user = newUser();
        createNight(user, "2026-11-01", 45, 40, 2);
        // FHIR servers take application/json as FHIR JSON: once a 406.
        as(user).accept("application/json").queryParam("format", "fhir").get("/api/v1/journal/export")
                .then().statusCode(200).contentType(startsWith("application/json")).body("resourceType", equalTo("Bundle"));
        as(user).accept("application/fhir+json, application/json;q=0.5").queryParam("format", "fhir").get("/api/v1/journal/export")
                .then().statusCode(200).contentType(startsWith("application/fhir+json"));
        as(user).accept("text/csv").queryParam("format", "csv").get("/api/v1/journal/export")
                .then().statusCode(200).contentType(startsWith("text/csv"));
        as(user).accept("application/json").queryParam("format", "csv").get("/api/v1/journal/export")
                .then().statusCode(406).contentType(startsWith("application/problem+json"))
                .body("type", equalTo("https://restwell.dev/problems/not-acceptable"));
        as(user).accept("text/csv").queryParam("format", "fhir").get("/api/v1/journal/export")
                .then().statusCode(406).contentType(startsWith("application/problem+json"));
    }

    @Test
    void theFhirExportIsAValidR4BundleOfLoincObservations() {
        String user = newUser();
        createNight(user, "2026-11-01", 45, 40, 2);
        createPain(user, "2026-11-01T20:00:00+01:00", 7, "LOWER_BACK", "ACHING");
        String json = as(user).queryParam("format", "fhir").get("/api/v1/journal/export")
                .then().statusCode(200).contentType(startsWith("application/fhir+json")).extract().asString();

        FhirValidator validator = FHIR.newValidator();
        validator.registerValidatorModule(new FhirInstanceValidator(new ValidationSupportChain(
                new DefaultProfileValidationSupport(FHIR),
                new InMemoryTerminologyServerValidationSupport(FHIR),
                new CommonCodeSystemsTerminologyService(FHIR))));
        ValidationResult result = validator.validateWithResult(json);
        List<SingleValidationMessage> errors = result.getMessages().stream()
                .filter(message -> message.getSeverity().ordinal() >= ResultSeverityEnum.ERROR.ordinal())
                .toList();
        assertTrue(errors.isEmpty(), () -> errors.stream().map(m -> m.getLocationString() + ": " + m.getMessage()).toList().toString());

        Bundle bundle = FHIR.newJsonParser().parseResource(Bundle.class, json);
        assertEquals(Bundle.BundleType.COLLECTION, bundle.getType());
        Observation sleep = (Observation) bundle.getEntry().get(0).getResource();
        assertEquals("93832-4", sleep.getCode().getCodingFirstRep().getCode());
        assertEquals(395, sleep.getValueQuantity().getValue().intValue());
        assertEquals("min", sleep.getValueQuantity().getCode());
        assertEquals("2026-11-01T23:00:00+01:00", sleep.getEffectivePeriod().getStartElement().getValueAsString());
        Observation pain = (Observation) bundle.getEntry().get(1).getResource();
        assertEquals("72514-3", pain.getCode().getCodingFirstRep().getCode());
        assertEquals(7, pain.getValueQuantity().getValue().intValue());
        assertEquals(user, pain.getSubject().getIdentifier().getValue());
    }

    @Test
    void erasureRemovesEverythingOfTheCallerOnlyAndTellsTheOtherServices() throws InterruptedException {
        String user = newUser();
        String bystander = newUser();
        createNight(user, "2026-11-01", 10, 10, 4);
        createPain(user, "2026-11-01T20:00:00+01:00", 7, "LOWER_BACK", "ACHING");
        createNight(bystander, "2026-11-01", 10, 10, 4);
        try (JournalEvents events = new JournalEvents(bootstrapServers)) {
            as(user).delete("/api/v1/journal").then().statusCode(200)
                    .body("sleepEntries", equalTo(1))
                    .body("painEntries", equalTo(1));
            as(user).get("/api/v1/journal/sleep-entries").then().body("total", equalTo(0));
            as(user).get("/api/v1/journal/pain-entries").then().body("total", equalTo(0));
            as(bystander).get("/api/v1/journal/sleep-entries").then().body("total", equalTo(1));
            List<JournalEvents.Received> received = events.awaitFor(user, 3, Duration.ofSeconds(10));
            assertEquals("restwell.journal.user-data.erased.v1", received.get(received.size() - 1).type());
        }
        // Once Kafka has the erasure event, its outbox row goes too (restwell.outbox.drop-when-published):
        // no table of this service names the person any more.
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (rowsHolding(user) > 0 && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(0, rowsHolding(user));
        assertTrue(rowsHolding(bystander) > 0);
    }

    /** Rows of any table of this service's schema whose text holds {@code needle}. */
    private long rowsHolding(String needle) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<String> tables = entityManager.createNativeQuery("select table_name from information_schema.tables"
                    + " where table_schema = current_schema() and table_type = 'BASE TABLE'").getResultList();
            long found = 0;
            for (String table : tables) {
                found += ((Number) entityManager.createNativeQuery("select count(*) from \"" + table + "\" t where t::text like :needle")
                        .setParameter("needle", "%" + needle + "%").getSingleResult()).longValue();
            }
            return found;
        });
    }

    @Test
    void anUnknownExportFormatIsRefused() {
        as(newUser()).queryParam("format", "pdf").get("/api/v1/journal/export").then().statusCode(400)
                .body("errors[0].field", equalTo("format"));
    }
}
