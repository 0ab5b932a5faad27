package io.restwell.kubernetes.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

import io.restwell.events.Topics;
import io.restwell.local.stack.ServiceJvm;

/** The manifests agree with the rest of the repository: topics, ports, images, the dev key. */
class ConsistencyTest {

    private static final Map<String, Integer> PORTS = Map.of(
            "api-gateway", 8080, "booking-service", 8081, "journal-service", 8082, "recommendation-service", 8083);

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyTopicOfTheEventContractsIsDeclaredWithItsDeadLetterTopic(String overlay) {
        List<ObjectNode> topics = PolicyChecks.ofKind(Kustomize.build(Paths.overlay(overlay)), "KafkaTopic");
        Set<String> names = topics.stream().map(t -> t.path("spec").path("topicName").asText())
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(new TreeSet<>(Topics.all()), names);
        for (ObjectNode topic : topics) {
            assertEquals("restwell-kafka", topic.path("metadata").path("labels").path("strimzi.io/cluster").asText());
            assertTrue(topic.path("spec").path("partitions").asInt() >= 6, "partitions of " + Kustomize.name(topic));
            assertTrue(topic.path("spec").path("config").has("retention.ms"), "retention of " + Kustomize.name(topic));
        }
    }

    @Test
    void productionTopicsSurviveABrokerLoss() {
        List<ObjectNode> objects = Kustomize.build(Paths.overlay("prod"));
        int brokers = PolicyChecks.find(objects, "KafkaNodePool", "dual-role").path("spec").path("replicas").asInt();
        for (ObjectNode topic : PolicyChecks.ofKind(objects, "KafkaTopic")) {
            int replicas = topic.path("spec").path("replicas").asInt();
            int minIsr = topic.path("spec").path("config").path("min.insync.replicas").asInt();
            assertTrue(replicas <= brokers && replicas >= 3 && minIsr == replicas - 1, Kustomize.name(topic));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"api-gateway", "booking-service", "journal-service", "recommendation-service"})
    void eachServiceHasAJvmDockerfileForTheImageAndPortTheManifestsUse(String service) throws IOException {
        Path dockerfile = Paths.REPO.resolve(service).resolve("src/main/docker/Dockerfile.jvm");
        String text = Files.readString(dockerfile);
        // The base is a build argument whose default is the production base (deploy/images passes its own).
        assertTrue(text.contains("ARG BASE_IMAGE=registry.access.redhat.com/ubi9/openjdk-17-runtime:"), "base image");
        assertTrue(text.contains("\nFROM ${BASE_IMAGE}\n"), "FROM the base argument");
        assertFalse(text.contains("run-java.sh\" ]"), "no launcher that only one base has");
        for (String dir : List.of("lib/", "*.jar", "app/", "quarkus/")) {
            assertTrue(text.contains("COPY --chown=185 target/quarkus-app/" + dir), "copies " + dir);
        }
        assertTrue(text.contains("\nUSER 185\n"), "runs as uid 185");
        String start = text.lines().filter(line -> line.startsWith("ENTRYPOINT")).findFirst().orElse("");
        for (String flag : ServiceJvm.RUNTIME) {
            assertTrue(start.contains(" " + flag + " "), "the start command runs with " + flag + " as every service does: " + start);
        }
        assertTrue(text.contains("ghcr.io/restwell/" + service + ":"), "documents the image name");
        Matcher expose = Pattern.compile("\nEXPOSE (\\d+)\n").matcher(text);
        assertTrue(expose.find());
        assertEquals(PORTS.get(service), Integer.valueOf(expose.group(1)));

        ObjectNode deployment = PolicyChecks.find(Kustomize.build(Paths.overlay("prod")), "Deployment", service);
        ObjectNode container = (ObjectNode) deployment.at("/spec/template/spec/containers/0");
        assertEquals(PORTS.get(service), container.at("/ports/0/containerPort").asInt());
        assertEquals("ghcr.io/restwell/" + service, Kustomize.imageName(container.path("image").asText()));
        assertEquals(185, deployment.at("/spec/template/spec/securityContext/runAsUser").asInt());
    }

    /** The management port the manifests probe and scrape is the one each service's application.properties sets. */
    @ParameterizedTest
    @ValueSource(strings = {"api-gateway", "booking-service", "journal-service", "recommendation-service"})
    void theManagementPortIsTheServicesOwn(String service) throws IOException {
        Matcher port = Pattern.compile("(?m)^quarkus\\.management\\.port=(\\d+)$").matcher(
                Files.readString(Paths.REPO.resolve(service).resolve("src/main/resources/application.properties")));
        assertTrue(port.find(), service + " sets quarkus.management.port");
        assertTrue(Files.readString(Paths.REPO.resolve(service).resolve("src/main/resources/application.properties"))
                .contains("quarkus.management.enabled=true"), service + " enables the management interface");
        ObjectNode deployment = PolicyChecks.find(Kustomize.build(Paths.overlay("prod")), "Deployment", service);
        int declared = -1;
        for (com.fasterxml.jackson.databind.JsonNode p : deployment.at("/spec/template/spec/containers/0/ports")) {
            if (p.path("name").asText().equals("management")) {
                declared = p.path("containerPort").asInt();
            }
        }
        assertEquals(Integer.parseInt(port.group(1)), declared);
    }

    @Test
    void everyTopicKeepsItsEventsSevenDaysDeadLettersToo() {
        for (ObjectNode topic : PolicyChecks.ofKind(Kustomize.build(Paths.overlay("prod")), "KafkaTopic")) {
            assertEquals(7L * 24 * 3600 * 1000, topic.at("/spec/config/retention.ms").asLong(), Kustomize.name(topic));
        }
    }

    @Test
    void theDevOverlaysKeyIsTheLocalStacksDevKeyAndProductionHasNone() throws IOException {
        assertEquals(Files.readString(Paths.REPO.resolve("deploy/local/dev-keys/dev-public.pem")),
                Files.readString(Paths.overlay("dev").resolve("dev-jwt/dev-public.pem")));
        String prod = Yaml.write(Kustomize.build(Paths.overlay("prod")));
        assertFalse(prod.contains("BEGIN PUBLIC KEY"));
        assertFalse(prod.contains("restwell.local/dev"));
        assertFalse(Files.exists(Paths.overlay("dev").resolve("dev-jwt/dev-private.pem")));
    }

    @Test
    void theRendererRendersTheRealContentHashOfGeneratedConfigMaps() {
        // Checked against kubectl kustomize 5.5: ConfigMap x with data {A: b} is x-b9t2424hkf.
        ObjectNode cm = Yaml.readAll("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {A: b}\n", "test").get(0);
        assertEquals("b9t2424hkf", Kustomize.configMapHash(cm));
    }

    @Test
    void strimziVersionRangesAreReadLikeStrimzisGenerator() {
        assertTrue(StrimziModel.inRange("v1", "v1+"));
        assertFalse(StrimziModel.inRange("v1", "v1beta2"));
        assertTrue(StrimziModel.inRange("v1beta1", "v1alpha1-v1beta2"));
        assertFalse(StrimziModel.inRange("v1", "v1alpha1-v1beta2"));
    }
}
