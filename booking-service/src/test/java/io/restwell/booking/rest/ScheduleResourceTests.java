package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restwell.booking.Fixtures;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class ScheduleResourceTests {

    @Test
    void anAdminReplacesAndReadsWeeklyHoursInTheClinicsTimeZone() {
        UUID clinic = Fixtures.clinic("America/New_York");
        UUID therapist = Fixtures.therapist(clinic, "SWEDISH");
        String path = "/api/v1/clinics/" + clinic + "/therapists/" + therapist + "/schedule";
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("bufferMinutes", 15, "weeklyHours", List.of(
                        Map.of("day", "WEDNESDAY", "start", "14:00", "end", "18:00"),
                        Map.of("day", "MONDAY", "start", "09:00", "end", "12:30"),
                        Map.of("day", "MONDAY", "start", "13:30", "end", "17:00"))))
                .when().put(path)
                .then().statusCode(200)
                .body("timeZone", equalTo("America/New_York"))
                .body("bufferMinutes", equalTo(15))
                .body("weeklyHours.day", equalTo(List.of("MONDAY", "MONDAY", "WEDNESDAY")))
                .body("weeklyHours.start", equalTo(List.of("09:00", "13:30", "14:00")));
        given().auth().oauth2(Fixtures.ADMIN).when().get(path)
                .then().statusCode(200)
                .body("weeklyHours", hasSize(3))
                .body("weeklyHours[2].end", equalTo("18:00"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("bufferMinutes", 0, "weeklyHours", List.of()))
                .when().put(path)
                .then().statusCode(200).body("weeklyHours", hasSize(0));
    }

    @Test
    void windowsThatEndBeforeTheyStartOrOverlapAreRefused() {
        UUID clinic = Fixtures.clinic("Europe/Berlin");
        UUID therapist = Fixtures.therapist(clinic, "SWEDISH");
        String path = "/api/v1/clinics/" + clinic + "/therapists/" + therapist + "/schedule";
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("bufferMinutes", 10, "weeklyHours", List.of(
                        Map.of("day", "MONDAY", "start", "09:00", "end", "12:00"),
                        Map.of("day", "MONDAY", "start", "11:00", "end", "13:00"),
                        Map.of("day", "TUESDAY", "start", "18:00", "end", "08:00"))))
                .when().put(path)
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("weeklyHours[1]", "weeklyHours[2].end")));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("bufferMinutes", 10, "weeklyHours", List.of(Map.of("day", "FUNDAY", "start", "09:00", "end", "12:00"))))
                .when().put(path)
                .then().statusCode(400)
                .body("type", equalTo("https://restwell.dev/problems/malformed-request"))
                .body("errors[0].field", equalTo("weeklyHours[0].day"))
                .body("errors[0].message", containsString("MONDAY"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("bufferMinutes", 10, "weeklyHours", List.of(Map.of("day", "MONDAY", "start", "25:00", "end", "10:00"))))
                .when().put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("weeklyHours[0].start"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("bufferMinutes", 500, "weeklyHours", List.of()))
                .when().put(path)
                .then().statusCode(400).body("errors[0].field", equalTo("bufferMinutes"));
        given().auth().oauth2(Fixtures.user()).when().get(path).then().statusCode(403);
    }

    @Test
    void exceptionsAreAddedListedAndRemoved() {
        UUID clinic = Fixtures.clinic("Europe/London");
        UUID therapist = Fixtures.therapist(clinic, "SWEDISH");
        String path = "/api/v1/clinics/" + clinic + "/therapists/" + therapist + "/schedule/exceptions";
        String dayOff = given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("date", "2030-12-24", "kind", "DAY_OFF", "note", "Christmas Eve"))
                .when().post(path)
                .then().statusCode(201).body("kind", equalTo("DAY_OFF")).extract().path("id");
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("date", "2030-12-28", "kind", "EXTRA_HOURS", "start", "10:00", "end", "14:00"))
                .when().post(path)
                .then().statusCode(201).body("start", equalTo("10:00"));
        given().auth().oauth2(Fixtures.ADMIN).queryParam("from", "2030-12-01").queryParam("to", "2030-12-31").when().get(path)
                .then().statusCode(200).body("date", equalTo(List.of("2030-12-24", "2030-12-28")));
        given().auth().oauth2(Fixtures.ADMIN).when().delete(path + "/" + dayOff).then().statusCode(204);
        given().auth().oauth2(Fixtures.ADMIN).when().delete(path + "/" + dayOff).then().statusCode(404);
        given().auth().oauth2(Fixtures.ADMIN).when().get(path).then().statusCode(200).body("kind", equalTo(List.of("EXTRA_HOURS")));

        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("date", "2030-12-24", "kind", "DAY_OFF", "start", "10:00", "end", "11:00"))
                .when().post(path).then().statusCode(422).body("errors[0].field", equalTo("start"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("date", "2030-12-24", "kind", "TIME_OFF", "start", "10:00"))
                .when().post(path).then().statusCode(422).body("errors[0].field", equalTo("end"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("date", "2030-12-24", "kind", "TIME_OFF", "start", "12:00", "end", "11:00"))
                .when().post(path).then().statusCode(422).body("errors[0].field", equalTo("end"));
    }
}
