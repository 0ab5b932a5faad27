package io.restwell.kubernetes.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** Every overlay renders, and what it renders passes every check. */
class OverlaysTest {

    private final ManifestChecks checks = new ManifestChecks(Paths.KUBERNETES);

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void everyObjectMatchesTheSchemaOfItsApi(String overlay) {
        List<ObjectNode> objects = Kustomize.build(Paths.overlay(overlay));
        assertFalse(objects.isEmpty());
        assertEquals(List.of(), checks.schemas(objects));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void passesThePolicies(String overlay) {
        List<ObjectNode> objects = Kustomize.build(Paths.overlay(overlay));
        assertEquals(List.of(), checks.all(objects, overlay.equals("prod")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void rendersTheWholePlatform(String overlay) {
        Map<String, Integer> kinds = new TreeMap<>();
        Kustomize.build(Paths.overlay(overlay)).forEach(o -> kinds.merge(o.path("kind").asText(), 1, Integer::sum));
        assertEquals(4, kinds.get("Deployment"));
        assertEquals(4, kinds.get("Service"));
        assertEquals(1, kinds.get("Ingress"));
        assertEquals(1, kinds.get("Kafka"));
        assertEquals(1, kinds.get("KafkaNodePool"));
        assertEquals(6, kinds.get("KafkaTopic"));
        assertEquals(3, kinds.get("Cluster"));
        assertTrue(kinds.get("NetworkPolicy") >= 5);
        if (overlay.equals("prod")) {
            assertEquals(4, kinds.get("HorizontalPodAutoscaler"));
            assertEquals(4, kinds.get("PodDisruptionBudget"));
            assertEquals(3, kinds.get("ScheduledBackup"));
            assertEquals(3, kinds.get("ObjectStore"));
            assertEquals(4, kinds.get("ServiceMonitor"));
            assertEquals(1, kinds.get("PodMonitor"));
            assertEquals(1, kinds.get("PrometheusRule"));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dev", "prod"})
    void networkPoliciesAllowExactlyTheFlowsOfTheDesign(String overlay) {
        assertEquals(new java.util.TreeSet<>(PolicyChecks.DESIGN_FLOWS),
                PolicyChecks.flows(Kustomize.build(Paths.overlay(overlay))));
    }
}
