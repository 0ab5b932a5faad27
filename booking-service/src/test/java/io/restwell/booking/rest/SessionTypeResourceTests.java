package io.restwell.booking.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;

@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class SessionTypeResourceTests {

    private static final String DEEP_TISSUE = "find { it.code == 'DEEP_TISSUE' }";
    private static final String SWEDISH = "find { it.code == 'SWEDISH' }";
    private static final String TRIGGER_POINT = "find { it.code == 'TRIGGER_POINT' }";

    @Test
    void listsTheSeededSessionTypesWithoutAToken() {
        given().when().get("/api/v1/session-types")
                .then().statusCode(200)
                .body("code", hasItems("DEEP_TISSUE", "SWEDISH", "TRIGGER_POINT"))
                .body(DEEP_TISSUE + ".name", equalTo("Deep tissue massage"))
                .body(SWEDISH + ".name", equalTo("Swedish massage"))
                .body(TRIGGER_POINT + ".name", equalTo("Trigger point therapy"))
                .body("description", everyItem(not(emptyOrNullString())));
    }

    @Test
    void eachTypeHasItsDurationsShortestFirstWithExactPrices() {
        given().when().get("/api/v1/session-types")
                .then().statusCode(200)
                .body(DEEP_TISSUE + ".durations.minutes", equalTo(List.of(60, 90)))
                .body(DEEP_TISSUE + ".durations.price.amount", equalTo(List.of("85.00", "115.00")))
                .body(SWEDISH + ".durations.minutes", equalTo(List.of(30, 60, 90)))
                .body(SWEDISH + ".durations.price.amount", equalTo(List.of("45.00", "70.00", "95.00")))
                .body(TRIGGER_POINT + ".durations.minutes", equalTo(List.of(30, 60)))
                .body(TRIGGER_POINT + ".durations.price.amount", equalTo(List.of("50.00", "80.00")))
                .body(DEEP_TISSUE + ".defaultMinutes", equalTo(60))
                .body("durations.flatten().price.currency.unique()", equalTo(List.of("EUR")));
    }

    @Test
    void aSignedInPersonSeesTheSameCatalogue() {
        given().auth().oauth2(DevTokens.issue("erin", List.of("user")))
                .when().get("/api/v1/session-types")
                .then().statusCode(200)
                .body("code", hasItems("DEEP_TISSUE", "SWEDISH", "TRIGGER_POINT"));
    }
}
