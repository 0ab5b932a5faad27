package io.restwell.booking.rest;

import java.util.UUID;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.booking.Fixtures;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.defaults.problem.SharedProblemsContract;

/** Booking answers the shared bad requests with the shared problems (the cases are in the contract). */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class SharedProblemsTests extends SharedProblemsContract {

    @Override
    protected String token() {
        return Fixtures.ADMIN;
    }

    @Override
    protected Call textField() {
        return new Call("POST", "/api/v1/clinics", "{\"name\": \"%s\", \"address\": {\"street\": \"Torstr. 1\", "
                + "\"postalCode\": \"10119\", \"city\": \"Berlin\", \"country\": \"DE\"}, \"timeZone\": \"Europe/Berlin\"}", "name");
    }

    @Override
    protected Call unreadableValue() {
        return new Call("PUT", "/api/v1/clinics/" + UUID.randomUUID() + "/therapists/" + UUID.randomUUID() + "/schedule",
                "{\"bufferMinutes\": 10, \"weeklyHours\": [{\"day\": \"FUNDAY\", \"start\": \"09:00\", \"end\": \"12:00\"}]}",
                "weeklyHours[0].day");
    }

    @Override
    protected String collection() {
        return "/api/v1/session-types";
    }
}
