package io.restwell.journal.mapping;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restwell.journal.PainEntry;
import io.restwell.journal.SleepEntry;
import io.restwell.journal.domain.SleepSource;
import io.restwell.journal.domain.StageMinutes;

/**
 * The journal as a FHIR R4 {@code Bundle} (type collection) of {@code Observation}s a clinician's
 * system can import: pain severity (LOINC 72514-3, 0–10 score) and sleep duration (LOINC 93832-4, minutes); an
 * imported night adds its minutes per stage as components and its source record as identifier and device.
 */
public final class FhirExport {

    /** FHIR dateTime needs the seconds, which OffsetDateTime.toString leaves out when they are zero. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String USERS = "https://restwell.dev/fhir/user-id";
    /** Restwell's sleep stages (awake, light, deep, rem, out-of-bed, asleep-unspecified), minutes per stage. */
    static final String STAGES = "https://restwell.dev/fhir/sleep-stage";
    /** Followed by the platform (health-connect, healthkit, fitbit): the record's id there. */
    static final String SOURCES = "https://restwell.dev/fhir/sleep-source/";

    private final ObjectMapper json;

    public FhirExport(ObjectMapper json) {
        this.json = json;
    }

    public ObjectNode bundle(String userId, List<SleepEntry> nights, List<PainEntry> ratings) {
        ObjectNode bundle = json.createObjectNode();
        bundle.put("resourceType", "Bundle");
        bundle.put("id", UUID.randomUUID().toString());
        bundle.put("type", "collection");
        bundle.put("timestamp", DATE_TIME.format(OffsetDateTime.now(ZoneOffset.UTC).withNano(0)));
        ArrayNode entries = bundle.putArray("entry");
        nights.forEach(night -> entry(entries, sleepDuration(userId, night)));
        ratings.forEach(rating -> entry(entries, painSeverity(userId, rating)));
        return bundle;
    }

    private static void entry(ArrayNode entries, ObjectNode resource) {
        ObjectNode entry = entries.addObject();
        entry.put("fullUrl", "urn:uuid:" + resource.get("id").asText());
        entry.set("resource", resource);
    }

    private ObjectNode sleepDuration(String userId, SleepEntry night) {
        ObjectNode observation = observation(night.id, userId, "93832-4", "Sleep duration");
        ObjectNode period = observation.putObject("effectivePeriod");
        period.put("start", DATE_TIME.format(night.localBedtime()));
        period.put("end", DATE_TIME.format(night.localWakeTime()));
        quantity(observation, BigDecimal.valueOf(night.totalSleepMinutes), "min", "min");
        SleepSource source = night.source();
        if (source != null) {
            // the wearable's record: identifier says which one, device who measured it
            ObjectNode identifier = observation.putArray("identifier").addObject();
            identifier.put("system", SOURCES + source.platform().name().toLowerCase(Locale.ROOT).replace('_', '-'));
            identifier.put("value", source.recordId());
            observation.putObject("device").put("display", source.device() == null ? source.app()
                    : source.device() + " via " + source.app());
        }
        StageMinutes stages = night.stages();
        if (stages != null) {
            ArrayNode components = observation.putArray("component");
            stage(components, "awake", "Awake", stages.awake());
            stage(components, "light", "Light sleep", stages.light());
            stage(components, "deep", "Deep sleep", stages.deep());
            stage(components, "rem", "REM sleep", stages.rem());
            stage(components, "out-of-bed", "Out of bed", stages.outOfBed());
            stage(components, "asleep-unspecified", "Asleep, stage unknown", stages.asleepUnspecified());
        }
        return observation;
    }

    /** Minutes in one sleep stage, as a component of the night's observation. */
    private static void stage(ArrayNode components, String code, String display, int minutes) {
        ObjectNode component = components.addObject();
        ObjectNode concept = component.putObject("code");
        concept.putArray("coding").addObject().put("system", STAGES).put("code", code).put("display", display);
        concept.put("text", display);
        quantity(component, BigDecimal.valueOf(minutes), "min", "min");
    }

    private ObjectNode painSeverity(String userId, PainEntry rating) {
        ObjectNode observation = observation(rating.id, userId, "72514-3",
                "Pain severity - 0-10 verbal numeric rating [Score] - Reported");
        observation.put("effectiveDateTime", DATE_TIME.format(rating.localRecordedAt()));
        quantity(observation, BigDecimal.valueOf(rating.intensity), "{score}", "score");
        observation.putObject("bodySite").put("text", rating.location.name().replace('_', ' ').toLowerCase(Locale.ROOT));
        return observation;
    }

    private ObjectNode observation(UUID id, String userId, String loinc, String display) {
        ObjectNode observation = json.createObjectNode();
        observation.put("resourceType", "Observation");
        observation.put("id", id.toString());
        observation.put("status", "final");
        ObjectNode category = observation.putArray("category").addObject();
        ObjectNode categoryCoding = category.putArray("coding").addObject();
        categoryCoding.put("system", "http://terminology.hl7.org/CodeSystem/observation-category");
        categoryCoding.put("code", "survey");
        categoryCoding.put("display", "Survey");
        ObjectNode code = observation.putObject("code");
        ObjectNode coding = code.putArray("coding").addObject();
        coding.put("system", LOINC);
        coding.put("code", loinc);
        coding.put("display", display);
        code.put("text", display);
        ObjectNode subject = observation.putObject("subject");
        subject.putObject("identifier").put("system", USERS).put("value", userId);
        return observation;
    }

    private static void quantity(ObjectNode observation, BigDecimal value, String ucum, String unit) {
        ObjectNode quantity = observation.putObject("valueQuantity");
        quantity.put("value", value);
        quantity.put("unit", unit);
        quantity.put("system", UCUM);
        quantity.put("code", ucum);
    }
}
