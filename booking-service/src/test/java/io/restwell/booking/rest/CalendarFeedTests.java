package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Test;

import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restwell.booking.Fixtures;
import io.restwell.booking.Fixtures.Practice;
import io.restwell.booking.ParsedCalendar;
import io.restwell.local.testing.RestwellInfrastructure;

/** Private iCalendar feeds of a clinic's bookings, read as a calendar app does: without a key, parsed by ical4j. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class CalendarFeedTests {

    private static final String FEEDS = "/api/v1/partner/calendar-feeds";
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    @Inject
    EntityManager entityManager;

    @Test
    void aTherapistsFeedShowsAppAndFrontDeskBookingsAndUpdatesThemInPlace() {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        String person = Fixtures.user();
        Map<String, Object> appBody = Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(6, "10:00"), 60);
        appBody.put("notes", "lower back pain since May");
        String app = Fixtures.book(person, appBody).then().statusCode(201).extract().path("id");
        String desk = Fixtures.partner(key).contentType(ContentType.JSON).header("Idempotency-Key", UUID.randomUUID().toString())
                .body(Map.of("therapistId", practice.therapist().toString(), "sessionType", "DEEP_TISSUE",
                        "start", practice.at(6, "14:00").toString(), "notes", "knee surgery follow-up",
                        "client", Map.of("name", "Jana Novak", "email", "jana@example.com", "phone", "+49 30 1234567")))
                .when().post("/api/v1/partner/bookings").then().statusCode(201).extract().path("id");

        String url = Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("therapistId", practice.therapist().toString()))
                .when().post(FEEDS).then().statusCode(201).header("Location", containsString(FEEDS + "/"))
                .body("therapistId", equalTo(practice.therapist().toString()))
                .body("url", startsWith("http")).body("url", containsString("/api/v1/calendar-feeds/rw_cal_"))
                .extract().path("url");

        String text = read(url);
        ParsedCalendar feed = ParsedCalendar.parse(text);
        assertEquals(2, feed.events().size(), text);
        VEvent appEvent = feed.byUid().get(app + "@bookings.restwell.dev");
        VEvent deskEvent = feed.byUid().get(desk + "@bookings.restwell.dev");
        assertEquals(UTC.format(practice.at(6, "10:00")), ParsedCalendar.value(appEvent, Property.DTSTART));
        assertEquals(UTC.format(practice.at(6, "11:00")), ParsedCalendar.value(appEvent, Property.DTEND));
        assertEquals("CONFIRMED", ParsedCalendar.value(appEvent, Property.STATUS));
        assertEquals("CONFIRMED", ParsedCalendar.value(deskEvent, Property.STATUS));
        assertTrue(ParsedCalendar.value(appEvent, Property.DESCRIPTION).contains("cus_"), "the clinic's customer id");
        for (String secret : List.of("back pain", "knee", "Jana", "jana@example.com", "1234567", person)) {
            assertFalse(text.contains(secret), "no notes, client details or user ids in a feed: " + secret);
        }
        long sequence = Long.parseLong(ParsedCalendar.value(appEvent, Property.SEQUENCE));

        // the person moves the booking: same event, later time, higher sequence
        given().auth().oauth2(person).contentType(ContentType.JSON).body(Map.of("start", practice.at(6, "16:00").toString()))
                .when().post("/api/v1/bookings/" + app + "/reschedule").then().statusCode(200);
        VEvent moved = ParsedCalendar.parse(read(url)).byUid().get(app + "@bookings.restwell.dev");
        assertEquals(UTC.format(practice.at(6, "16:00")), ParsedCalendar.value(moved, Property.DTSTART));
        assertTrue(Long.parseLong(ParsedCalendar.value(moved, Property.SEQUENCE)) > sequence, "SEQUENCE grows with a reschedule");

        // and cancels it: still there, cancelled, higher again
        given().auth().oauth2(person).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/bookings/" + app + "/cancel").then().statusCode(200);
        VEvent cancelled = ParsedCalendar.parse(read(url)).byUid().get(app + "@bookings.restwell.dev");
        assertEquals("CANCELLED", ParsedCalendar.value(cancelled, Property.STATUS));
        assertTrue(Long.parseLong(ParsedCalendar.value(cancelled, Property.SEQUENCE))
                > Long.parseLong(ParsedCalendar.value(moved, Property.SEQUENCE)));
    }

    @Test
    void theClinicsFeedHasEveryTherapistAndOtherClinicsBookingsNever() {
        Practice practice = Fixtures.practice("America/New_York", 0, "DEEP_TISSUE");
        UUID second = Fixtures.therapist(practice.clinic(), "DEEP_TISSUE");
        Fixtures.schedule(practice.clinic(), second, 0, Fixtures.everyDay("08:00", "20:00"));
        Practice other = Fixtures.practice("America/New_York", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        String one = Fixtures.book(Fixtures.user(), Fixtures.bookingBody(practice.therapist(), "DEEP_TISSUE", practice.at(5, "09:00"), 60))
                .then().statusCode(201).extract().path("id");
        String two = Fixtures.book(Fixtures.user(), Fixtures.bookingBody(second, "DEEP_TISSUE", practice.at(5, "09:00"), 60))
                .then().statusCode(201).extract().path("id");
        String elsewhere = Fixtures.book(Fixtures.user(), Fixtures.bookingBody(other.therapist(), "DEEP_TISSUE", other.at(5, "09:00"), 60))
                .then().statusCode(201).extract().path("id");

        String url = Fixtures.partner(key).contentType(ContentType.JSON).body("{}").when().post(FEEDS)
                .then().statusCode(201).body("therapistId", nullValue()).extract().path("url");
        var uids = ParsedCalendar.parse(read(url)).byUid().keySet();
        assertEquals(java.util.Set.of(one + "@bookings.restwell.dev", two + "@bookings.restwell.dev"), uids);
        assertFalse(uids.contains(elsewhere + "@bookings.restwell.dev"));
        Fixtures.partner(key).when().get(FEEDS).then().statusCode(200).body("items", hasSize(1))
                .body("items[0].therapistId", nullValue()).body("items[0].url", nullValue());
    }

    @Test
    void aRotatedOrDeletedSecretAnswers404AndOnlyItsHashIsStored() {
        Practice practice = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        Practice other = Fixtures.practice("Europe/Berlin", 0, "DEEP_TISSUE");
        String key = Fixtures.apiKey(practice.clinic());
        String otherKey = Fixtures.apiKey(other.clinic());
        var issued = Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("therapistId", practice.therapist().toString()))
                .when().post(FEEDS).then().statusCode(201).extract();
        String id = issued.path("id");
        String url = issued.path("url");
        String secret = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        String stored = QuarkusTransaction.requiringNew().call(() -> (String) entityManager.createNativeQuery(
                "select concat_ws('|', secret_prefix, secret_hash) from calendar_feed where id = cast(:id as uuid)")
                .setParameter("id", id).getSingleResult());
        assertFalse(stored.contains(secret), "only a prefix and a hash: " + stored);

        // one feed per therapist; another clinic's therapist, and another clinic's feed, are not this key's
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("therapistId", practice.therapist().toString()))
                .when().post(FEEDS).then().statusCode(409).body("detail", containsString(id));
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("therapistId", other.therapist().toString()))
                .when().post(FEEDS).then().statusCode(422).body("errors[0].field", equalTo("therapistId"));
        Fixtures.partner(key).contentType(ContentType.JSON).body("{\"therapistId\": \"not-a-uuid\"}")
                .when().post(FEEDS).then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("therapistId"));
        Fixtures.partner(key).contentType(ContentType.JSON).body(Map.of("therapistId", UUID.randomUUID().toString()))
                .when().post(FEEDS).then().statusCode(422).body("errors[0].field", equalTo("therapistId"));
        Fixtures.partner(otherKey).when().get(FEEDS + "/" + id).then().statusCode(404);
        Fixtures.partner(otherKey).when().post(FEEDS + "/" + id + "/secret").then().statusCode(404);
        given().when().get(FEEDS).then().statusCode(401);

        // wrong secrets, of the right shape or not, answer like a rotated one
        String path = URI.create(url).getPath();
        String wrong = path.substring(0, path.length() - 10) + (path.charAt(path.length() - 10) == 'a' ? "b" : "a") + path.substring(path.length() - 9);
        for (String probe : List.of(wrong, path.replace(".ics", ""), "/api/v1/calendar-feeds/x.ics", "/api/v1/calendar-feeds/" + ".ics")) {
            given().when().get(probe).then().statusCode(404).contentType("application/problem+json");
        }

        String rotated = Fixtures.partner(key).when().post(FEEDS + "/" + id + "/secret").then().statusCode(200)
                .body("id", equalTo(id)).extract().path("url");
        assertNotEquals(url, rotated);
        given().when().get(path).then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("No such calendar feed: the URL is wrong, or its secret was rotated."));
        ParsedCalendar.parse(read(rotated));

        Fixtures.partner(key).when().delete(FEEDS + "/" + id).then().statusCode(204);
        given().when().get(URI.create(rotated).getPath()).then().statusCode(404);
        Fixtures.partner(key).when().get(FEEDS + "/" + id).then().statusCode(404);
    }

    /** Reads a feed as a calendar app does: no key, no token. */
    private static String read(String url) {
        var response = given().when().get(URI.create(url).getPath()).then().statusCode(200)
                .contentType(containsString("text/calendar")).extract();
        assertNull(response.header("Set-Cookie"));
        return response.asString();
    }
}
