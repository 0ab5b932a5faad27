package io.restwell.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;

import io.restwell.kubernetes.checks.Kustomize;
import io.restwell.local.infra.FreePorts;
import io.restwell.local.infra.PlatformInfrastructure;

/**
 * {@code podman kube play} of the dev overlay's rendered Deployments and ConfigMaps, images tagged as
 * the overlay names them ({@code ghcr.io/restwell/<service>:dev}, which build-images makes), with the
 * operators' Secrets standing in for the test PostgreSQL and Kafka ({@link PlayedManifests} lists
 * every liberty taken). Every pod must start, pass its startup, liveness and readiness probes on the
 * port each names, hold its security context, and together serve the core journey through the
 * gateway's pod. A setting the manifests do not give a service fails here.
 */
class PodsIT {

    private static final YAMLMapper YAML = (YAMLMapper) new YAMLMapper().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);
    private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^:/]+):(\\d+)/(\\w+)");

    private static PlatformInfrastructure infrastructure;
    private static PlayedManifests manifests;
    private static Path played;
    private static final Map<String, Map<String, String>> secrets = new LinkedHashMap<>();
    private static final Map<String, Double> secondsToReady = new LinkedHashMap<>();

    @BeforeAll
    static void playTheDevOverlay() throws Exception {
        Path root = Path.of(System.getProperty("restwell.root", "../..")).toAbsolutePath().normalize();
        // Host networking: the pods listen on the ports the manifests give them; nothing else may.
        for (int port : List.of(8080, 8081, 8082, 8083, 9080, 9081, 9082, 9083)) {
            assertTrue(FreePorts.isFree(port), "port " + port + " is taken; the played pods need it (stop deploy/local/run)");
        }
        infrastructure = PlatformInfrastructure.start(Map.of());
        for (String area : List.of("booking", "journal", "recommendation")) {
            Matcher url = JDBC.matcher(infrastructure.database(area).jdbcUrl());
            assertTrue(url.matches());
            PlatformInfrastructure.Database database = infrastructure.database(area);
            // CloudNativePG's <cluster>-app Secret, the keys the Deployments read.
            secrets.put(area + "-db-app", Map.of("host", url.group(1), "port", url.group(2), "dbname", url.group(3),
                    "username", database.username(), "password", database.password()));
            // Strimzi's User Operator's Secret for the KafkaUser of the service's name (unused over plaintext).
            secrets.put(area + "-service", Map.of("sasl.jaas.config",
                    "org.apache.kafka.common.security.scram.ScramLoginModule required username=\"" + area
                            + "-service\" password=\"not-used-by-the-test-broker\";"));
        }
        secrets.put("restwell-kafka-cluster-ca-cert", Map.of("ca.crt", "not used by the test broker (plaintext)"));

        manifests = new PlayedManifests(Kustomize.build(root.resolve("deploy/kubernetes/overlays/dev")), secrets,
                Map.of("restwell-config", Map.of("KAFKA_BOOTSTRAP_SERVERS", infrastructure.kafkaBootstrapServers(),
                        "KAFKA_SECURITY_PROTOCOL", "PLAINTEXT")));
        Path dir = Path.of(System.getProperty("restwell.images.report", "target/images")).resolve("pods");
        Files.createDirectories(dir);
        played = dir.resolve("dev-overlay-played.yaml");
        StringBuilder documents = new StringBuilder();
        for (var object : manifests.objects()) {
            documents.append("---\n").append(YAML.writeValueAsString(object));
        }
        Files.writeString(played, documents);

        removeSecrets();
        for (var secret : secrets.entrySet()) {
            Path file = dir.resolve(secret.getKey() + ".secret.json");
            Files.writeString(file, PlayedManifests.podmanSecret(secret.getValue()));
            Podman.run("secret", "create", secret.getKey(), file.toString()).orFail("podman secret create " + secret.getKey());
            Files.delete(file);
        }
        long started = System.nanoTime();
        Podman.run("kube", "play", "--network", "host", played.toString()).orFail("podman kube play " + played);
        // The kubelet's startup probes: each has periodSeconds x failureThreshold to pass.
        for (PlayedManifests.Played pod : manifests.played()) {
            PlayedManifests.Probe startup = pod.probes().get("startupProbe");
            secondsToReady.put(pod.deployment(), Containers.awaitOk(pod.container(), startup.uri(),
                    Duration.ofSeconds((long) startup.periodSeconds() * startup.failureThreshold()), started));
        }
        secondsToReady.forEach((deployment, seconds) -> System.out.printf("[pods] %s started in %.1f s%n", deployment, seconds));
    }

    @AfterAll
    static void takeThePodsDown() throws Exception {
        try {
            if (played != null) {
                Podman.run("kube", "down", played.toString());
                for (PlayedManifests.Played pod : manifests.played()) {
                    assertEquals(1, Podman.run("pod", "exists", pod.pod()).exitCode(), pod.pod() + " left behind");
                }
            }
            removeSecrets();
        } finally {
            if (infrastructure != null) {
                infrastructure.stop();
            }
        }
    }

    @Test
    void everyDeploymentOfTheOverlayIsPlayed() {
        assertEquals(Containers.SERVICES, manifests.played().stream().map(PlayedManifests.Played::deployment).sorted().toList());
    }

    @Test
    void everyPodPassesItsLivenessAndReadinessProbesOnThePortsTheyName() throws Exception {
        for (PlayedManifests.Played pod : manifests.played()) {
            assertEquals(pod.ports().get("management"), pod.probes().get("readinessProbe").port(), pod.deployment());
            for (String kind : List.of("livenessProbe", "readinessProbe")) {
                PlayedManifests.Probe probe = pod.probes().get(kind);
                Containers.awaitOk(pod.container(), probe.uri(), Duration.ofSeconds((long) probe.periodSeconds() * probe.failureThreshold()),
                        System.nanoTime());
            }
            // The public port answers the API, not health (docs/kubernetes.md, "Ports, probes and scraping").
            assertEquals(404, Containers.status(URI.create("http://127.0.0.1:" + pod.ports().get("http") + "/q/health")),
                    pod.deployment() + ": health on the public port");
        }
    }

    @Test
    void everyPodHoldsItsSecurityContext() {
        for (PlayedManifests.Played pod : manifests.played()) {
            Containers.assertLockedDown(pod.container());
            String mode = Podman.run("inspect", "--format", "{{.HostConfig.ReadonlyRootfs}} {{.HostConfig.Memory}}", pod.container())
                    .orFail("inspect " + pod.container()).output();
            assertEquals("true " + pod.memoryLimitBytes(), mode, pod.container() + ": read-only root and the manifest's memory limit");
        }
    }

    @Test
    void everyHeapFollowsItsPodsMemoryLimit() throws Exception {
        for (PlayedManifests.Played pod : manifests.played()) {
            Containers.assertHeapFollowsTheMemoryLimit(pod.container(),
                    URI.create("http://127.0.0.1:" + pod.ports().get("management")), pod.memoryLimitBytes());
        }
    }

    @Test
    void theGatewaysPodServesTheCoreJourneyWithTheManifestsSettingsAlone() throws Exception {
        int gateway = manifests.played().stream().filter(pod -> pod.deployment().equals("api-gateway")).findFirst()
                .orElseThrow().ports().get("http");
        Containers.withLogs(manifests.played().stream().map(PlayedManifests.Played::container).toList(),
                () -> CoreJourney.run(URI.create("http://127.0.0.1:" + gateway)));
    }

    private static void removeSecrets() {
        String existing = Podman.run("secret", "ls", "--format", "{{.Name}}").output();
        for (String name : secrets.keySet()) {
            if (existing.lines().collect(Collectors.toSet()).contains(name)) {
                Podman.run("secret", "rm", name).orFail("podman secret rm " + name);
            }
        }
    }
}
