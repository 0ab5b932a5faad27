package io.restwell.journal;

import static io.restassured.RestAssured.given;

import java.util.List;
import java.util.UUID;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.restwell.local.DevTokens;

/** Test helpers: a fresh person and well-formed entries, posted through the real API. */
public final class JournalApi {

    private JournalApi() {
    }

    public static String newUser() {
        return "user-" + UUID.randomUUID();
    }

    public static RequestSpecification as(String user) {
        return given().auth().oauth2(DevTokens.issue(user, List.of("user"))).contentType(ContentType.JSON);
    }

    /** A night in Berlin winter time: bed at 23:00 the evening of {@code night}, up at 07:00. */
    public static String night(String night, int latency, int waso, int quality) {
        String next = java.time.LocalDate.parse(night).plusDays(1).toString();
        return """
                {"night":"%s","bedtime":"%sT23:00:00+01:00","wakeTime":"%sT07:00:00+01:00",
                 "sleepLatencyMinutes":%d,"awakenings":2,"wakeAfterSleepOnsetMinutes":%d,"quality":%d,
                 "notes":"lower back ached"}""".formatted(night, night, next, latency, waso, quality);
    }

    /** The same night as {@link #night} from a syncing device: its own record id and version. */
    public static String synced(String night, int latency, int quality, String clientRecordId, long version) {
        return night(night, latency, 10, quality).replace("}", ",\"clientRecordId\":\"%s\",\"clientRecordVersion\":%d}"
                .formatted(clientRecordId, version));
    }

    /** A nap on the afternoon of {@code day}: 14:00 to 14:40, Berlin winter time. */
    public static String nap(String day) {
        return """
                {"night":"%s","bedtime":"%sT14:00:00+01:00","wakeTime":"%sT14:40:00+01:00","kind":"NAP",
                 "sleepLatencyMinutes":5,"awakenings":0,"wakeAfterSleepOnsetMinutes":0,"quality":4}""".formatted(day, day, day);
    }

    public static String pain(String recordedAt, int intensity, String location, String character) {
        return """
                {"recordedAt":"%s","intensity":%d,"location":"%s","character":"%s",
                 "chronic":true,"stressRelated":false,"disturbedSleep":true}""".formatted(recordedAt, intensity, location,
                character);
    }

    public static String createNight(String user, String night, int latency, int waso, int quality) {
        return as(user).body(night(night, latency, waso, quality)).post("/api/v1/journal/sleep-entries")
                .then().statusCode(201).extract().path("id");
    }

    public static String createPain(String user, String recordedAt, int intensity, String location, String character) {
        return as(user).body(pain(recordedAt, intensity, location, character)).post("/api/v1/journal/pain-entries")
                .then().statusCode(201).extract().path("id");
    }
}
