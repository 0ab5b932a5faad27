package io.restwell.gateway.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A web developer's client compiles: the TypeScript client generated from the public document
 * (openapi-generator's typescript-fetch, target/typescript-client) and a journey written against it
 * (openapi-checks/client-check/journey.ts) type-check under strict mode.
 */
class TypeScriptClientIT {

    private static final Path CLIENT = Path.of("target/typescript-client/src");

    @Test
    void theGeneratedClientHasAnApiPerAreaAndCompilesWithTheJourneyUsingIt() throws Exception {
        for (String api : List.of("JournalApi.ts", "BookingsApi.ts", "RecommendationsApi.ts", "PartnerAPIApi.ts")) {
            assertTrue(Files.isRegularFile(CLIENT.resolve("apis").resolve(api)), api + " generated");
        }
        ExternalCommand tsc = ExternalCommand.run(ExternalCommand.CHECKS, 180,
                List.of(ExternalCommand.tool("tsc"), "-p", "client-check/tsconfig.json"));
        assertEquals(0, tsc.exitCode(), tsc.output());
    }
}
