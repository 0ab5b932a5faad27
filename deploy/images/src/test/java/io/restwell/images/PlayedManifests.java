package io.restwell.images;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The dev overlay's rendered Deployments and ConfigMaps, made playable by {@code podman kube play}
 * on this machine. Only what stands in for the cluster changes; every setting stays the manifests':
 *
 * <ul>
 * <li>the Secrets that CloudNativePG and Strimzi's operators would create ({@code <db>-app},
 * the KafkaUsers', the cluster CA) are given by the test, pointing at the test PostgreSQL;
 * <li>{@code restwell-config}'s Kafka address and protocol name the test broker (plaintext: it has no
 * TLS listener or SCRAM users);
 * <li>cluster DNS: a URL whose host is one of the overlay's Services gets 127.0.0.1 (the pods share
 * the host's network, where the Service's port is the pod's);
 * <li>the kubelet's work that podman 4.3 does not do: {@code $(VAR)} references in env values are
 * expanded; the probes are taken out and asked by the test itself, from the node, as the kubelet
 * does (podman would turn them into curl commands run inside an image that has no curl); the ports
 * list goes too (host networking has no port mappings; the probes still resolve their named ports).
 * </ul>
 * A missing ConfigMap key, Secret key or setting is therefore missing in the played pods too.
 */
final class PlayedManifests {

    /** One Deployment's container as played: its probes (path and resolved port) and what it runs with. */
    record Played(String deployment, String pod, String container, Map<String, Probe> probes, long memoryLimitBytes,
            Map<String, Integer> ports) {
    }

    record Probe(String path, int port, int periodSeconds, int failureThreshold) {
        URI uri() {
            return URI.create("http://127.0.0.1:" + port + path);
        }
    }

    private static final Pattern VAR = Pattern.compile("\\$\\(([A-Za-z_][A-Za-z0-9_]*)\\)");
    private static final Pattern URL_HOST = Pattern.compile("^(https?://)([a-z0-9-]+)(:\\d+)?(/.*)?$");

    private final List<ObjectNode> playable = new ArrayList<>();
    private final List<Played> played = new ArrayList<>();

    /**
     * @param secrets the Secrets the operators would create: name -> key -> value
     * @param configOverrides ConfigMap name (without kustomize's hash) -> key -> value
     */
    PlayedManifests(List<ObjectNode> rendered, Map<String, Map<String, String>> secrets,
            Map<String, Map<String, String>> configOverrides) {
        Set<String> services = rendered.stream().filter(o -> o.path("kind").asText().equals("Service"))
                .map(o -> o.at("/metadata/name").asText()).collect(Collectors.toSet());
        Map<String, Map<String, String>> configMaps = new LinkedHashMap<>();
        for (ObjectNode object : rendered) {
            if (!object.path("kind").asText().equals("ConfigMap")) {
                continue;
            }
            ObjectNode copy = object.deepCopy();
            String name = copy.at("/metadata/name").asText();
            ObjectNode data = (ObjectNode) copy.path("data");
            configOverrides.forEach((base, values) -> {
                if (name.matches(Pattern.quote(base) + "-[a-z0-9]{10}")) {
                    values.forEach((key, value) -> {
                        if (!data.has(key)) {
                            throw new AssertionError(name + " has no " + key + " to point at the test infrastructure");
                        }
                        data.put(key, value);
                    });
                }
            });
            data.fieldNames().forEachRemaining(key -> data.put(key, clusterDns(data.get(key).asText(), services)));
            Map<String, String> values = new LinkedHashMap<>();
            data.fields().forEachRemaining(entry -> values.put(entry.getKey(), entry.getValue().asText()));
            configMaps.put(name, values);
            playable.add(copy);
        }
        for (ObjectNode object : rendered) {
            if (object.path("kind").asText().equals("Deployment")) {
                playable.add(deployment(object.deepCopy(), secrets, configMaps, services));
            }
        }
    }

    List<ObjectNode> objects() {
        return playable;
    }

    List<Played> played() {
        return played;
    }

    private ObjectNode deployment(ObjectNode deployment, Map<String, Map<String, String>> secrets,
            Map<String, Map<String, String>> configMaps, Set<String> services) {
        String name = deployment.at("/metadata/name").asText();
        ObjectNode spec = (ObjectNode) deployment.at("/spec/template/spec");
        ArrayNode containers = (ArrayNode) spec.path("containers");
        if (containers.size() != 1) {
            throw new AssertionError(name + ": one container expected, found " + containers.size());
        }
        ObjectNode container = (ObjectNode) containers.get(0);
        Map<String, Integer> ports = new LinkedHashMap<>();
        container.path("ports").forEach(port -> ports.put(port.path("name").asText(), port.path("containerPort").asInt()));
        Map<String, Probe> probes = new LinkedHashMap<>();
        for (String kind : List.of("startupProbe", "livenessProbe", "readinessProbe")) {
            JsonNode probe = container.path(kind);
            if (probe.isMissingNode()) {
                throw new AssertionError(name + " has no " + kind);
            }
            JsonNode port = probe.at("/httpGet/port");
            Integer number = port.isInt() ? Integer.valueOf(port.asInt()) : ports.get(port.asText());
            if (number == null) {
                throw new AssertionError(name + "'s " + kind + " names port '" + port.asText() + "', which the container does not have");
            }
            probes.put(kind, new Probe(probe.at("/httpGet/path").asText(), number, probe.path("periodSeconds").asInt(10),
                    probe.path("failureThreshold").asInt(3)));
            container.remove(kind);
        }
        container.remove("ports");

        // The kubelet's $(VAR) expansion, in order, over the ConfigMaps' and earlier entries' values.
        Map<String, String> known = new LinkedHashMap<>();
        container.path("envFrom").forEach(source -> {
            String configMap = source.at("/configMapRef/name").asText();
            if (!configMaps.containsKey(configMap)) {
                throw new AssertionError(name + " reads ConfigMap " + configMap + ", which the overlay does not render");
            }
            known.putAll(configMaps.get(configMap));
        });
        for (java.util.Iterator<JsonNode> variables = container.path("env").iterator(); variables.hasNext();) {
            ObjectNode entry = (ObjectNode) variables.next();
            String variableName = entry.path("name").asText();
            if (entry.has("value")) {
                String value = clusterDns(expand(entry.path("value").asText(), known), services);
                entry.put("value", value);
                known.put(variableName, value);
            } else if (entry.at("/valueFrom/secretKeyRef").isObject()) {
                String secret = entry.at("/valueFrom/secretKeyRef/name").asText();
                String key = entry.at("/valueFrom/secretKeyRef/key").asText();
                String value = secrets.getOrDefault(secret, Map.of()).get(key);
                if (value == null && entry.at("/valueFrom/secretKeyRef/optional").asBoolean(false)) {
                    // As the kubelet does: an optional key that does not exist leaves the variable unset.
                    variables.remove();
                    continue;
                }
                if (value == null) {
                    throw new AssertionError(name + " reads key " + key + " of Secret " + secret + ", which no operator creates");
                }
                known.put(variableName, value);
            } else if (entry.at("/valueFrom/configMapKeyRef").isObject()) {
                String configMap = entry.at("/valueFrom/configMapKeyRef/name").asText();
                known.put(variableName, configMaps.getOrDefault(configMap, Map.of())
                        .get(entry.at("/valueFrom/configMapKeyRef/key").asText()));
            }
        }
        long memory = MemoryQuantity.bytes(container.at("/resources/limits/memory").asText());
        String pod = name + "-pod-0";
        played.add(new Played(name, pod, pod + "-" + container.path("name").asText(), probes, memory, ports));
        return deployment;
    }

    private static String expand(String value, Map<String, String> known) {
        Matcher matcher = VAR.matcher(value);
        StringBuilder expanded = new StringBuilder();
        while (matcher.find()) {
            String replacement = known.get(matcher.group(1));
            if (replacement == null) {
                throw new AssertionError("$(" + matcher.group(1) + ") in '" + value + "' names no earlier variable");
            }
            matcher.appendReplacement(expanded, Matcher.quoteReplacement(replacement));
        }
        return matcher.appendTail(expanded).toString();
    }

    private static String clusterDns(String value, Set<String> services) {
        Matcher matcher = URL_HOST.matcher(value);
        if (matcher.matches() && services.contains(matcher.group(2))) {
            return matcher.group(1) + "127.0.0.1" + (matcher.group(3) == null ? "" : matcher.group(3))
                    + (matcher.group(4) == null ? "" : matcher.group(4));
        }
        return value;
    }

    /** A Secret as podman's secret store holds it for kube play's secretKeyRef: a JSON object of base64 values. */
    static String podmanSecret(Map<String, String> data) {
        return data.entrySet().stream()
                .map(e -> "\"" + e.getKey() + "\":\"" + Base64.getEncoder().encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)) + "\"")
                .collect(Collectors.joining(",", "{", "}"));
    }

    static final class MemoryQuantity {
        private MemoryQuantity() {
        }

        static long bytes(String quantity) {
            Matcher matcher = Pattern.compile("(\\d+)(Ki|Mi|Gi)?").matcher(quantity);
            if (!matcher.matches()) {
                throw new AssertionError("memory limit " + quantity);
            }
            long number = Long.parseLong(matcher.group(1));
            return matcher.group(2) == null ? number : switch (matcher.group(2)) {
                case "Ki" -> number << 10;
                case "Mi" -> number << 20;
                default -> number << 30;
            };
        }
    }
}
