package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restwell.booking.Fixtures;
import io.restwell.local.testing.RestwellInfrastructure;

/** Every failure is an RFC 9457 problem: never an empty body, an HTML page or a stack trace. */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class ProblemDetailsTests {

    /** Found by the fault suite's hostile input: PostgreSQL refuses a NUL byte, which once became a 500. */
    @Test
    void aSessionTypeCodeNoCodeCanBeIsNotFound() {
        given().urlEncodingEnabled(false).get("/api/v1/session-types/%00").then().statusCode(404)
                .contentType("application/problem+json");
        given().urlEncodingEnabled(false).auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body("{\"code\":\"X\",\"name\":\"x\",\"description\":\"x\",\"durations\":[]}")
                .put("/api/v1/session-types/A%00B").then().statusCode(org.hamcrest.Matchers.anyOf(equalTo(400), equalTo(404), equalTo(422)))
                .contentType("application/problem+json");
    }

    @Test
    void brokenJsonIsAMalformedRequest() {
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/api/v1/clinics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/malformed-request"))
                .body("title", equalTo("Malformed request"))
                .body("status", equalTo(400))
                .body("instance", equalTo("/api/v1/clinics"))
                .body("detail", not(containsString("com.fasterxml")));
    }

    @Test
    void aValueOfTheWrongTypeNamesItsField() {
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"address\": \"Main street\", \"timeZone\": \"Europe/Berlin\"}")
                .when().post("/api/v1/clinics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/malformed-request"))
                .body("errors[0].field", equalTo("address"));
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body("{\"code\": \"X\", \"name\": \"x\", \"description\": \"y\", \"durations\": [{\"minutes\": \"long\"}]}")
                .when().post("/api/v1/session-types")
                .then().statusCode(400)
                .body("errors[0].field", equalTo("durations[0].minutes"))
                .body("errors[0].message", containsString("whole number"));
    }

    @Test
    void textWithTheNulCharacterNamesItsFieldAndStoresNothing() {
        // PostgreSQL's text cannot hold U+0000; it used to fail the INSERT with a 500.
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .body("{\"name\": \"Nul\\u0000Clinic\", \"address\": {\"street\": \"Torstr. 1\", \"postalCode\": \"10119\","
                        + " \"city\": \"Berlin\", \"country\": \"DE\"}, \"timeZone\": \"Europe/Berlin\"}")
                .when().post("/api/v1/clinics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors[0].field", equalTo("name"))
                .body("errors[0].message", equalTo("must not contain the NUL character (U+0000)"));
        given().queryParam("size", "100").when().get("/api/v1/clinics")
                .then().statusCode(200).body("items.name", not(hasItem(containsString("Nul"))));
    }

    @Test
    void aMissingBodyIsAValidationFailure() {
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON)
                .when().post("/api/v1/clinics")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/validation-failed"));
    }

    @Test
    void unknownPathsAndIdsAreNotFoundProblems() {
        given().when().get("/api/v1/clinics/not-a-uuid")
                .then().statusCode(404).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/not-found"));
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void wrongMethodAndMediaTypeAreProblemsToo() {
        given().when().delete("/api/v1/session-types")
                .then().statusCode(405).contentType("application/problem+json");
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.TEXT).body("hello")
                .when().post("/api/v1/clinics")
                .then().statusCode(415).contentType("application/problem+json");
    }

    @Test
    void anOversizedBodyIsRefusedWithAProblem() {
        String huge = "{\"name\": \"" + "x".repeat(70_000) + "\"}";
        given().auth().oauth2(Fixtures.ADMIN).contentType(ContentType.JSON).body(huge)
                .when().post("/api/v1/clinics")
                .then().statusCode(413).contentType("application/problem+json")
                .body("type", equalTo("https://restwell.dev/problems/payload-too-large"));
    }

    @Test
    void everyAnswerCarriesARequestId() {
        given().header("X-Request-Id", "trace-me-42").when().get("/api/v1/session-types")
                .then().statusCode(200).header("X-Request-Id", equalTo("trace-me-42"));
        given().when().get("/api/v1/nothing-here")
                .then().statusCode(404).header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"))
                .body("errors", nullValue());
    }
}
