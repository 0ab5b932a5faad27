package io.restwell.recommendation.rest;

import java.util.List;
import java.util.UUID;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.defaults.problem.SharedProblemsContract;

/**
 * Recommendation answers the shared bad requests with the shared problems (the cases are in the
 * contract). Its request bodies hold no enum, so the unreadable value is a therapist id that is no UUID.
 */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "recommendation"))
class SharedProblemsTests extends SharedProblemsContract {

    private static final String SUGGESTIONS = "/api/v1/recommendations";

    @Override
    protected String token() {
        return DevTokens.issue("shared-problems-" + UUID.randomUUID(), List.of("user"));
    }

    @Override
    protected Call textField() {
        return new Call("POST", SUGGESTIONS + "/" + UUID.randomUUID() + "/dismiss", "{\"reason\":\"%s\"}", "reason");
    }

    @Override
    protected Call unreadableValue() {
        return new Call("POST", SUGGESTIONS + "/" + UUID.randomUUID() + "/accept",
                "{\"therapistId\":\"therapist-seven\",\"start\":\"2026-11-23T18:00:00+01:00\"}", "therapistId");
    }

    @Override
    protected String collection() {
        return SUGGESTIONS;
    }
}
