package io.restwell.gateway.openapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a tool a client developer would run (Spectral, tsc, Chromium) and keeps what it printed. */
record ExternalCommand(int exitCode, String output) {

    static final Path CHECKS = Path.of(System.getProperty("openapi.checks", "openapi-checks"));
    static final Path DOCUMENT = Path.of(System.getProperty("openapi.document", "target/openapi/openapi.json"));

    static ExternalCommand run(Path directory, long timeoutSeconds, List<String> command) throws IOException, InterruptedException {
        Path log = Files.createTempFile("restwell-command", ".log");
        try {
            Process process = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException(command.get(0) + " took over " + timeoutSeconds + " s: "
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new ExternalCommand(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            Files.deleteIfExists(log);
        }
    }

    static String tool(String name) {
        return CHECKS.resolve("node_modules/.bin").resolve(name).toAbsolutePath().toString();
    }
}
