package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class HoldResourceTests {

    private static final String HOLDS = "/api/v1/bookings/holds";

    @Inject
    EntityManager entityManager;

    @Test
    void aHoldKeepsTheSlotForItsPersonUntilTheyBookIt() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String alice = Fixtures.user();
        Map<String, Object> slot = Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "10:00"), 60);
        String holdId = hold(alice, slot).then().statusCode(201)
                .body("status", equalTo("HELD"))
                .body("start", equalTo(BookingResourceTests.iso(practice.at(10, "10:00"))))
                .extract().path("id");
        OffsetDateTime expiresAt = OffsetDateTime.parse(given().auth().oauth2(alice).when().get(HOLDS + "/" + holdId)
                .then().statusCode(200).extract().path("expiresAt"));
        Duration left = Duration.between(OffsetDateTime.now(), expiresAt);
        assertTrue(left.compareTo(Duration.ofMinutes(9)) > 0 && left.compareTo(Duration.ofMinutes(10)) <= 0, left.toString());

        assertTrue(!openStarts(practice, 10).contains("10:00"), "a held slot is not open");
        Fixtures.book(Fixtures.user(), slot).then().statusCode(409);
        hold(Fixtures.user(), slot).then().statusCode(409);
        hold(alice, slot).then().statusCode(200).body("id", equalTo(holdId)); // a retry

        given().auth().oauth2(alice).when().get("/api/v1/bookings").then().body("total", equalTo(0));
        given().auth().oauth2(alice).when().get("/api/v1/bookings/" + holdId).then().statusCode(404);
        Fixtures.book(alice, slot).then().statusCode(201).body("id", equalTo(holdId)).body("status", equalTo("BOOKED"));
        given().auth().oauth2(alice).when().get(HOLDS + "/" + holdId).then().statusCode(404);
        given().auth().oauth2(alice).when().get("/api/v1/bookings").then().body("items.id", equalTo(List.of(holdId)));
    }

    @Test
    void anExpiredHoldGivesItsSlotToWhoeverComesNext() {
        Practice practice = Fixtures.practice("Europe/London", 10, "SWEDISH");
        String alice = Fixtures.user();
        Map<String, Object> slot = Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(11, "12:00"), 60);
        String holdId = hold(alice, slot).then().statusCode(201).extract().path("id");
        QuarkusTransaction.requiringNew().run(() -> entityManager
                .createNativeQuery("update booking set expires_at = now() - interval '1 minute' where id = cast(:id as uuid)")
                .setParameter("id", holdId).executeUpdate());

        given().auth().oauth2(alice).when().get(HOLDS + "/" + holdId).then().statusCode(200).body("status", equalTo("EXPIRED"));
        assertTrue(openStarts(practice, 11).contains("12:00"), "an expired hold's slot is open again");
        Fixtures.book(Fixtures.user(), slot).then().statusCode(201);
        Fixtures.book(alice, slot).then().statusCode(409);
    }

    @Test
    void aReleasedHoldFreesTheSlotAtOnceAndOnlyItsPersonSeesIt() {
        Practice practice = Fixtures.practice("Europe/Berlin", 10, "SWEDISH");
        String alice = Fixtures.user();
        String bob = Fixtures.user();
        Map<String, Object> slot = Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(12, "14:00"), 60);
        String holdId = hold(alice, slot).then().statusCode(201).extract().path("id");
        given().auth().oauth2(bob).when().get(HOLDS + "/" + holdId).then().statusCode(404);
        given().auth().oauth2(bob).when().delete(HOLDS + "/" + holdId).then().statusCode(404);
        given().auth().oauth2(alice).when().delete(HOLDS + "/" + holdId).then().statusCode(204);
        given().auth().oauth2(alice).when().delete(HOLDS + "/" + holdId).then().statusCode(204);
        Fixtures.book(bob, slot).then().statusCode(201);
    }

    @Test
    void nobodyHoldsMoreThanThreeSlotsAtOnce() {
        Practice practice = Fixtures.practice("America/New_York", 0, "SWEDISH");
        String hoarder = Fixtures.user();
        for (int day : List.of(10, 11, 12)) { // one slot per clinic and day (BookingLimits)
            hold(hoarder, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(day, "09:00"), 60)).then().statusCode(201);
        }
        hold(hoarder, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(13, "12:00"), 60))
                .then().statusCode(409).body("detail", org.hamcrest.Matchers.containsString("3 slots"));
        hold(hoarder, Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "12:10"), 60))
                .then().statusCode(422);
        given().auth().oauth2(hoarder).contentType(ContentType.JSON).body(Map.of("sessionType", "SWEDISH"))
                .when().post(HOLDS).then().statusCode(400);
        given().contentType(ContentType.JSON).body(Fixtures.bookingBody(practice.therapist(), "SWEDISH", practice.at(10, "15:00"), 60))
                .when().post(HOLDS).then().statusCode(401);
    }

    private static Response hold(String token, Map<String, Object> slot) {
        return given().auth().oauth2(token).contentType(ContentType.JSON).body(slot).when().post(HOLDS);
    }

    /** The open SWEDISH starts ("HH:mm") of the practice's therapist on the day {@code daysAhead} from today. */
    private static List<String> openStarts(Practice practice, int daysAhead) {
        String day = practice.at(daysAhead, "00:00").toLocalDate().toString();
        List<String> starts = given().queryParam("sessionType", "SWEDISH").queryParam("therapistId", practice.therapist())
                .queryParam("from", day).queryParam("to", day).queryParam("size", 100)
                .when().get("/api/v1/availability").then().statusCode(200).extract().path("items.start");
        assertEquals(false, starts.isEmpty(), day);
        return starts.stream().map(start -> start.substring(11, 16)).toList();
    }
}
