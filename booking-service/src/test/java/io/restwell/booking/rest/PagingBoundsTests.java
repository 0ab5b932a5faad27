package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import io.restwell.booking.Fixtures;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.defaults.paging.Paging;

/**
 * Every paged list of booking-service, for every kind of caller, refuses a page past the bound with a 400
 * naming the parameter: multiplied by the size, such numbers overflowed an int offset into a 500.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class PagingBoundsTests {

    private static final List<String> TOO_FAR = List.of("page=107374183&size=20", "page=2147483647&size=100",
            "page=" + (Paging.MAX_PAGE + 1) + "&size=1");

    private static void refusesPagesPastTheBound(RequestSpecification caller, String list) {
        for (String query : TOO_FAR) {
            caller.when().get(list + (list.contains("?") ? "&" : "?") + query).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("https://restwell.dev/problems/validation-failed"))
                    .body("errors.field", hasItem("page"));
        }
    }

    @Test
    void everyPagedListRefusesAPagePastTheBound() {
        UUID clinic = Fixtures.clinic("Europe/Berlin");
        String key = Fixtures.apiKey(clinic);
        UUID endpoint = UUID.randomUUID();
        refusesPagesPastTheBound(given(), "/api/v1/clinics");
        refusesPagesPastTheBound(given(), "/api/v1/clinics/" + clinic + "/therapists");
        refusesPagesPastTheBound(given(), "/api/v1/availability?sessionType=SWEDISH");
        refusesPagesPastTheBound(given().auth().oauth2(Fixtures.user()), "/api/v1/bookings");
        refusesPagesPastTheBound(given().auth().oauth2(Fixtures.ADMIN), "/api/v1/clinics/" + clinic + "/bookings");
        refusesPagesPastTheBound(given().auth().oauth2(Fixtures.ADMIN),
                "/api/v1/admin/clinics/" + clinic + "/webhooks/" + endpoint + "/deliveries");
        refusesPagesPastTheBound(Fixtures.partner(key), "/api/v1/partner/bookings");
        refusesPagesPastTheBound(Fixtures.partner(key), "/api/v1/partner/therapists");
        refusesPagesPastTheBound(Fixtures.partner(key), "/api/v1/partner/webhooks/" + endpoint + "/deliveries");
    }

    @Test
    void theLastPageWithinTheBoundIsEmptyNotAnOverflow() {
        given().auth().oauth2(Fixtures.user()).when().get("/api/v1/bookings?page=" + Paging.MAX_PAGE + "&size=100")
                .then().statusCode(200).body("items.size()", equalTo(0)).body("page", equalTo(Paging.MAX_PAGE));
    }

    @Test
    void aFhirOffsetPastTheBoundIsABadRequestNamingIt() {
        String key = Fixtures.apiKey(Fixtures.clinic("Europe/Berlin"));
        for (String search : List.of("/api/v1/partner/fhir/Schedule", "/api/v1/partner/fhir/Appointment", "/api/v1/partner/fhir/Slot")) {
            for (long offset : List.of(Paging.MAX_OFFSET + 1L, (long) Integer.MAX_VALUE)) {
                Fixtures.partner(key).queryParam("_offset", offset).when().get(search).then().statusCode(400)
                        .contentType("application/problem+json")
                        .body("errors[0].field", equalTo("_offset"));
            }
        }
        Fixtures.partner(key).queryParam("_offset", Paging.MAX_OFFSET).when().get("/api/v1/partner/fhir/Schedule")
                .then().statusCode(200).body("total", equalTo(0));
    }
}
