package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
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
class AvailabilityResourceTests {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void slotsFollowTheScheduleInTheClinicsZoneWithTheDefaultLength() {
        UUID clinic = Fixtures.clinic("Europe/Berlin");
        UUID therapist = Fixtures.therapist(clinic, "DEEP_TISSUE");
        Fixtures.schedule(clinic, therapist, 10, Fixtures.everyDay("09:00", "12:00"));
        LocalDate day = LocalDate.now(BERLIN).plusDays(10);

        given().queryParam("sessionType", "DEEP_TISSUE").queryParam("therapistId", therapist)
                .queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/availability")
                .then().statusCode(200)
                // the last session ends at 12:00; its buffer may run past closing time
                .body("total", equalTo(5))
                .body("items.start", equalTo(List.of(local(day, "09:00"), local(day, "09:30"), local(day, "10:00"),
                        local(day, "10:30"), local(day, "11:00"))))
                .body("items[0].end", equalTo(local(day, "10:00")))
                .body("items.durationMinutes", everyItem(equalTo(60)))
                .body("items.clinicId", everyItem(equalTo(clinic.toString())))
                .body("items.sessionType", everyItem(equalTo("DEEP_TISSUE")));
    }

    @Test
    void theLengthDecidesHowManySlotsFit() {
        UUID clinic = Fixtures.clinic("Europe/Berlin");
        UUID therapist = Fixtures.therapist(clinic, "SWEDISH");
        Fixtures.schedule(clinic, therapist, 0, Fixtures.everyDay("09:00", "12:00"));
        String day = LocalDate.now(BERLIN).plusDays(9).toString();
        given().queryParam("sessionType", "SWEDISH").queryParam("therapistId", therapist)
                .queryParam("from", day).queryParam("to", day).queryParam("durationMinutes", 90)
                .when().get("/api/v1/availability")
                .then().statusCode(200).body("total", equalTo(4));
        given().queryParam("sessionType", "SWEDISH").queryParam("therapistId", therapist)
                .queryParam("from", day).queryParam("to", day).queryParam("durationMinutes", 30)
                .when().get("/api/v1/availability")
                .then().statusCode(200).body("total", equalTo(6));
        given().queryParam("sessionType", "SWEDISH").queryParam("therapistId", therapist)
                .queryParam("from", day).queryParam("to", day).queryParam("durationMinutes", 45)
                .when().get("/api/v1/availability")
                .then().statusCode(422).body("errors[0].field", equalTo("durationMinutes"));
    }

    @Test
    void exceptionsTakeAndGiveSlots() {
        UUID clinic = Fixtures.clinic("Europe/London");
        UUID therapist = Fixtures.therapist(clinic, "TRIGGER_POINT");
        Fixtures.schedule(clinic, therapist, 0, Fixtures.everyDay("09:00", "11:00"));
        LocalDate off = LocalDate.now(ZoneOffset.UTC).plusDays(12);
        LocalDate extra = off.plusDays(1);
        String exceptions = "/api/v1/clinics/" + clinic + "/therapists/" + therapist + "/schedule/exceptions";
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("date", off.toString(), "kind", "DAY_OFF")).when().post(exceptions).then().statusCode(201);
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("date", extra.toString(), "kind", "EXTRA_HOURS", "start", "15:00", "end", "16:00"))
                .when().post(exceptions).then().statusCode(201);
        given().queryParam("sessionType", "TRIGGER_POINT").queryParam("therapistId", therapist)
                .queryParam("from", off.toString()).queryParam("to", extra.toString())
                .when().get("/api/v1/availability")
                .then().statusCode(200)
                .body("items.start", equalTo(List.of(
                        local(extra, "09:00", ZoneId.of("Europe/London")), local(extra, "09:30", ZoneId.of("Europe/London")),
                        local(extra, "10:00", ZoneId.of("Europe/London")), local(extra, "15:00", ZoneId.of("Europe/London")))));
    }

    @Test
    void openingTimeStaysAtNineLocalAcrossTheNextDaylightSavingChange() {
        for (String zoneName : List.of("Europe/Berlin", "America/New_York")) {
            ZoneId zone = ZoneId.of(zoneName);
            LocalDate change = zone.getRules().nextTransition(Instant.now().plusSeconds(3 * 86_400))
                    .getDateTimeAfter().toLocalDate();
            UUID clinic = Fixtures.clinic(zoneName);
            UUID therapist = Fixtures.therapist(clinic, "DEEP_TISSUE");
            Fixtures.schedule(clinic, therapist, 0, Fixtures.everyDay("09:00", "10:00"));
            List<String> starts = given().queryParam("sessionType", "DEEP_TISSUE").queryParam("therapistId", therapist)
                    .queryParam("from", change.minusDays(1).toString()).queryParam("to", change.plusDays(1).toString())
                    .when().get("/api/v1/availability")
                    .then().statusCode(200).extract().path("items.start");
            assertStartsAtNine(starts, List.of(change.minusDays(1), change, change.plusDays(1)), zone);
        }
    }

    @Test
    void searchesAcrossAClinicArePagedAndSortedByStart() {
        UUID clinic = Fixtures.clinic("Europe/Berlin");
        UUID early = Fixtures.therapist(clinic, "SWEDISH");
        UUID late = Fixtures.therapist(clinic, "SWEDISH", "DEEP_TISSUE");
        UUID other = Fixtures.therapist(clinic, "DEEP_TISSUE");
        Fixtures.schedule(clinic, early, 0, Fixtures.everyDay("09:00", "10:00"));
        Fixtures.schedule(clinic, late, 0, Fixtures.everyDay("09:30", "11:00"));
        Fixtures.schedule(clinic, other, 0, Fixtures.everyDay("08:00", "12:00"));
        LocalDate day = LocalDate.now(BERLIN).plusDays(14);
        given().queryParam("sessionType", "SWEDISH").queryParam("clinicId", clinic)
                .queryParam("from", day.toString()).queryParam("to", day.toString()).queryParam("size", 2).queryParam("page", 1)
                .when().get("/api/v1/availability")
                .then().statusCode(200)
                .body("total", equalTo(3)) // early at 09:00, late at 09:30 and 10:00; other gives no Swedish
                .body("page", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].start", equalTo(local(day, "10:00")))
                .body("items[0].therapistId", equalTo(late.toString()));
        given().queryParam("sessionType", "SWEDISH").queryParam("clinicId", clinic)
                .queryParam("from", day.toString()).queryParam("to", day.toString())
                .when().get("/api/v1/availability")
                .then().statusCode(200)
                .body("items.therapistId", equalTo(List.of(early.toString(), late.toString(), late.toString())));
    }

    @Test
    void theSeedOffersSlotsInTheComingWeekAndNothingTooSoon() {
        List<String> starts = given().queryParam("sessionType", "DEEP_TISSUE").queryParam("size", 100)
                .when().get("/api/v1/availability")
                .then().statusCode(200)
                .body("total", greaterThan(0))
                .extract().path("items.start");
        Instant notice = Instant.now().plusSeconds(3600 - 60);
        starts.forEach(start -> org.junit.jupiter.api.Assertions.assertTrue(
                OffsetDateTime.parse(start).toInstant().isAfter(notice), start + " is within the notice period"));
    }

    @Test
    void badSearchesAreExplained() {
        given().when().get("/api/v1/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("sessionType"));
        given().queryParam("sessionType", "REIKI").when().get("/api/v1/availability")
                .then().statusCode(422).body("errors[0].field", equalTo("sessionType"));
        given().queryParam("sessionType", "SWEDISH").queryParam("from", "tomorrow").when().get("/api/v1/availability")
                .then().statusCode(400).body("type", equalTo("https://restwell.dev/problems/malformed-request"))
                .body("errors[0].field", equalTo("from"));
        given().queryParam("sessionType", "SWEDISH").queryParam("from", "2030-01-01").queryParam("to", "2030-03-01")
                .when().get("/api/v1/availability")
                .then().statusCode(422).body("errors[0].field", equalTo("to"));
        given().queryParam("sessionType", "SWEDISH").queryParam("from", "2030-01-05").queryParam("to", "2030-01-01")
                .when().get("/api/v1/availability")
                .then().statusCode(422).body("errors[0].field", equalTo("to"));
        given().queryParam("sessionType", "SWEDISH").queryParam("clinicId", "nope").when().get("/api/v1/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("clinicId"));
        given().queryParam("sessionType", "SWEDISH").queryParam("clinicId", UUID.randomUUID()).when().get("/api/v1/availability")
                .then().statusCode(200).body("total", equalTo(0));
    }

    private static void assertStartsAtNine(List<String> starts, List<LocalDate> days, ZoneId zone) {
        org.junit.jupiter.api.Assertions.assertEquals(days.stream().map(day -> local(day, "09:00", zone)).toList(), starts);
    }

    static String local(LocalDate day, String time) {
        return local(day, time, BERLIN);
    }

    static String local(LocalDate day, String time, ZoneId zone) {
        return day.atTime(LocalTime.parse(time)).atZone(zone).toOffsetDateTime()
                .format(java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }
}
