package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

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
class CatalogResourceTests {

    private static final String BERLIN_CLINIC = "c0000000-0000-4000-8000-000000000001";

    @Test
    void theSeedGivesClinicsInThreeTimeZonesAndADozenTherapists() {
        given().queryParam("size", 100).when().get("/api/v1/clinics")
                .then().statusCode(200)
                .body("items.timeZone", hasItems("Europe/Berlin", "Europe/London", "America/New_York"))
                .body("items.name", hasItems("Rückenwerk Mitte", "Thames Bodywork Studio", "Hudson Back Care"));
        given().when().get("/api/v1/clinics/" + BERLIN_CLINIC + "/therapists")
                .then().statusCode(200)
                .body("total", equalTo(4))
                .body("items.clinicId", everyItem(equalTo(BERLIN_CLINIC)));
        given().queryParam("sessionType", "SWEDISH").when().get("/api/v1/clinics/" + BERLIN_CLINIC + "/therapists")
                .then().statusCode(200)
                .body("items.name", equalTo(List.of("Lea Hoffmann", "Sofia Marin")));
        given().queryParam("city", "berlin").when().get("/api/v1/clinics")
                .then().statusCode(200)
                .body("items.name", hasItem("Rückenwerk Mitte"))
                .body("items.address.city", everyItem(equalTo("Berlin")));
    }

    @Test
    void anAdminAddsAClinicWithATherapistThatAnyoneCanRead() {
        String location = given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Fixtures.clinicBody("Rückenzentrum Süd", "Europe/Berlin"))
                .when().post("/api/v1/clinics")
                .then().statusCode(201)
                .body("name", equalTo("Rückenzentrum Süd"))
                .body("address.country", equalTo("DE"))
                .body("timeZone", equalTo("Europe/Berlin"))
                .body("active", equalTo(true))
                .extract().header("Location");
        String clinicId = location.substring(location.lastIndexOf('/') + 1);

        given().when().get("/api/v1/clinics/" + clinicId)
                .then().statusCode(200).body("contact.email", equalTo("test@example.com"));

        String therapistId = given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Ada Brandt", "bio", "Deep work.", "qualifications", List.of("TRIGGER_POINT", "DEEP_TISSUE")))
                .when().post("/api/v1/clinics/" + clinicId + "/therapists")
                .then().statusCode(201)
                .body("qualifications", equalTo(List.of("DEEP_TISSUE", "TRIGGER_POINT")))
                .body("clinicId", equalTo(clinicId))
                .extract().path("id");

        given().when().get("/api/v1/clinics/" + clinicId + "/therapists/" + therapistId)
                .then().statusCode(200).body("name", equalTo("Ada Brandt"));
        given().queryParam("sessionType", "SWEDISH").when().get("/api/v1/clinics/" + clinicId + "/therapists")
                .then().statusCode(200).body("total", equalTo(0));
        given().queryParam("sessionType", "DEEP_TISSUE").when().get("/api/v1/clinics/" + clinicId + "/therapists")
                .then().statusCode(200).body("items.id", equalTo(List.of(therapistId)));
    }

    @Test
    void aDeactivatedClinicOrTherapistDisappearsForThePublicButNotForAdmins() {
        UUID clinic = Fixtures.clinic("Europe/London");
        UUID therapist = Fixtures.therapist(clinic, "SWEDISH");
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Gone", "qualifications", List.of("SWEDISH"), "active", false))
                .when().put("/api/v1/clinics/" + clinic + "/therapists/" + therapist)
                .then().statusCode(200).body("active", equalTo(false)).body("name", equalTo("Gone"));
        given().when().get("/api/v1/clinics/" + clinic + "/therapists/" + therapist).then().statusCode(404);
        given().when().get("/api/v1/clinics/" + clinic + "/therapists").then().statusCode(200).body("total", equalTo(0));

        Map<String, Object> closed = new java.util.HashMap<>(Fixtures.clinicBody("Closed", "Europe/London"));
        closed.put("active", false);
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(closed)
                .when().put("/api/v1/clinics/" + clinic)
                .then().statusCode(200).body("active", equalTo(false));
        given().when().get("/api/v1/clinics/" + clinic)
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/not-found"));
        given().auth().oauth2(Fixtures.ADMIN).when().get("/api/v1/clinics/" + clinic)
                .then().statusCode(200).body("name", equalTo("Closed"));
        given().queryParam("size", 100).when().get("/api/v1/clinics")
                .then().statusCode(200).body("items.id", not(hasItem(clinic.toString())));
    }

    @Test
    void onlyAdminsChangeTheCatalog() {
        given().auth().oauth2(Fixtures.user()).contentType(ContentType.JSON)
                .body(Fixtures.clinicBody("Mine", "Europe/Berlin"))
                .when().post("/api/v1/clinics")
                .then().statusCode(403).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/forbidden"))
                .body("status", equalTo(403))
                .body("instance", equalTo("/api/v1/clinics"));
        given().contentType(ContentType.JSON).body(Fixtures.clinicBody("Mine", "Europe/Berlin"))
                .when().post("/api/v1/clinics")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("type", equalTo("https://restwell.dev/problems/unauthorized"));
        given().auth().oauth2("not-a-jwt").contentType(ContentType.JSON).body(Fixtures.clinicBody("Mine", "Europe/Berlin"))
                .when().post("/api/v1/clinics")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void invalidClinicsAreRefusedFieldByField() {
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "", "address", Map.of("street", "x", "postalCode", "1", "city", "y", "country", "Germany"),
                        "timeZone", "Europe/Berlin"))
                .when().post("/api/v1/clinics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                .body("errors.field", equalTo(List.of("address.country", "name")));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Fixtures.clinicBody("Nowhere", "Mars/Olympus"))
                .when().post("/api/v1/clinics")
                .then().statusCode(422)
                .body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                .body("errors[0].field", equalTo("timeZone"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Fixtures.clinicBody("Fixed offset", "+02:00"))
                .when().post("/api/v1/clinics")
                .then().statusCode(422).body("errors[0].field", equalTo("timeZone"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "Unqualified", "qualifications", List.of("SWEDISH", "REIKI")))
                .when().post("/api/v1/clinics/" + BERLIN_CLINIC + "/therapists")
                .then().statusCode(422).body("errors[0].field", equalTo("qualifications[1]"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "qualifications", List.of("SWEDISH")))
                .when().post("/api/v1/clinics/" + UUID.randomUUID() + "/therapists")
                .then().statusCode(404);
    }

    @Test
    void pagingParametersAreCheckedAndNamed() {
        given().queryParam("size", 0).when().get("/api/v1/clinics")
                .then().statusCode(400).body("errors[0].field", equalTo("size"));
        given().queryParam("page", "abc").when().get("/api/v1/clinics")
                .then().statusCode(400)
                .body("type", equalTo("https://restwell.dev/problems/malformed-request"))
                .body("errors[0].field", equalTo("page"));
        given().queryParam("size", 1).queryParam("page", 1).when().get("/api/v1/clinics")
                .then().statusCode(200).body("items", hasSize(1)).body("page", equalTo(1)).body("size", equalTo(1));
    }

    @Test
    void anAdminAddsChangesAndRetiresASessionType() {
        String code = "HOT_STONE_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        Map<String, Object> body = Map.of("code", code, "name", "Hot stone massage",
                "description", "Warm stones ease tight muscles.",
                "durations", List.of(Map.of("minutes", 75, "price", Map.of("amount", "99.50", "currency", "EUR")),
                        Map.of("minutes", 45, "price", Map.of("amount", "60", "currency", "EUR"))));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/session-types")
                .then().statusCode(201)
                .header("Location", endsWith("/api/v1/session-types/" + code))
                .body("durations.minutes", equalTo(List.of(45, 75)))
                .body("durations.price.amount", equalTo(List.of("60.00", "99.50")))
                .body("defaultMinutes", equalTo(45));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/session-types")
                .then().statusCode(409).body("type", equalTo("https://restwell.dev/problems/conflict"));
        given().when().get("/api/v1/session-types/" + code).then().statusCode(200).body("name", equalTo("Hot stone massage"));

        Map<String, Object> retired = new java.util.HashMap<>(body);
        retired.put("active", false);
        retired.put("defaultMinutes", 75);
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(retired)
                .when().put("/api/v1/session-types/" + code)
                .then().statusCode(200).body("active", equalTo(false)).body("defaultMinutes", equalTo(75));
        given().when().get("/api/v1/session-types/" + code).then().statusCode(404);
        given().when().get("/api/v1/session-types").then().statusCode(200).body("code", not(hasItem(code)));
    }

    @Test
    void sessionTypePricesMustBeExact() {
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", "BAD_PRICE", "name", "x", "description", "y",
                        "durations", List.of(Map.of("minutes", 60, "price", Map.of("amount", "10.005", "currency", "EUR"))),
                        "defaultMinutes", 30))
                .when().post("/api/v1/session-types")
                .then().statusCode(422)
                .body("errors.field", equalTo(List.of("durations[0].price", "defaultMinutes")));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body(Map.of("code", "bad code", "name", "x", "description", "y", "durations", List.of()))
                .when().post("/api/v1/session-types")
                .then().statusCode(400)
                .body("errors.field", equalTo(List.of("code", "durations")));
    }
}
