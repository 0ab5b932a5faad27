package io.restwell.recommendation.mapping;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restwell.recommendation.domain.TherapistBrief;

/**
 * The therapist brief as a FHIR R4 QuestionnaireResponse ("a FHIR form"), written as JSON directly like booking-service's
 * FHIR views. Its subject is the booking's Appointment (booking-service's {@code /api/v1/partner/fhir/Appointment/{id}},
 * which names the person by the clinic's customer id). Groups repeat per night, rating, place, flag and session type;
 * a group with nothing in it is left out. Checked against HAPI FHIR's R4 validator in the tests.
 */
public final class BriefFhir {

    public static final String BRIEF_IDS = "https://restwell.dev/fhir/therapist-brief";
    static final String CODES = "https://restwell.dev/fhir/CodeSystem/";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private BriefFhir() {
    }

    public static ObjectNode questionnaireResponse(UUID bookingId, OffsetDateTime generatedAt, TherapistBrief.Digest digest) {
        ObjectNode resource = NODES.objectNode();
        resource.put("resourceType", "QuestionnaireResponse");
        resource.put("id", bookingId.toString());
        resource.putObject("meta").put("lastUpdated", dateTime(generatedAt.withOffsetSameInstant(ZoneOffset.UTC)));
        ObjectNode identifier = resource.putObject("identifier");
        identifier.put("system", BRIEF_IDS);
        identifier.put("value", bookingId.toString());
        resource.put("status", "completed");
        ObjectNode subject = resource.putObject("subject");
        subject.put("reference", "Appointment/" + bookingId);
        subject.put("display", "The booking this brief was shared for");
        resource.put("authored", dateTime(generatedAt.withOffsetSameInstant(ZoneOffset.UTC)));
        ArrayNode items = resource.putArray("item");

        group(items, "period", "The window: the last 14 nights, and pain rated from the first day to the last", period -> {
            answer(period, "period.from", "First day", date(digest.from()));
            answer(period, "period.to", "Last day (today)", date(digest.to()));
        });
        for (TherapistBrief.BriefNight night : digest.nights()) {
            group(items, "night", "Night of " + night.night(), n -> {
                answer(n, "night.date", "The evening the night began", date(night.night()));
                answer(n, "night.total-sleep", "Total sleep (minutes)", integer(night.totalSleepMinutes()));
                answer(n, "night.efficiency", "Sleep efficiency (%)", decimal(night.sleepEfficiency()));
                if (night.sleepLatencyMinutes() != null) {
                    answer(n, "night.latency", "Minutes to fall asleep", integer(night.sleepLatencyMinutes()));
                }
                if (night.quality() != null) {
                    answer(n, "night.quality", "Rated quality (1 very poor to 5 very good)", integer(night.quality()));
                }
            });
        }
        TherapistBrief.SleepTrend trend = digest.sleepTrend();
        group(items, "sleep-trend", "Sleep efficiency, the last 7 nights against the 7 before", t -> {
            answer(t, "sleep-trend.direction", "Direction", coding("sleep-trend", trend.direction().name()));
            answer(t, "sleep-trend.recent-nights", "Nights in the last 7 days", integer(trend.recentNights()));
            if (trend.recentMeanEfficiency() != null) {
                answer(t, "sleep-trend.recent-mean", "Mean efficiency of the last 7 nights (%)", decimal(trend.recentMeanEfficiency()));
            }
            answer(t, "sleep-trend.earlier-nights", "Nights in the 7 days before", integer(trend.earlierNights()));
            if (trend.earlierMeanEfficiency() != null) {
                answer(t, "sleep-trend.earlier-mean", "Mean efficiency of the 7 nights before (%)", decimal(trend.earlierMeanEfficiency()));
            }
            if (trend.change() != null) {
                answer(t, "sleep-trend.change", "Change (points)", decimal(trend.change()));
            }
        });
        for (TherapistBrief.PainEntry pain : digest.pain()) {
            group(items, "pain", "Pain rated " + dateTime(pain.recordedAt()), p -> {
                answer(p, "pain.recorded-at", "Rated at", dateTimeValue(pain.recordedAt()));
                answer(p, "pain.intensity", "Intensity (0-10)", integer(pain.intensity()));
                answer(p, "pain.location", "Where", coding("pain-location", pain.location()));
                answer(p, "pain.character", "What kind", coding("pain-character", pain.character()));
            });
        }
        for (TherapistBrief.PainSite site : digest.painMap()) {
            group(items, "pain-map", "Pain map: " + site.location(), s -> {
                answer(s, "pain-map.location", "Where", coding("pain-location", site.location()));
                answer(s, "pain-map.ratings", "Ratings", integer(site.ratings()));
                answer(s, "pain-map.highest", "Strongest (0-10)", integer(site.highestIntensity()));
                answer(s, "pain-map.mean", "Mean (0-10)", decimal(site.meanIntensity()));
                answers(s, "pain-map.characters", "What kind, the most frequent first",
                        site.characters().stream().map(character -> coding("pain-character", character)).toList());
            });
        }
        for (TherapistBrief.FlagAnswer flag : digest.redFlags()) {
            group(items, "red-flag", "Red flag answered yes: " + flag.flag(), f -> {
                answer(f, "red-flag.flag", "Red flag", coding("red-flag", flag.flag()));
                answer(f, "red-flag.urgency", "Seek care (NOW: emergency department; TODAY: a doctor today)",
                        coding("red-flag-urgency", flag.urgency().name()));
                answer(f, "red-flag.last-yes", "Last answered yes", dateTimeValue(flag.lastAnsweredYes()));
            });
        }
        for (TherapistBrief.PastSessions past : digest.whatHelpedBefore()) {
            group(items, "helped-before", "What helped before: " + past.sessionType(), h -> {
                answer(h, "helped-before.session-type", "Session type", coding("session-type", past.sessionType()));
                answer(h, "helped-before.sessions", "Completed sessions", integer(past.sessions()));
                if (past.averageEfficiencyChange() != null) {
                    answer(h, "helped-before.efficiency-change", "Average change in sleep efficiency (points)",
                            decimal(past.averageEfficiencyChange()));
                }
                if (past.averagePainChange() != null) {
                    answer(h, "helped-before.pain-change", "Average change in pain (0-10; negative is better)",
                            decimal(past.averagePainChange()));
                }
            });
        }
        return resource;
    }

    private static void group(ArrayNode items, String linkId, String text, Consumer<ArrayNode> fill) {
        ObjectNode group = NODES.objectNode();
        group.put("linkId", linkId);
        group.put("text", text);
        ArrayNode children = NODES.arrayNode();
        fill.accept(children);
        if (!children.isEmpty()) {
            group.set("item", children);
            items.add(group);
        }
    }

    private static void answer(ArrayNode items, String linkId, String text, ObjectNode value) {
        answers(items, linkId, text, List.of(value));
    }

    private static void answers(ArrayNode items, String linkId, String text, List<ObjectNode> values) {
        if (values.isEmpty()) {
            return;
        }
        ObjectNode item = items.addObject();
        item.put("linkId", linkId);
        item.put("text", text);
        ArrayNode answers = item.putArray("answer");
        values.forEach(answers::add);
    }

    private static ObjectNode integer(int value) {
        return NODES.objectNode().put("valueInteger", value);
    }

    private static ObjectNode decimal(BigDecimal value) {
        return NODES.objectNode().put("valueDecimal", value);
    }

    private static ObjectNode date(LocalDate value) {
        return NODES.objectNode().put("valueDate", value.toString());
    }

    private static ObjectNode dateTimeValue(OffsetDateTime value) {
        return NODES.objectNode().put("valueDateTime", dateTime(value));
    }

    private static String dateTime(OffsetDateTime value) {
        return DATE_TIME.format(value.truncatedTo(ChronoUnit.SECONDS));
    }

    private static ObjectNode coding(String codeSystem, String code) {
        ObjectNode answer = NODES.objectNode();
        ObjectNode coding = answer.putObject("valueCoding");
        coding.put("system", CODES + codeSystem);
        coding.put("code", code);
        return answer;
    }
}
