package io.restwell.journal.rest;

import java.util.List;
import java.util.Map;

import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restwell.local.testing.RestwellInfrastructure;
import io.restwell.platform.defaults.openapi.DocumentContract;

/** The document says which fields are always there and which may be null, as the records do (docs/clients.md). */
@QuarkusTest
@WithTestResource(value = RestwellInfrastructure.class, initArgs = @ResourceArg(name = "database", value = "journal"))
class DocumentTests extends DocumentContract {

    @Override
    protected Map<String, List<String>> alwaysPresent() {
        return Map.of("SleepEntry", List.of("id", "night", "sleepEfficiency", "poorSleepReasons"),
                "PainEntry", List.of("id", "intensity", "location"),
                "PainSleepLoop", List.of("highPainAtLeast", "nightsAfterHighPainDays"));
    }

    @Override
    protected Map<String, List<String>> mayBeNull() {
        return Map.of("SleepEntry", List.of("notes"),
                "PainEntry", List.of("notes"),
                "PainSleepLoop", List.of("correlation", "averageEfficiencyAfterLowerPain", "averageEfficiencyAfterHighPain"),
                "JournalSummary", List.of("averageEfficiency", "averageTotalSleepMinutes"));
    }
}
