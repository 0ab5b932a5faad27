package io.restwell.kubernetes.checks;

import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The security boundaries of docs/security.md as the manifests must draw them.
 *
 * <p>Every overlay:
 * <ul>
 * <li><b>Tokens.</b> Every Deployment verifies people's JWTs (the gateway first, then each service), so each
 * container gets an issuer ({@code RESTWELL_JWT_ISSUER} or {@code MP_JWT_VERIFY_ISSUER}), a key
 * ({@code RESTWELL_JWT_PUBLIC_KEY_LOCATION}, {@code MP_JWT_VERIFY_PUBLICKEY_LOCATION} or an inline
 * {@code MP_JWT_VERIFY_PUBLICKEY}) and the expected audience ({@code RESTWELL_JWT_AUDIENCE}), none blank; and when
 * the key is fetched from a URL, its NetworkPolicies let the pod reach that port outside the cluster (an
 * {@code ipBlock} peer) and DNS.</li>
 * <li><b>Management port.</b> Each container has a port named {@code management}; its probes use it; no Ingress
 * routes to it and no ingress rule admitting the ingress controller's namespace (a namespaceSelector naming
 * {@code ingress…}) opens it.</li>
 * <li><b>Trusted proxies.</b> The gateway's {@code RESTWELL_GATEWAY_TRUSTED_PROXIES} is set (the default trusts
 * nobody) and never everything.</li>
 * </ul>
 *
 * <p>Production in addition, <b>Kafka</b>: every listener of the Kafka cluster is TLS with authentication and the
 * cluster authorizes (ACLs); every Deployment that talks to Kafka connects to such a listener with
 * {@code SASL_SSL} and SCRAM, its credentials from the Secret of a KafkaUser of its own name, the brokers' CA as
 * its truststore.
 */
public final class SecurityChecks {

    static final String MANAGEMENT_PORT = "management";
    private static final Set<String> PROBES = Set.of("startupProbe", "livenessProbe", "readinessProbe");

    private SecurityChecks() {
    }

    public static List<String> common(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : PolicyChecks.ofKind(objects, "Deployment")) {
            tokens(deployment, objects, problems);
            managementPort(deployment, objects, problems);
            if (Kustomize.name(deployment).equals("api-gateway")) {
                trustedProxies(deployment, objects, problems);
            }
        }
        return problems;
    }

    public static List<String> production(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode kafka : PolicyChecks.ofKind(objects, "Kafka")) {
            String where = Kustomize.describe(kafka);
            for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
                String name = listener.path("name").asText();
                if (!listener.path("tls").asBoolean(false)) {
                    problems.add(where + ": listener " + name + " is plaintext");
                }
                if (listener.path("authentication").path("type").asText().isEmpty()) {
                    problems.add(where + ": listener " + name + " lets clients in without authentication");
                }
            }
            if (!kafka.path("spec").path("kafka").path("authorization").path("type").asText().equals("simple")) {
                problems.add(where + ": no authorization (type simple): every authenticated client may do anything");
            }
        }
        for (ObjectNode deployment : PolicyChecks.ofKind(objects, "Deployment")) {
            kafkaConnection(deployment, objects, problems);
        }
        return problems;
    }

    private static void tokens(ObjectNode deployment, List<ObjectNode> objects, List<String> problems) {
        for (JsonNode container : containers(deployment)) {
            String where = Kustomize.describe(deployment) + " container " + container.path("name").asText();
            Map<String, String> env = environment(container, objects);
            Optional<String> issuer = first(env, "MP_JWT_VERIFY_ISSUER", "RESTWELL_JWT_ISSUER");
            Optional<String> inlineKey = first(env, "MP_JWT_VERIFY_PUBLICKEY");
            Optional<String> keyLocation = first(env, "MP_JWT_VERIFY_PUBLICKEY_LOCATION", "RESTWELL_JWT_PUBLIC_KEY_LOCATION");
            Optional<String> audience = first(env, "MP_JWT_VERIFY_AUDIENCES", "RESTWELL_JWT_AUDIENCE");
            if (issuer.isEmpty()) {
                problems.add(where + ": no token issuer (RESTWELL_JWT_ISSUER): it cannot verify people's tokens");
            }
            if (inlineKey.isEmpty() && keyLocation.isEmpty()) {
                problems.add(where + ": no token key (RESTWELL_JWT_PUBLIC_KEY_LOCATION): it cannot verify people's tokens");
            }
            if (audience.isEmpty()) {
                problems.add(where + ": no expected token audience (RESTWELL_JWT_AUDIENCE): tokens for any client pass");
            }
            if (inlineKey.isEmpty() && keyLocation.isPresent() && keyLocation.get().matches("(?i)https?://.*")) {
                identityProviderReachable(deployment, keyLocation.get(), objects, problems, where);
            }
        }
    }

    /** An egress-isolated pod needs a rule to an address outside the cluster on the key URL's port, and DNS. */
    private static void identityProviderReachable(ObjectNode deployment, String location, List<ObjectNode> objects,
            List<String> problems, String where) {
        int port;
        try {
            URI uri = URI.create(location);
            port = uri.getPort() > 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        } catch (IllegalArgumentException e) {
            problems.add(where + ": the token key location " + location + " is not a URL");
            return;
        }
        JsonNode labels = podLabels(deployment);
        if (!egressIsolated(objects, labels)) {
            return;
        }
        if (!egressAllows(objects, labels, port, "TCP", true)) {
            problems.add(where + ": its NetworkPolicies block the identity provider's key endpoint " + location
                    + " (TCP " + port + " outside the cluster): every token would be refused");
        }
        if (!egressAllows(objects, labels, 53, "UDP", false)) {
            problems.add(where + ": its NetworkPolicies block DNS, so the identity provider's name cannot resolve");
        }
    }

    private static void managementPort(ObjectNode deployment, List<ObjectNode> objects, List<String> problems) {
        for (JsonNode container : containers(deployment)) {
            String where = Kustomize.describe(deployment) + " container " + container.path("name").asText();
            Integer management = null;
            for (JsonNode port : container.path("ports")) {
                if (port.path("name").asText().equals(MANAGEMENT_PORT)) {
                    management = port.path("containerPort").asInt();
                }
            }
            if (management == null) {
                problems.add(where + ": no container port named " + MANAGEMENT_PORT
                        + " (Quarkus's management interface: health and metrics)");
                continue;
            }
            for (String probe : PROBES) {
                JsonNode port = container.path(probe).path("httpGet").path("port");
                if (!port.isMissingNode() && !port.asText().equals(MANAGEMENT_PORT)
                        && port.asInt(-1) != management) {
                    problems.add(where + ": " + probe + " asks port " + port.asText()
                            + ", but health is served only on the management port");
                }
            }
            for (ObjectNode policy : PolicyChecks.ofKind(objects, "NetworkPolicy")) {
                if (!PolicyChecks.selects(policy.path("spec").path("podSelector"), podLabels(deployment))) {
                    continue;
                }
                for (JsonNode rule : policy.path("spec").path("ingress")) {
                    boolean fromIngressController = false;
                    for (JsonNode peer : rule.path("from")) {
                        fromIngressController |= peer.path("namespaceSelector").toString().contains("ingress");
                    }
                    boolean opensManagement = rule.path("ports").isEmpty();
                    for (JsonNode port : rule.path("ports")) {
                        opensManagement |= port.path("port").asText().equals(MANAGEMENT_PORT)
                                || port.path("port").asInt(-1) == management;
                    }
                    if (fromIngressController && opensManagement) {
                        problems.add(Kustomize.describe(policy) + ": lets the ingress controller's namespace reach "
                                + Kustomize.name(deployment) + "'s management port");
                    }
                }
            }
        }
        for (ObjectNode ingress : PolicyChecks.ofKind(objects, "Ingress")) {
            for (JsonNode rule : ingress.path("spec").path("rules")) {
                for (JsonNode path : rule.path("http").path("paths")) {
                    JsonNode backend = path.path("backend").path("service");
                    ObjectNode service = PolicyChecks.find(objects, "Service", backend.path("name").asText());
                    if (service == null) {
                        continue;
                    }
                    for (JsonNode port : service.path("spec").path("ports")) {
                        boolean chosen = backend.path("port").has("name")
                                ? port.path("name").asText().equals(backend.path("port").path("name").asText())
                                : port.path("port").asInt() == backend.path("port").path("number").asInt();
                        if (chosen && (port.path("name").asText().equals(MANAGEMENT_PORT)
                                || port.path("targetPort").asText().equals(MANAGEMENT_PORT))) {
                            problems.add(Kustomize.describe(ingress) + ": routes " + path.path("path").asText()
                                    + " to the management port of Service " + Kustomize.name(service));
                        }
                    }
                }
            }
        }
    }

    private static void trustedProxies(ObjectNode deployment, List<ObjectNode> objects, List<String> problems) {
        for (JsonNode container : containers(deployment)) {
            String where = Kustomize.describe(deployment) + " container " + container.path("name").asText();
            Optional<String> proxies = first(environment(container, objects), "RESTWELL_GATEWAY_TRUSTED_PROXIES");
            if (proxies.isEmpty()) {
                problems.add(where + ": RESTWELL_GATEWAY_TRUSTED_PROXIES is not set: behind the ingress every client "
                        + "would share the ingress controller's address (and its rate limits)");
            } else {
                for (String block : proxies.get().split(",")) {
                    if (block.trim().endsWith("/0")) {
                        problems.add(where + ": RESTWELL_GATEWAY_TRUSTED_PROXIES trusts " + block.trim()
                                + ": anyone could forge X-Forwarded-For");
                    }
                }
            }
        }
    }

    private static void kafkaConnection(ObjectNode deployment, List<ObjectNode> objects, List<String> problems) {
        for (JsonNode container : containers(deployment)) {
            Map<String, String> env = environment(container, objects);
            Optional<String> bootstrap = first(env, "KAFKA_BOOTSTRAP_SERVERS");
            if (bootstrap.isEmpty()) {
                continue;
            }
            String where = Kustomize.describe(deployment) + " container " + container.path("name").asText();
            String protocol = env.getOrDefault("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT").toUpperCase();
            if (!protocol.equals("SASL_SSL")) {
                problems.add(where + ": Kafka security protocol " + protocol
                        + ": its connection must be TLS with SCRAM (KAFKA_SECURITY_PROTOCOL=SASL_SSL)");
            }
            if (!env.getOrDefault("KAFKA_SASL_MECHANISM", "").toUpperCase().startsWith("SCRAM-SHA-")) {
                problems.add(where + ": KAFKA_SASL_MECHANISM is not SCRAM-SHA-512: it does not authenticate");
            }
            String jaas = env.getOrDefault("KAFKA_SASL_JAAS_CONFIG", "");
            String ownUser = "secret:" + Kustomize.name(deployment) + "/sasl.jaas.config";
            if (!jaas.equals(ownUser)) {
                problems.add(where + ": KAFKA_SASL_JAAS_CONFIG must come from its own KafkaUser's Secret ("
                        + ownUser + "), not " + (jaas.isEmpty() ? "nowhere" : jaas));
            }
            ObjectNode user = PolicyChecks.find(objects, "KafkaUser", Kustomize.name(deployment));
            if (user == null) {
                problems.add(where + ": no KafkaUser " + Kustomize.name(deployment) + " with its credentials and ACLs");
            } else if (!user.path("spec").path("authentication").path("type").asText().startsWith("scram-sha-")
                    || !user.path("spec").path("authorization").path("type").asText().equals("simple")) {
                problems.add(Kustomize.describe(user) + ": needs SCRAM authentication and simple authorization (ACLs)");
            }
            if (first(env, "KAFKA_SSL_TRUSTSTORE_CERTIFICATES", "KAFKA_SSL_TRUSTSTORE_LOCATION").isEmpty()) {
                problems.add(where + ": no truststore for the brokers' certificates (KAFKA_SSL_TRUSTSTORE_CERTIFICATES "
                        + "from the cluster CA Secret)");
            }
            for (String server : bootstrap.get().split(",")) {
                int colon = server.lastIndexOf(':');
                int port = colon < 0 ? -1 : Integer.parseInt(server.substring(colon + 1).trim());
                boolean secured = false;
                for (ObjectNode kafka : PolicyChecks.ofKind(objects, "Kafka")) {
                    for (JsonNode listener : kafka.path("spec").path("kafka").path("listeners")) {
                        secured |= listener.path("port").asInt() == port && listener.path("tls").asBoolean(false)
                                && listener.path("authentication").path("type").asText().startsWith("scram-sha-");
                    }
                }
                if (!secured) {
                    problems.add(where + ": Kafka at " + server.trim() + " is not a TLS listener with SCRAM authentication");
                }
            }
        }
    }

    /**
     * A container's environment as the kubelet builds it: ConfigMaps of {@code envFrom} first, then {@code env},
     * which wins. A value from a Secret is {@code secret:<name>/<key>}, from a ConfigMap key its value.
     */
    static Map<String, String> environment(JsonNode container, List<ObjectNode> objects) {
        Map<String, String> env = new LinkedHashMap<>();
        for (JsonNode from : container.path("envFrom")) {
            ObjectNode cm = PolicyChecks.find(objects, "ConfigMap", from.path("configMapRef").path("name").asText());
            if (cm != null) {
                cm.path("data").fields().forEachRemaining(entry -> env.put(entry.getKey(), entry.getValue().asText()));
            }
        }
        for (JsonNode variable : container.path("env")) {
            String name = variable.path("name").asText();
            JsonNode source = variable.path("valueFrom");
            if (source.has("secretKeyRef")) {
                env.put(name, "secret:" + source.path("secretKeyRef").path("name").asText() + "/"
                        + source.path("secretKeyRef").path("key").asText());
            } else if (source.has("configMapKeyRef")) {
                ObjectNode cm = PolicyChecks.find(objects, "ConfigMap", source.path("configMapKeyRef").path("name").asText());
                env.put(name, cm == null ? "" : cm.path("data").path(source.path("configMapKeyRef").path("key").asText()).asText());
            } else {
                env.put(name, variable.path("value").asText());
            }
        }
        return env;
    }

    private static Optional<String> first(Map<String, String> env, String... names) {
        for (String name : names) {
            String value = env.get(name);
            if (value != null && !value.isBlank()) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static JsonNode containers(ObjectNode deployment) {
        return deployment.path("spec").path("template").path("spec").path("containers");
    }

    private static JsonNode podLabels(ObjectNode deployment) {
        return deployment.path("spec").path("template").path("metadata").path("labels");
    }

    private static boolean egressIsolated(List<ObjectNode> objects, JsonNode labels) {
        for (ObjectNode policy : PolicyChecks.ofKind(objects, "NetworkPolicy")) {
            JsonNode spec = policy.path("spec");
            boolean egress = false;
            for (JsonNode type : spec.path("policyTypes")) {
                egress |= type.asText().equals("Egress");
            }
            if (PolicyChecks.selects(spec.path("podSelector"), labels) && (egress || spec.has("egress"))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a policy selecting the pod allows egress to the port: to an address outside the cluster (an ipBlock
     * that is not itself a private range, or no peer list) when {@code outside}, else to any peer.
     */
    private static boolean egressAllows(List<ObjectNode> objects, JsonNode labels, int port, String protocol,
            boolean outside) {
        for (ObjectNode policy : PolicyChecks.ofKind(objects, "NetworkPolicy")) {
            JsonNode spec = policy.path("spec");
            if (!PolicyChecks.selects(spec.path("podSelector"), labels)) {
                continue;
            }
            for (JsonNode rule : spec.path("egress")) {
                boolean peerOk = rule.path("to").isEmpty();
                for (JsonNode peer : rule.path("to")) {
                    peerOk |= outside ? peer.has("ipBlock") && publicRange(peer.path("ipBlock").path("cidr").asText()) : true;
                }
                boolean portOk = rule.path("ports").isEmpty();
                for (JsonNode p : rule.path("ports")) {
                    portOk |= p.path("protocol").asText("TCP").equals(protocol)
                            && (p.path("port").isMissingNode() || p.path("port").asInt(-1) == port);
                }
                if (peerOk && portOk) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean publicRange(String cidr) {
        return !(cidr.startsWith("10.") || cidr.startsWith("192.168.") || cidr.matches("172\\.(1[6-9]|2\\d|3[01])\\..*")
                || cidr.startsWith("127.") || cidr.startsWith("169.254."));
    }
}
