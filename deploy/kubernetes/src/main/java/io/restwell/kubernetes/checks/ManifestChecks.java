package io.restwell.kubernetes.checks;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * All checks of a rendered overlay: every object against the schema of its API (Kubernetes 1.34,
 * Strimzi, CloudNativePG), then the platform's policies. An object of an API group none of them knows
 * is a problem too, so nothing goes unchecked by accident.
 */
public final class ManifestChecks {

    private final CloudNativePgSchema cloudNativePg;

    /** @param kubernetesDir deploy/kubernetes, whose schemas/ folder holds the CloudNativePG schemas */
    public ManifestChecks(Path kubernetesDir) {
        this.cloudNativePg = new CloudNativePgSchema(kubernetesDir.resolve("schemas"));
    }

    /** Schema problems of every object. */
    public List<String> schemas(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode object : objects) {
            if (KubernetesSchema.isBuiltIn(object)) {
                problems.addAll(KubernetesSchema.validate(object));
            } else if (StrimziModel.handles(object)) {
                problems.addAll(StrimziModel.validate(object));
            } else if (CloudNativePgSchema.handles(object)) {
                problems.addAll(cloudNativePg.validate(object));
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
        if (production) {
            problems.addAll(PolicyChecks.production(objects));
        }
        return problems;
    }
}
