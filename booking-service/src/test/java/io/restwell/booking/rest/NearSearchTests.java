package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restwell.booking.Fixtures;
import io.restwell.booking.domain.GreatCircle;
import io.restwell.local.testing.RestwellInfrastructure;

/** GET /api/v1/availability?near=lat,lon&radiusKm=…: slots of the clinics in reach, nearest first, each with its distance. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class NearSearchTests {

    /** A clinic with one SWEDISH therapist working every day, {@code km} north of {@code centre}. */
    private static UUID clinicNorthOf(GreatCircle.Position centre, double km, String zone) {
        double latitude = centre.latitude() + Math.toDegrees(km / GreatCircle.EARTH_RADIUS_KM);
        Map<String, Object> body = new HashMap<>(Fixtures.clinicBody("Near " + UUID.randomUUID(), zone));
        body.put("location", Map.of("latitude", latitude, "longitude", centre.longitude()));
        UUID clinic = UUID.fromString(given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/clinics").then().statusCode(201).extract().path("id"));
        UUID therapist = Fixtures.therapist(clinic, "SWEDISH");
        Fixtures.schedule(clinic, therapist, 10, Fixtures.everyDay("09:00", "11:00"));
        return clinic;
    }

    /** A place of its own for each test, so other tests' clinics are never in reach. */
    private static GreatCircle.Position somewhere() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return new GreatCircle.Position(random.nextDouble(-50, 50), random.nextDouble(-170, 170));
    }

    private static JsonPath near(GreatCircle.Position centre, Object radiusKm, String clinicIds) {
        var request = given().queryParam("sessionType", "SWEDISH").queryParam("size", 100)
                .queryParam("near", centre.latitude() + "," + centre.longitude());
        if (radiusKm != null) {
            request.queryParam("radiusKm", radiusKm);
        }
        if (clinicIds != null) {
            request.queryParam("clinicIds", clinicIds);
        }
        return request.when().get("/api/v1/availability").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void onlyClinicsInReachNearestFirstThenByTime() {
        GreatCircle.Position home = somewhere();
        UUID close = clinicNorthOf(home, 1.0, "Europe/Berlin");
        UUID further = clinicNorthOf(home, 5.0, "America/New_York");
        UUID far = clinicNorthOf(home, 30.0, "Asia/Tokyo");

        JsonPath within10 = near(home, 10, null);
        List<String> clinics = within10.getList("items.clinicId");
        assertTrue(clinics.contains(close.toString()) && clinics.contains(further.toString()), clinics.toString());
        assertTrue(!clinics.contains(far.toString()), "30 km is out of a 10 km reach");
        int lastClose = clinics.lastIndexOf(close.toString());
        int firstFurther = clinics.indexOf(further.toString());
        assertTrue(lastClose < firstFurther, "every slot 1 km away comes before those 5 km away");
        List<Float> distances = within10.getList("items.distanceKm", Float.class);
        assertEquals(1.0, distances.get(0), 0.01);
        assertEquals(5.0, distances.get(distances.size() - 1), 0.01);
        List<String> closeStarts = within10.getList("items.findAll { it.clinicId == '" + close + "' }.start");
        assertTrue(closeStarts.size() > 1, closeStarts.toString());
        for (int i = 1; i < closeStarts.size(); i++) {
            assertTrue(!java.time.OffsetDateTime.parse(closeStarts.get(i)).isBefore(java.time.OffsetDateTime.parse(closeStarts.get(i - 1))),
                    "within one distance, by time");
        }
        assertEquals(List.of("America/New_York"), within10.getList("items.findAll { it.clinicId == '" + further + "' }.timeZone").stream().distinct().toList());

        List<String> within40 = near(home, 40, null).getList("items.clinicId");
        assertTrue(within40.contains(far.toString()));
        // The default radius is 15 km.
        List<String> byDefault = near(home, null, null).getList("items.clinicId");
        assertTrue(byDefault.contains(further.toString()) && !byDefault.contains(far.toString()));
        // With a list: those of the listed clinics that are in reach.
        List<String> listed = near(home, 40, further + "," + far).getList("items.clinicId");
        assertEquals(List.of(further.toString(), far.toString()), listed.stream().distinct().toList());
        assertEquals(List.of(), near(home, 10, far.toString()).getList("items"));
    }

    @Test
    void aListOfClinicsWithoutAPlaceHasNoDistances() {
        GreatCircle.Position home = somewhere();
        UUID one = clinicNorthOf(home, 2, "Europe/Berlin");
        UUID two = clinicNorthOf(home, 3, "Europe/Berlin");
        JsonPath found = given().queryParam("sessionType", "SWEDISH").queryParam("size", 100)
                .queryParam("clinicIds", one + "," + two).when().get("/api/v1/availability")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(List.of(one.toString(), two.toString()).stream().sorted().toList(),
                found.getList("items.clinicId", String.class).stream().distinct().sorted().toList());
        assertTrue(found.getList("items.distanceKm").stream().allMatch(java.util.Objects::isNull));
    }

    @Test
    void badPlacesAndRadiiNameTheParameter() {
        String[][] cases = {
                {"near", "berlin"}, {"near", "52.5"}, {"near", "52.5,13.4,1"}, {"near", "91,13.4"}, {"near", "52.5,181"},
                {"radiusKm", "0"}, {"radiusKm", "-1"}, {"radiusKm", "201"}, {"radiusKm", "ten"}, {"radiusKm", "NaN"},
                {"clinicIds", "nope"}, {"clinicIds", UUID.randomUUID() + ",x"}};
        for (String[] bad : cases) {
            Map<String, Object> query = new HashMap<>(Map.of("sessionType", "SWEDISH", "near", "52.5,13.4"));
            query.put(bad[0], bad[1]);
            given().queryParams(query).when().get("/api/v1/availability")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo(bad[0]));
        }
        given().queryParam("sessionType", "SWEDISH").queryParam("radiusKm", "5").when().get("/api/v1/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("radiusKm"));
        given().queryParam("sessionType", "SWEDISH").queryParam("clinicId", UUID.randomUUID())
                .queryParam("clinicIds", UUID.randomUUID().toString()).when().get("/api/v1/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("clinicIds"));
        String tooMany = String.join(",", java.util.stream.Stream.generate(() -> UUID.randomUUID().toString()).limit(51).toList());
        given().queryParam("sessionType", "SWEDISH").queryParam("clinicIds", tooMany).when().get("/api/v1/availability")
                .then().statusCode(400).body("errors[0].field", equalTo("clinicIds"));
    }
}
