package io.restwell.booking.rest;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.defaults.openapi.DocumentContract;

/** The document says which fields are always there and which may be null, as the records do (docs/clients.md). */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "booking"))
class DocumentTests extends DocumentContract {

    @Override
    protected Map<String, List<String>> alwaysPresent() {
        return Map.of("Booking", List.of("id", "status", "start", "end", "price", "createdAt"),
                "PartnerBooking", List.of("id", "status", "customerId", "version"),
                "Problem", List.of("type", "title", "status"));
    }

    @Override
    protected Map<String, List<String>> mayBeNull() {
        return Map.of("Booking", List.of("notes", "cancellationReason", "cancelledAt"),
                "PartnerBooking", List.of("notes", "cancellationReason", "cancelledBy", "cancelledAt"),
                "Problem", List.of("detail", "instance", "errors"));
    }
}
