package io.restwell.kubernetes.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * All checks of a rendered overlay: every object against the schema of its API (Kubernetes 1.34,
 * Strimzi, CloudNativePG, Prometheus Operator), then the platform's policies and the monitoring
 * rules and the security boundaries ({@link SecurityChecks}). An object of an API group none of them knows is a problem too, so nothing goes unchecked by
 * accident.
 */
public final class ManifestChecks {

    private final StructuralSchemas structural;
    private final Set<String> runbookAnchors;

    /**
     * @param kubernetesDir deploy/kubernetes, whose schemas/ folder holds the CloudNativePG and
     *        Prometheus Operator schemas, and two levels up docs/operations.md, the alerts' runbook
     */
    public ManifestChecks(Path kubernetesDir) {
        this.structural = new StructuralSchemas(kubernetesDir.resolve("schemas"));
        this.runbookAnchors = MonitoringChecks.anchors(kubernetesDir.resolve("../../docs/operations.md").normalize());
    }

    /** Schema problems of every object. */
    public List<String> schemas(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : objects) {
            if (KubernetesSchema.isBuiltIn(object)) {
                problems.addAll(KubernetesSchema.validate(object));
            } else if (StrimziModel.handles(object)) {
                problems.addAll(StrimziModel.validate(object));
            } else if (StructuralSchemas.handles(object)) {
                problems.addAll(structural.validate(object));
            } else {
                problems.add(Kustomize.describe(object) + ": no schema known for " + object.path("apiVersion").asText());
            }
        }
        return problems;
    }

    /** Schema and policy problems of a rendered overlay; production adds {@link PolicyChecks#production}. */
    public List<String> all(List<ObjectNode> objects, boolean production) {
        List<String> problems = schemas(objects);
        problems.addAll(PolicyChecks.common(objects));
        problems.addAll(MonitoringChecks.common(objects, runbookAnchors));
        problems.addAll(SecurityChecks.common(objects));
        if (production) {
            problems.addAll(PolicyChecks.production(objects));
            problems.addAll(SecurityChecks.production(objects));
            problems.addAll(MonitoringChecks.production(objects));
        }
        return problems;
    }
}
