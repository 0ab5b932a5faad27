package io.restwell.local.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import io.restwell.local.DevTokens;
import io.restwell.local.infra.ChildProcesses;
import io.restwell.local.infra.FreePorts;
import io.restwell.local.infra.PlatformInfrastructure;
import io.restwell.local.stack.ServiceJvm;

/**
 * One packaged service (its target/quarkus-app) in its own JVM, as a pod runs it, for a service's
 * *IT tests: several instances against one database and the shared Kafka broker. The {@code it}
 * profile, since the prod profile refuses the DEV-ONLY token key the tests sign with; no trace export.
 * The jar is {@code target/quarkus-app/quarkus-run.jar} or the system property {@code <service>.app};
 * logs go to {@code target/it-logs} or {@code <service>.logs}.
 */
public final class PackagedService implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    private final String service;
    private final Process process;
    private final URI base;
    private final URI management;
    private final Path log;

    private PackagedService(String service, Process process, URI base, URI management, Path log) {
        this.service = service;
        this.process = process;
        this.base = base;
        this.management = management;
        this.log = log;
    }

    /**
     * Starts an instance; does not wait (start several, then {@link #awaitReady} each).
     *
     * @param service e.g. {@code journal-service}; its first word names the system properties
     * @param extraProperties more {@code name=value} system properties for this instance
     */
    public static PackagedService start(String service, String instance, PlatformInfrastructure.Database database,
            String kafka, List<String> extraProperties) throws IOException {
        String prefix = service.replace("-service", "");
        Path logs = Files.createDirectories(Path.of(System.getProperty(prefix + ".logs", "target/it-logs")));
        Path key = Files.writeString(Files.createTempFile("restwell-dev-public", ".pem"), DevTokens.publicKeyPem());
        key.toFile().deleteOnExit();
        int port = FreePorts.pick();
        int managementPort = FreePorts.pick();
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(ServiceJvm.options());
        command.addAll(List.of(
                "-Dquarkus.profile=it",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort,
                "-Dquarkus.datasource.jdbc.url=" + database.jdbcUrl(),
                "-Dquarkus.datasource.username=" + database.username(),
                "-Dquarkus.datasource.password=" + database.password(),
                "-Dkafka.bootstrap.servers=" + kafka,
                "-Dmp.jwt.verify.publickey.location=" + key,
                "-Dmp.jwt.verify.issuer=" + DevTokens.ISSUER,
                "-Dquarkus.otel.sdk.disabled=true"));
        extraProperties.forEach(property -> command.add("-D" + property));
        command.addAll(List.of("-jar", System.getProperty(prefix + ".app", "target/quarkus-app/quarkus-run.jar")));
        Path log = logs.resolve(instance + ".log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        return new PackagedService(service, process, URI.create("http://127.0.0.1:" + port),
                URI.create("http://127.0.0.1:" + managementPort), log);
    }

    public URI base() {
        return base;
    }

    /** The management interface: {@code /q/health} and {@code /q/metrics}, which {@link #base} does not serve. */
    public URI management() {
        return management;
    }

    public void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service + " exited with " + process.exitValue() + "; see " + log);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(management.resolve("/q/health/ready")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(service + " at " + base + " was not ready in time; see " + log);
    }

    /** Gone at once, as when its node fails: no clean shutdown, no offset commit, no leaving the group. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }
}
