package io.restwell.journal.rest;

import java.util.List;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.journal.JournalApi;
import io.restwell.local.DevTokens;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.defaults.problem.SharedProblemsContract;

/** The journal answers the shared bad requests with the shared problems (the cases are in the contract). */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class SharedProblemsTests extends SharedProblemsContract {

    private static final String ENTRIES = "/api/v1/journal/pain-entries";

    @Override
    protected String token() {
        return DevTokens.issue(JournalApi.newUser(), List.of("user"));
    }

    @Override
    protected Call textField() {
        String entry = JournalApi.pain("2026-11-20T21:30:00+01:00", 6, "LOWER_BACK", "ACHING");
        return new Call("POST", ENTRIES, entry.substring(0, entry.lastIndexOf('}')) + ",\"notes\":\"%s\"}", "notes");
    }

    @Override
    protected Call unreadableValue() {
        return new Call("POST", ENTRIES, JournalApi.pain("2026-11-20T21:30:00+01:00", 6, "FUNDAY", "ACHING"), "location");
    }

    @Override
    protected String collection() {
        return ENTRIES;
    }
}
