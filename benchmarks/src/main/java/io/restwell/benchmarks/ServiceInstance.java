package io.restwell.benchmarks;

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
import java.util.Map;

import io.restwell.local.DevTokens;
import io.restwell.local.infra.ChildProcesses;
import io.restwell.local.infra.FreePorts;
import io.restwell.local.stack.ServiceJvm;

/**
 * One more instance of a platform service, launched the way LocalStack launches the first (same JVM
 * options, profile, database, Kafka, JWT key, upstreams) on a free port: the second booking-service of the
 * contention benchmark, and the start-up-alone measurements of the footprint.
 */
public final class ServiceInstance implements AutoCloseable {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final String service;
    private final Process process;
    private final URI base;
    private final double startSeconds;

    private ServiceInstance(String service, Process process, URI base, double startSeconds) {
        this.service = service;
        this.process = process;
        this.base = base;
        this.startSeconds = startSeconds;
    }

    static ServiceInstance start(BenchmarkPlatform platform, String service, Map<String, String> extraProperties)
            throws IOException, InterruptedException {
        int port = FreePorts.pick();
        int managementPort = FreePorts.pick();
        Path key = platform.state().resolve("bench-dev-public.pem");
        Files.writeString(key, DevTokens.publicKeyPem());
        String java = ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        List<String> command = new ArrayList<>(List.of(java));
        command.addAll(ServiceJvm.options());
        command.addAll(List.of(
                "-Dquarkus.profile=local",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort,
                "-Dkafka.bootstrap.servers=" + platform.stack().kafkaBootstrapServers(),
                "-Dmp.jwt.verify.publickey.location=" + key,
                "-Dmp.jwt.verify.issuer=" + DevTokens.ISSUER));
        String database = switch (service) {
            case "booking-service" -> "booking";
            case "journal-service" -> "journal";
            case "recommendation-service" -> "recommendation";
            default -> null;
        };
        if (database != null) {
            command.add("-Dquarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:" + platform.ports().postgres() + "/" + database);
            command.add("-Dquarkus.datasource.username=" + database);
            command.add("-Dquarkus.datasource.password=" + database);
        }
        if (service.equals("recommendation-service")) {
            command.add("-Dquarkus.rest-client.booking.url=" + platform.service("booking-service"));
        }
        if (service.equals("api-gateway")) {
            for (String area : List.of("booking", "journal", "recommendation")) {
                command.add("-Drestwell.gateway.upstreams." + area + ".url=" + platform.service(area + "-service"));
                command.add("-Drestwell.gateway.upstreams." + area + ".management-url="
                        + platform.stack().management().get(area + "-service"));
            }
        }
        extraProperties.forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-jar");
        command.add(app(platform, service).toString());
        Path log = platform.state().resolve("logs").resolve(service + "-extra-" + port + ".log");
        long began = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(platform.state().toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile()).start();
        URI base = URI.create("http://127.0.0.1:" + port);
        URI management = URI.create("http://127.0.0.1:" + managementPort);
        try {
            return new ServiceInstance(service, process, base, awaitHealthy(process, management, log, began));
        } catch (IOException | InterruptedException | RuntimeException e) {
            ChildProcesses.stop(process, Duration.ofSeconds(10));
            throw e;
        }
    }

    /** The stack's own copy of the packaged app (safe from a rebuild), or the build's. */
    private static Path app(BenchmarkPlatform platform, String service) {
        Path copy = platform.state().resolve("apps").resolve(service).resolve("quarkus-run.jar");
        return Files.isRegularFile(copy) ? copy : platform.root().resolve(service).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static double awaitHealthy(Process process, URI management, Path log, long began) throws IOException, InterruptedException {
        long deadline = began + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("an extra instance exited with " + process.exitValue() + "; its log is " + log);
            }
            try {
                if (HTTP.send(HttpRequest.newBuilder(management.resolve("/q/health")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return (System.nanoTime() - began) / 1e9;
                }
            } catch (IOException notYet) {
                // still starting
            }
            Thread.sleep(100);
        }
        throw new IOException("an extra instance was not healthy within 180 s; its log is " + log);
    }

    public String service() {
        return service;
    }

    public URI base() {
        return base;
    }

    public long pid() {
        return process.pid();
    }

    /** Seconds from launch to every health check UP. */
    public double startSeconds() {
        return startSeconds;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            ChildProcesses.stop(process, Duration.ofSeconds(20));
        }
    }
}
