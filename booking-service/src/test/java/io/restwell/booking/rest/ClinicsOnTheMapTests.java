package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;

import java.util.HashMap;
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

/** Clinics' places, currencies and own prices: set by an admin or the clinic, shown on the catalogue, charged on bookings. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class ClinicsOnTheMapTests {

    private static final String LONDON_CLINIC = "c0000000-0000-4000-8000-000000000002";
    private static final String NEW_YORK_CLINIC = "c0000000-0000-4000-8000-000000000003";

    @Test
    void aClinicHasAPlaceACurrencyAndThePricesItCharges() {
        Map<String, Object> body = new HashMap<>(Fixtures.clinicBody("Mapped " + UUID.randomUUID(), "Europe/Berlin"));
        body.put("location", Map.of("latitude", 52.5, "longitude", 13.4));
        String id = given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clinics")
                .then().statusCode(201)
                .body("location.latitude", equalTo(52.5f)).body("location.longitude", equalTo(13.4f))
                .body("currency", equalTo("EUR")) // the country's (DE)
                .body("prices.find { it.sessionType == 'DEEP_TISSUE' && it.minutes == 60 }.price.amount", equalTo("85.00"))
                .body("prices.price.currency", everyItem(equalTo("EUR")))
                .extract().path("id");

        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("prices", List.of(Map.of("sessionType", "DEEP_TISSUE", "minutes", 60, "amount", "92.50"))))
                .when().put("/api/v1/clinics/" + id + "/prices")
                .then().statusCode(200)
                .body("prices.find { it.sessionType == 'DEEP_TISSUE' && it.minutes == 60 }.price.amount", equalTo("92.50"))
                .body("prices.find { it.sessionType == 'DEEP_TISSUE' && it.minutes == 90 }.price.amount", equalTo("115.00"));
        given().when().get("/api/v1/clinics/" + id)
                .then().statusCode(200).body("prices.find { it.minutes == 60 && it.sessionType == 'DEEP_TISSUE' }.price.amount", equalTo("92.50"));

        body.remove("location");
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/clinics/" + id)
                .then().statusCode(200).body("location", nullValue());
    }

    @Test
    void aClinicInAnotherCurrencyOffersOnlyWhatItPricedAndBookingsChargeItsPrice() {
        Map<String, Object> body = new HashMap<>(Fixtures.clinicBody("London " + UUID.randomUUID(), "Europe/London"));
        body.put("address", Map.of("street", "1 Test Lane", "postalCode", "EC1M 5PS", "city", "London", "country", "GB"));
        UUID clinic = UUID.fromString(given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clinics")
                .then().statusCode(201).body("currency", equalTo("GBP")).body("prices.size()", equalTo(0))
                .extract().path("id"));
        UUID therapist = Fixtures.therapist(clinic, "DEEP_TISSUE");
        Fixtures.schedule(clinic, therapist, 10, Fixtures.everyDay("08:00", "20:00"));
        given().queryParam("sessionType", "DEEP_TISSUE").queryParam("clinicId", clinic.toString())
                .when().get("/api/v1/availability")
                .then().statusCode(200).body("total", equalTo(0)); // no price in pounds: not offered

        String key = Fixtures.apiKey(clinic);
        Fixtures.partner(key).contentType(ContentType.JSON)
                .body(Map.of("prices", List.of(Map.of("sessionType", "DEEP_TISSUE", "minutes", 60, "amount", "75"))))
                .when().put("/api/v1/partner/clinic/prices")
                .then().statusCode(200)
                .body("prices", equalTo(List.of(Map.of("sessionType", "DEEP_TISSUE", "minutes", 60,
                        "price", Map.of("amount", "75.00", "currency", "GBP")))));
        Fixtures.partner(key).when().get("/api/v1/partner/clinic").then().statusCode(200)
                .body("prices[0].price.amount", equalTo("75.00"));

        String start = given().queryParam("sessionType", "DEEP_TISSUE").queryParam("clinicId", clinic.toString())
                .when().get("/api/v1/availability")
                .then().statusCode(200)
                .body("items.price.currency", everyItem(equalTo("GBP")))
                .body("items.price.amount", everyItem(equalTo("75.00")))
                .body("items.timeZone", everyItem(equalTo("Europe/London")))
                .body("items.distanceKm", everyItem(nullValue()))
                .extract().path("items[0].start");
        given().queryParam("sessionType", "DEEP_TISSUE").queryParam("clinicId", clinic.toString())
                .queryParam("durationMinutes", 90).when().get("/api/v1/availability")
                .then().statusCode(200).body("total", equalTo(0));
        Fixtures.book(Fixtures.user(), Map.of("therapistId", therapist.toString(), "sessionType", "DEEP_TISSUE", "start", start))
                .then().statusCode(201)
                .body("price.amount", equalTo("75.00")).body("price.currency", equalTo("GBP"));
        Fixtures.book(Fixtures.user(), Map.of("therapistId", therapist.toString(), "sessionType", "DEEP_TISSUE",
                        "start", start, "durationMinutes", 90))
                .then().statusCode(422).body("errors[0].field", equalTo("durationMinutes"));
    }

    @Test
    void badPlacesCurrenciesAndPricesNameTheField() {
        Map<String, Object> body = new HashMap<>(Fixtures.clinicBody("Bad " + UUID.randomUUID(), "Europe/Berlin"));
        body.put("location", Map.of("latitude", 91, "longitude", 13.4));
        post(body).then().statusCode(400).body("errors.field", hasItem("location.latitude"));
        body.put("location", Map.of("latitude", 52.5, "longitude", -180.5));
        post(body).then().statusCode(400).body("errors.field", hasItem("location.longitude"));
        body.put("location", Map.of("latitude", 52.5));
        post(body).then().statusCode(400).body("errors.field", hasItem("location.longitude"));
        body.remove("location");
        body.put("currency", "euro");
        post(body).then().statusCode(400).body("errors.field", hasItem("currency"));
        body.put("currency", "XQZ");
        post(body).then().statusCode(400).body("errors[0].field", equalTo("currency"));

        UUID clinic = Fixtures.clinic("Europe/Berlin");
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("prices", List.of(Map.of("sessionType", "REIKI", "minutes", 60, "amount", "1"),
                        Map.of("sessionType", "DEEP_TISSUE", "minutes", 45, "amount", "1"),
                        Map.of("sessionType", "SWEDISH", "minutes", 60, "amount", "1.005"))))
                .when().put("/api/v1/clinics/" + clinic + "/prices")
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("prices[0].sessionType", "prices[1].minutes", "prices[2].amount")));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("prices", List.of(Map.of("sessionType", "SWEDISH", "minutes", 60, "amount", "-3"))))
                .when().put("/api/v1/clinics/" + clinic + "/prices")
                .then().statusCode(400).body("errors[0].field", equalTo("prices[0].amount"));
        given().auth().oauth2(Fixtures.user()).contentType(ContentType.JSON).body(Map.of("prices", List.of()))
                .when().put("/api/v1/clinics/" + clinic + "/prices").then().statusCode(403);
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(Map.of("prices", List.of()))
                .when().put("/api/v1/clinics/" + UUID.randomUUID() + "/prices").then().statusCode(404);
    }

    @Test
    void theDemoClinicsAreOnTheMapAndChargeLocally() {
        given().when().get("/api/v1/clinics/" + LONDON_CLINIC).then().statusCode(200)
                .body("currency", equalTo("GBP")).body("location.latitude", equalTo(51.52251f))
                .body("prices.find { it.sessionType == 'DEEP_TISSUE' && it.minutes == 60 }.price",
                        equalTo(Map.of("amount", "75.00", "currency", "GBP")));
        given().when().get("/api/v1/clinics/" + NEW_YORK_CLINIC).then().statusCode(200)
                .body("currency", equalTo("USD")).body("location.longitude", equalTo(-74.00139f))
                .body("prices.price.currency", everyItem(equalTo("USD")));
    }

    private static io.restassured.response.Response post(Map<String, Object> body) {
        return given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(body).when().post("/api/v1/clinics");
    }
}
