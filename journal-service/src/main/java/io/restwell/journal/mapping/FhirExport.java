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

/**
 * The journal as a FHIR R4 {@code Bundle} (type collection) of {@code Observation}s a clinician's
 * system can import: pain severity (LOINC 72514-3, 0–10 score) and sleep duration (LOINC 93832-4, minutes).
 */
public final class FhirExport {

    /** FHIR dateTime needs the seconds, which OffsetDateTime.toString leaves out when they are zero. */
    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    static final String LOINC = "http://loinc.org";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String USERS = "https://restwell.dev/fhir/user-id";

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
        return observation;
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
