package io.restwell.kubernetes.checks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Validates built-in Kubernetes objects against the API of Kubernetes 1.34, using the models of the
 * official Java client (io.kubernetes:client-java-api 25.0.0), which are generated from that
 * release's OpenAPI document.
 *
 * <p>What it catches: a field the API does not have, at any depth (a typo like {@code readinesProbe},
 * or a field from a newer Kubernetes); a missing field the OpenAPI marks required (a container's
 * {@code name}, a port's {@code port}); a value of the wrong JSON type (a string where a list goes);
 * a malformed resource quantity ({@code 512MB}); an apiVersion/kind that is not served by 1.34 (the
 * table below lists the ones this platform uses; anything else is refused).
 *
 * <p>The models do not know the enumerations the API server checks in code; {@link #ENUMS} adds the
 * ones of the fields these manifests use ({@code whenUnsatisfiable}, {@code pathType}, ...).
 *
 * <p>What it does not catch: other rules the API server enforces in code rather than in the OpenAPI
 * (name formats, immutable fields, cross-field rules
 * like "selector must match the template's labels"), and admission policies. {@link PolicyChecks}
 * covers the ones that matter here; the rest needs a server-side dry run against a real cluster
 * ({@code kubectl apply --dry-run=server -k ...}).
 */
public final class KubernetesSchema {

    /** Kubernetes version whose schema this validates against. */
    public static final String KUBERNETES_VERSION = "1.34";

    /** apiVersion + kind served by Kubernetes 1.34 that the manifests may use -> the generated model. */
    private static final Map<String, String> MODELS = Map.ofEntries(
            Map.entry("v1/ConfigMap", "V1ConfigMap"),
            Map.entry("v1/Secret", "V1Secret"),
            Map.entry("v1/Service", "V1Service"),
            Map.entry("v1/ServiceAccount", "V1ServiceAccount"),
            Map.entry("v1/Namespace", "V1Namespace"),
            Map.entry("v1/PersistentVolumeClaim", "V1PersistentVolumeClaim"),
            Map.entry("apps/v1/Deployment", "V1Deployment"),
            Map.entry("apps/v1/StatefulSet", "V1StatefulSet"),
            Map.entry("batch/v1/Job", "V1Job"),
            Map.entry("batch/v1/CronJob", "V1CronJob"),
            Map.entry("autoscaling/v2/HorizontalPodAutoscaler", "V2HorizontalPodAutoscaler"),
            Map.entry("policy/v1/PodDisruptionBudget", "V1PodDisruptionBudget"),
            Map.entry("networking.k8s.io/v1/Ingress", "V1Ingress"),
            Map.entry("networking.k8s.io/v1/NetworkPolicy", "V1NetworkPolicy"),
            Map.entry("rbac.authorization.k8s.io/v1/Role", "V1Role"),
            Map.entry("rbac.authorization.k8s.io/v1/RoleBinding", "V1RoleBinding"));

    /**
     * Enumerations the API server checks in code, which the generated models do not: path (with * for
     * any list element or map key; "Kind:" in front limits it to one kind) -> allowed values. Only the
     * fields these manifests use.
     */
    private static final Map<String, List<String>> ENUMS = Map.ofEntries(
            Map.entry("*/containers/*/imagePullPolicy", List.of("Always", "IfNotPresent", "Never")),
            Map.entry("*/ports/*/protocol", List.of("TCP", "UDP", "SCTP")),
            Map.entry("*/topologySpreadConstraints/*/whenUnsatisfiable", List.of("DoNotSchedule", "ScheduleAnyway")),
            Map.entry("*/seccompProfile/type", List.of("RuntimeDefault", "Localhost", "Unconfined")),
            Map.entry("*/matchExpressions/*/operator", List.of("In", "NotIn", "Exists", "DoesNotExist")),
            Map.entry("*/capabilities/drop/*", List.of("ALL", "AUDIT_WRITE", "CHOWN", "DAC_OVERRIDE", "FOWNER",
                    "FSETID", "KILL", "MKNOD", "NET_BIND_SERVICE", "NET_RAW", "SETFCAP", "SETGID", "SETPCAP", "SETUID",
                    "SYS_CHROOT")),
            Map.entry("/spec/strategy/type", List.of("RollingUpdate", "Recreate")),
            Map.entry("Service:/spec/type", List.of("ClusterIP", "NodePort", "LoadBalancer", "ExternalName")),
            Map.entry("/spec/rules/*/http/paths/*/pathType", List.of("Exact", "Prefix", "ImplementationSpecific")),
            Map.entry("/spec/policyTypes/*", List.of("Ingress", "Egress")),
            Map.entry("/spec/unhealthyPodEvictionPolicy", List.of("IfHealthyBudget", "AlwaysAllow")),
            Map.entry("/spec/metrics/*/type", List.of("Resource", "Pods", "Object", "External", "ContainerResource")),
            Map.entry("/spec/metrics/*/resource/target/type", List.of("Utilization", "Value", "AverageValue")),
            Map.entry("/spec/behavior/*/policies/*/type", List.of("Pods", "Percent")));

    private KubernetesSchema() {
    }

    /** True for objects of Kubernetes's own API groups (as opposed to custom resources). */
    public static boolean isBuiltIn(ObjectNode object) {
        String apiVersion = object.path("apiVersion").asText();
        if (!apiVersion.contains("/")) {
            return true;
        }
        String group = apiVersion.substring(0, apiVersion.indexOf('/'));
        return !group.contains(".") || group.endsWith(".k8s.io");
    }

    /** The problems of one built-in object; empty when it is valid. */
    public static List<String> validate(ObjectNode object) {
        List<String> problems = new ArrayList<>();
        String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String model = MODELS.get(key);
        if (model == null) {
            problems.add(Kustomize.describe(object) + ": " + key + " is not a Kubernetes " + KUBERNETES_VERSION
                    + " kind these checks know");
            return problems;
        }
        try {
            Class<?> type = Class.forName("io.kubernetes.client.openapi.models." + model);
            Method fromJson = type.getMethod("fromJson", String.class);
            fromJson.invoke(null, Yaml.JSON.writeValueAsString(object));
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            problems.add(Kustomize.describe(object) + ": " + cause.getClass().getSimpleName() + ": "
                    + shorten(cause.getMessage()));
        } catch (ReflectiveOperationException | JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        enums(object, "", object, problems);
        return problems;
    }

    private static void enums(ObjectNode root, String path, JsonNode node, List<String> problems) {
        if (node.isValueNode()) {
            for (Map.Entry<String, List<String>> e : ENUMS.entrySet()) {
                String key = e.getKey();
                int colon = key.indexOf(':');
                if (colon > 0 && !key.substring(0, colon).equals(root.path("kind").asText())) {
                    continue;
                }
                if (pathMatches(key.substring(colon + 1), path) && !e.getValue().contains(node.asText())) {
                    problems.add(Kustomize.describe(root) + ": " + path + " = '" + node.asText() + "' is not one of "
                            + e.getValue());
                }
            }
        } else if (node.isObject()) {
            node.fields().forEachRemaining(f -> enums(root, path + "/" + f.getKey(), f.getValue(), problems));
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                enums(root, path + "/" + i, node.get(i), problems);
            }
        }
    }

    /** "*" matches one segment; a leading "*&#47;" matches any prefix. */
    static boolean pathMatches(String pattern, String path) {
        String regex = java.util.regex.Pattern.quote(pattern).replace("*", "\\E[^/]+\\Q");
        if (pattern.startsWith("*/")) {
            regex = "(/[^/]+)*" + java.util.regex.Pattern.quote(pattern.substring(1)).replace("*", "\\E[^/]+\\Q");
        }
        return path.matches(regex);
    }

    /** The client's messages repeat the whole JSON of the offending object: keep the first part. */
    private static String shorten(String message) {
        if (message == null) {
            return "";
        }
        int json = message.indexOf(". JSON: ");
        String text = json > 0 ? message.substring(0, json) : message;
        return text.length() > 400 ? text.substring(0, 400) + "..." : text;
    }
}
