package io.restwell.kubernetes.checks;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
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
 * <p>What it does not catch: rules the API server enforces in code rather than in the OpenAPI
 * (enum values such as {@code whenUnsatisfiable}, name formats, immutable fields, cross-field rules
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
        return problems;
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
