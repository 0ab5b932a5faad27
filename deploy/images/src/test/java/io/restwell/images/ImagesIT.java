package io.restwell.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.restwell.local.DevTokens;
import io.restwell.local.infra.FreePorts;
import io.restwell.local.infra.PlatformInfrastructure;
import io.restwell.local.stack.ServiceJvm;

/**
 * The four images the build just made (build-images), started with podman the way a cluster would run
 * them: runc, uid 185, read-only root filesystem, /tmp as a tmpfs, no capabilities, no privilege
 * escalation, a memory limit, against the test PostgreSQL and Kafka. Host networking, because those
 * listen on 127.0.0.1 only; each container gets free ports of its own through QUARKUS_HTTP_PORT and
 * QUARKUS_MANAGEMENT_PORT. Then the core journey through the gateway's container.
 */
class ImagesIT {

    /** The Deployments' limits (deploy/kubernetes/base): 512 MiB each service, 320 MiB the gateway. */
    static final Map<String, Long> MEMORY_LIMITS = Map.of("api-gateway", 320L << 20, "booking-service", 512L << 20,
            "journal-service", 512L << 20, "recommendation-service", 512L << 20);

    private static PlatformInfrastructure infrastructure;
    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final Map<String, String> containers = new LinkedHashMap<>();
    private static final Map<String, int[]> ports = new LinkedHashMap<>();
    private static final Map<String, Double> secondsToHealthy = new LinkedHashMap<>();

    @BeforeAll
    static void startTheImages() throws Exception {
        infrastructure = PlatformInfrastructure.start(Map.of());
        for (String service : Containers.SERVICES) {
            ports.put(service, new int[] {FreePorts.pick(), FreePorts.pick()});
        }
        Map<String, Long> started = new LinkedHashMap<>();
        // Upstreams first: the gateway's readiness asks theirs.
        for (String service : List.of("booking-service", "journal-service", "recommendation-service", "api-gateway")) {
            String name = "restwell-images-it-" + RUN + "-" + service;
            List<String> command = new ArrayList<>(List.of("run", "--detach", "--name", name, "--network", "host",
                    "--user", "185", "--read-only", "--read-only-tmpfs=false", "--tmpfs", "/tmp:rw,size=64m,mode=1777",
                    "--cap-drop", "ALL", "--security-opt", "no-new-privileges",
                    "--memory", Long.toString(MEMORY_LIMITS.get(service))));
            environment(service).forEach((key, value) -> command.addAll(List.of("--env", key + "=" + value)));
            command.add("ghcr.io/restwell/" + service + ":dev");
            started.put(service, System.nanoTime());
            Podman.run(command).orFail("podman run " + service);
            containers.put(service, name);
        }
        for (String service : containers.keySet()) {
            secondsToHealthy.put(service, Containers.awaitOk(containers.get(service),
                    management(service).resolve("/q/health/ready"), Duration.ofSeconds(180), started.get(service)));
        }
        secondsToHealthy.forEach((service, seconds) -> System.out.printf(
                "[images] %s container healthy in %.1f s%n", service, seconds));
        writeFigures();
    }

    @AfterAll
    static void removeTheContainersAndStopTheInfrastructure() {
        try {
            for (String name : containers.values()) {
                Podman.run("rm", "--force", "--time", "5", name);
                assertEquals("false", Podman.run("container", "exists", name).exitCode() == 0 ? "true" : "false",
                        name + " left behind");
            }
        } finally {
            if (infrastructure != null) {
                infrastructure.stop();
            }
        }
    }

    @Test
    void everyContainerRunsLockedDownAsTheManifestsDemand() {
        containers.values().forEach(Containers::assertLockedDown);
    }

    @Test
    void everyHeapFollowsItsContainersMemoryLimit() throws Exception {
        for (String service : containers.keySet()) {
            Containers.assertHeapFollowsTheMemoryLimit(containers.get(service), management(service), MEMORY_LIMITS.get(service));
        }
    }

    @Test
    void everyImageCarriesItsSbomAndNamesItsBase() {
        for (String service : containers.keySet()) {
            String sbom = Podman.run("exec", containers.get(service), "cat", "/deployments/sbom/bom.cdx.json")
                    .orFail("reading the SBOM of " + service).output();
            assertTrue(sbom.contains("\"bomFormat\" : \"CycloneDX\"") || sbom.contains("\"bomFormat\":\"CycloneDX\""),
                    service + ": a CycloneDX document");
            assertTrue(sbom.contains("pkg:maven/io.quarkus/quarkus-core@"), service + ": lists the libraries in lib/");
            String base = Podman.run("image", "inspect", "--format",
                    "{{index .Labels \"org.opencontainers.image.base.name\"}} {{index .Labels \"org.opencontainers.image.base.digest\"}}",
                    "ghcr.io/restwell/" + service + ":dev").orFail("inspect " + service).output();
            assertTrue(base.matches("\\S+ sha256:[0-9a-f]{64}"), service + ": base name and digest recorded: " + base);
        }
    }

    @Test
    void theCoreJourneyWorksThroughTheGatewaysContainer() throws Exception {
        Containers.withLogs(containers.values(), () -> CoreJourney.run(URI.create("http://127.0.0.1:" + ports.get("api-gateway")[0])));
    }

    /**
     * Time to ready of the gateway in its container and on the host, same settings, same moment, same
     * upstreams (already up): the figure docs/kubernetes.md quotes. Both must get ready.
     */
    @Test
    void theGatewayGetsReadyInAContainerAndOnTheHost() throws Exception {
        int[] containerPorts = {FreePorts.pick(), FreePorts.pick()};
        Map<String, String> env = new LinkedHashMap<>(environment("api-gateway"));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(containerPorts[0]));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(containerPorts[1]));
        String name = "restwell-images-it-" + RUN + "-api-gateway-timed";
        List<String> command = new ArrayList<>(List.of("run", "--detach", "--name", name, "--network", "host", "--user", "185",
                "--read-only", "--read-only-tmpfs=false", "--tmpfs", "/tmp:rw,size=64m,mode=1777", "--cap-drop", "ALL",
                "--security-opt", "no-new-privileges", "--memory", Long.toString(MEMORY_LIMITS.get("api-gateway"))));
        env.forEach((key, value) -> command.addAll(List.of("--env", key + "=" + value)));
        command.add("ghcr.io/restwell/api-gateway:dev");
        containers.put("api-gateway-timed", name);
        long started = System.nanoTime();
        Podman.run(command).orFail("podman run the timed gateway");
        double inContainer = Containers.awaitOk(name, URI.create("http://127.0.0.1:" + containerPorts[1] + "/q/health/ready"),
                Duration.ofSeconds(180), started);
        Podman.run("rm", "--force", "--time", "5", name).orFail("removing " + name);
        containers.remove("api-gateway-timed");

        int[] hostPorts = {FreePorts.pick(), FreePorts.pick()};
        env.put("QUARKUS_HTTP_PORT", Integer.toString(hostPorts[0]));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(hostPorts[1]));
        Path root = Path.of(System.getProperty("restwell.root", "../..")).toAbsolutePath().normalize();
        Path log = Files.createTempFile("restwell-gateway-host-", ".log");
        List<String> hostCommand = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:MaxRAMPercentage=50", "-Xmx" + (MEMORY_LIMITS.get("api-gateway") / 2 >> 20) + "m"));
        hostCommand.addAll(ServiceJvm.RUNTIME);
        hostCommand.addAll(List.of("-Djava.util.logging.manager=org.jboss.logmanager.LogManager",
                "-jar", root.resolve("api-gateway/target/quarkus-app/quarkus-run.jar").toString()));
        ProcessBuilder host = new ProcessBuilder(hostCommand).redirectErrorStream(true).redirectOutput(log.toFile());
        host.environment().putAll(env);
        started = System.nanoTime();
        Process process = host.start();
        double onHost;
        try {
            long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
            while (Containers.status(URI.create("http://127.0.0.1:" + hostPorts[1] + "/q/health/ready")) != 200) {
                assertTrue(process.isAlive() && System.nanoTime() < deadline, "the gateway on the host: " + Files.readString(log));
                Thread.sleep(250);
            }
            onHost = (System.nanoTime() - started) / 1e9;
        } finally {
            process.destroy();
            process.waitFor();
            Files.deleteIfExists(log);
        }
        String figure = String.format("| api-gateway, started alone, upstreams up | %.1f s in its container | %.1f s on the host |%n",
                inContainer, onHost);
        System.out.print("[images] " + figure);
        Path report = Path.of(System.getProperty("restwell.images.report", "target/images"));
        Files.writeString(report.resolve("time-to-healthy.md"), figure, java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.APPEND);
    }

    private static Map<String, String> environment(String service) {
        Map<String, String> env = new LinkedHashMap<>();
        // The local profile: the DEV-ONLY token key is accepted and booking seeds its demo clinics (slots).
        env.put("QUARKUS_PROFILE", "local");
        env.put("QUARKUS_HTTP_PORT", Integer.toString(ports.get(service)[0]));
        env.put("QUARKUS_MANAGEMENT_PORT", Integer.toString(ports.get(service)[1]));
        env.put("QUARKUS_OTEL_SDK_DISABLED", "true");
        env.put("MP_JWT_VERIFY_PUBLICKEY", DevTokens.publicKeyPem());
        env.put("MP_JWT_VERIFY_ISSUER", DevTokens.ISSUER);
        if (service.equals("api-gateway")) {
            for (String upstream : List.of("booking", "journal", "recommendation")) {
                int[] upstreamPorts = ports.get(upstream + "-service");
                env.put("RESTWELL_" + upstream.toUpperCase() + "_URL", "http://127.0.0.1:" + upstreamPorts[0]);
                env.put("RESTWELL_" + upstream.toUpperCase() + "_MANAGEMENT_URL", "http://127.0.0.1:" + upstreamPorts[1]);
            }
            return env;
        }
        PlatformInfrastructure.Database database = infrastructure.database(service.replace("-service", ""));
        env.put("RESTWELL_DB_URL", database.jdbcUrl());
        env.put("RESTWELL_DB_USER", database.username());
        env.put("RESTWELL_DB_PASSWORD", database.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers());
        if (service.equals("recommendation-service")) {
            env.put("RESTWELL_BOOKING_URL", "http://127.0.0.1:" + ports.get("booking-service")[0]);
        }
        return env;
    }

    private static URI management(String service) {
        return URI.create("http://127.0.0.1:" + ports.get(service)[1]);
    }

    /** Time to healthy in a container, beside the image report (docs/kubernetes.md quotes them). */
    private static void writeFigures() throws IOException {
        Path report = Path.of(System.getProperty("restwell.images.report", "target/images"));
        Files.createDirectories(report);
        StringBuilder figures = new StringBuilder("| container | ready in |\n| --- | --- |\n");
        secondsToHealthy.forEach((service, seconds) -> figures.append(String.format("| %s | %.1f s |%n", service, seconds)));
        Files.writeString(report.resolve("time-to-healthy.md"), figures);
    }
}
