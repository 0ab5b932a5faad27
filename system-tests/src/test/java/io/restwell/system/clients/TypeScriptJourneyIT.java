package io.restwell.system.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import io.restwell.local.DevTokens;
import io.restwell.system.SharedPlatform;

/**
 * A web developer's app, built and run the way they would: the shipped SDK ({@code @restwell/api-client}, the npm
 * package sdk/typescript packs from the published document, installed by clients/typescript/prepare), the core
 * journeys (clients/typescript/src/journey.ts) type-checked by tsc in strict mode against its types and run in
 * Node against the packaged platform. A type error or a failed step fails the build.
 */
@ExtendWith(SharedPlatform.class)
class TypeScriptJourneyIT {

    private static final Path CLIENT = Path.of("clients/typescript").toAbsolutePath();

    @Test
    void thePersonAndTheClinicJourneysCompileAgainstTheDocumentAndPass() throws Exception {
        String gateway = SharedPlatform.stack().gateway().toString();
        Run compile = run(List.of("node_modules/.bin/tsc", "-p", "tsconfig.json"), Map.of());
        assertEquals(0, compile.exitCode(), "tsc --strict:\n" + compile.output());

        Run journey = run(List.of("node", "dist/journey.js"), Map.of("GATEWAY", gateway,
                "PERSON_TOKEN", SharedPlatform.token("typescript-" + UUID.randomUUID()),
                "ADMIN_TOKEN", DevTokens.issue("typescript-ops-" + UUID.randomUUID(), List.of("admin"))));
        assertEquals(0, journey.exitCode(), journey.output());
        assertTrue(journey.output().contains("\"journey\":\"passed\""), journey.output());
    }

    record Run(int exitCode, String output) {
    }

    private static Run run(List<String> command, Map<String, String> environment) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return new Run(-1, "timed out: " + command);
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
