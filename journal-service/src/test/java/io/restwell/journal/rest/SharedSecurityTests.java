package io.restwell.journal.rest;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.defaults.security.SharedSecurityContract;

/** The journal refuses foreign and old tokens, adds the security headers and bounds paging (the cases are in the contract). */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class SharedSecurityTests extends SharedSecurityContract {

    @Override
    protected String personalList() {
        return "/api/v1/journal/sleep-entries";
    }
}
