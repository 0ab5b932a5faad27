package io.restwell.kubernetes.checks;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The platform's rules for rendered manifests, beyond what a schema can say. Each returns a list of
 * violations, one line each, naming the object.
 *
 * <p>Every overlay: hardened pods (non-root, read-only root filesystem with a /tmp volume, no
 * privilege escalation, all capabilities dropped, RuntimeDefault seccomp, no service account token),
 * requests and limits for CPU and memory, the three SmallRye Health probes, a preStop delay shorter
 * than the grace period, images named ghcr.io/restwell/&lt;container&gt; with a tag or digest;
 * references that resolve (selectors, Service ports, Ingress backends, HPA and PDB targets,
 * ConfigMaps and Secrets the pods read); object names that Kubernetes accepts.
 *
 * <p>Production in addition: no Secret with literal data, every Deployment with a PodDisruptionBudget
 * and a HorizontalPodAutoscaler (min 2 replicas) and no replicas field of its own, images not on a
 * moving tag, the OIDC settings filled in and no dev profile or dev key, NetworkPolicies that allow
 * exactly the flows of docs/architecture.md between the services ({@link #flows}), PostgreSQL clusters with a
 * replica, WAL archiving and a scheduled backup, and at least three Kafka nodes.
 */
public final class PolicyChecks {

    /**
     * The service-to-service flows docs/architecture.md allows: "from -> to:port". The gateway also reaches each
     * service's management port (9081-9083) for its upstream health check.
     */
    public static final Set<String> DESIGN_FLOWS = Set.of(
            "api-gateway -> booking-service:8081",
            "api-gateway -> journal-service:8082",
            "api-gateway -> recommendation-service:8083",
            "api-gateway -> booking-service:9081",
            "api-gateway -> journal-service:9082",
            "api-gateway -> recommendation-service:9083",
            "recommendation-service -> booking-service:8081");

    private static final Pattern DNS_1123_SUBDOMAIN =
            Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$");
    private static final Pattern DNS_1123_LABEL = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
    private static final Map<String, String> PROBE_PATHS = Map.of(
            "startupProbe", "/q/health/started",
            "livenessProbe", "/q/health/live",
            "readinessProbe", "/q/health/ready");

    private PolicyChecks() {
    }

    /** Checks for every overlay. */
    public static List<String> common(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        names(objects, problems);
        for (ObjectNode deployment : ofKind(objects, "Deployment")) {
            hardenedPod(deployment, problems);
            references(deployment, objects, problems);
            gracefulShutdown(deployment, objects, problems);
        }
        for (ObjectNode service : ofKind(objects, "Service")) {
            serviceSelects(service, objects, problems);
        }
        for (ObjectNode ingress : ofKind(objects, "Ingress")) {
            ingressBackends(ingress, objects, problems);
        }
        for (ObjectNode hpa : ofKind(objects, "HorizontalPodAutoscaler")) {
            String target = hpa.path("spec").path("scaleTargetRef").path("name").asText();
            if (find(objects, "Deployment", target) == null) {
                problems.add(Kustomize.describe(hpa) + ": scales Deployment " + target + ", which is not rendered");
            }
        }
        for (ObjectNode pdb : ofKind(objects, "PodDisruptionBudget")) {
            if (deploymentsSelectedBy(pdb.path("spec").path("selector"), objects).isEmpty()) {
                problems.add(Kustomize.describe(pdb) + ": selects no Deployment's pods");
            }
        }
        return problems;
    }

    /** Additional checks for the production overlay. */
    public static List<String> production(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode secret : ofKind(objects, "Secret")) {
            if (!secret.path("data").isEmpty() || !secret.path("stringData").isEmpty()) {
                problems.add(Kustomize.describe(secret) + ": literal Secret data in production manifests; "
                        + "reference a Secret created outside git (or by an operator) instead");
            }
        }
        for (ObjectNode deployment : ofKind(objects, "Deployment")) {
            String name = Kustomize.name(deployment);
            List<ObjectNode> pdbs = ofKind(objects, "PodDisruptionBudget").stream()
                    .filter(pdb -> deploymentsSelectedBy(pdb.path("spec").path("selector"), objects).contains(name))
                    .toList();
            if (pdbs.size() != 1) {
                problems.add(Kustomize.describe(deployment) + ": needs exactly one PodDisruptionBudget, has " + pdbs.size());
            }
            List<ObjectNode> hpas = ofKind(objects, "HorizontalPodAutoscaler").stream()
                    .filter(h -> h.path("spec").path("scaleTargetRef").path("name").asText().equals(name))
                    .toList();
            if (hpas.size() != 1) {
                problems.add(Kustomize.describe(deployment) + ": needs exactly one HorizontalPodAutoscaler, has " + hpas.size());
            } else if (hpas.get(0).path("spec").path("minReplicas").asInt(1) < 2) {
                problems.add(Kustomize.describe(hpas.get(0)) + ": minReplicas below 2 leaves the service without a pod during a node loss");
            }
            if (deployment.path("spec").has("replicas")) {
                problems.add(Kustomize.describe(deployment) + ": sets spec.replicas although its HPA owns the count "
                        + "(every apply would reset it)");
            }
            Kustomize.forEachContainer(deployment.path("spec").path("template"), container -> {
                String image = container.path("image").asText();
                if (image.endsWith(":latest") || image.endsWith(":dev") || (!image.contains("@") && !image.contains(":"))) {
                    problems.add(Kustomize.describe(deployment) + ": image " + image + " is a moving tag in production");
                }
            });
        }
        for (ObjectNode cm : ofKind(objects, "ConfigMap")) {
            JsonNode data = cm.path("data");
            for (String key : List.of("RESTWELL_JWT_ISSUER", "RESTWELL_JWT_PUBLIC_KEY_LOCATION")) {
                if (data.has(key) && data.get(key).asText().isBlank()) {
                    problems.add(Kustomize.describe(cm) + ": " + key + " is empty: the prod profile cannot verify tokens");
                }
            }
            for (String key : List.of("QUARKUS_PROFILE", "MP_JWT_VERIFY_PUBLICKEY", "MP_JWT_VERIFY_ISSUER",
                    "MP_JWT_VERIFY_PUBLICKEY_LOCATION")) {
                if (data.has(key)) {
                    problems.add(Kustomize.describe(cm) + ": " + key + " in production overrides the prod profile's "
                            + "token verification (dev settings?)");
                }
            }
        }
        for (ObjectNode cluster : ofKind(objects, "Cluster")) {
            String name = Kustomize.name(cluster);
            if (cluster.path("spec").path("instances").asInt(1) < 2) {
                problems.add(Kustomize.describe(cluster) + ": one instance cannot fail over");
            }
            boolean archives = false;
            for (JsonNode plugin : cluster.path("spec").path("plugins")) {
                archives |= plugin.path("isWALArchiver").asBoolean(false);
            }
            if (!archives && !cluster.path("spec").path("backup").has("barmanObjectStore")) {
                problems.add(Kustomize.describe(cluster) + ": no WAL archiving: no point-in-time recovery");
            }
            boolean scheduled = ofKind(objects, "ScheduledBackup").stream()
                    .anyMatch(b -> b.path("spec").path("cluster").path("name").asText().equals(name));
            if (!scheduled) {
                problems.add(Kustomize.describe(cluster) + ": no ScheduledBackup");
            }
        }
        for (ObjectNode pool : ofKind(objects, "KafkaNodePool")) {
            if (pool.path("spec").path("replicas").asInt() < 3) {
                problems.add(Kustomize.describe(pool) + ": fewer than 3 nodes cannot keep a KRaft quorum through a node loss");
            }
        }
        Set<String> allowed = flows(objects);
        for (String flow : allowed) {
            if (!DESIGN_FLOWS.contains(flow)) {
                problems.add("NetworkPolicies allow " + flow + ", a flow docs/architecture.md does not have");
            }
        }
        for (String flow : DESIGN_FLOWS) {
            if (!allowed.contains(flow)) {
                problems.add("NetworkPolicies block " + flow + ", a flow docs/architecture.md needs");
            }
        }
        return problems;
    }

    private static void names(List<ObjectNode> objects, List<String> problems) {
        Set<String> seen = new HashSet<>();
        for (ObjectNode object : objects) {
            String name = Kustomize.name(object);
            String kind = object.path("kind").asText();
            boolean label = Set.of("Service", "Namespace").contains(kind);
            if (name.length() > (label ? 63 : 253) || !(label ? DNS_1123_LABEL : DNS_1123_SUBDOMAIN).matcher(name).matches()) {
                problems.add(Kustomize.describe(object) + ": name is not a valid DNS-1123 " + (label ? "label" : "subdomain"));
            }
            if (!seen.add(object.path("apiVersion").asText() + "/" + kind + "/"
                    + object.path("metadata").path("namespace").asText() + "/" + name)) {
                problems.add(Kustomize.describe(object) + ": rendered twice");
            }
        }
    }

    private static void hardenedPod(ObjectNode deployment, List<String> problems) {
        String where = Kustomize.describe(deployment);
        JsonNode spec = deployment.path("spec");
        JsonNode podSpec = spec.path("template").path("spec");
        JsonNode podSecurity = podSpec.path("securityContext");
        if (!matchLabelsWithin(spec.path("selector"), spec.path("template").path("metadata").path("labels"))) {
            problems.add(where + ": selector does not match the pod template's labels");
        }
        if (podSpec.path("automountServiceAccountToken").asBoolean(true)) {
            problems.add(where + ": pods get a service account token they do not need (automountServiceAccountToken)");
        }
        if (podSpec.path("hostNetwork").asBoolean(false) || podSpec.path("hostPID").asBoolean(false)
                || podSpec.path("hostIPC").asBoolean(false)) {
            problems.add(where + ": uses host namespaces");
        }
        Set<String> volumes = new HashSet<>();
        podSpec.path("volumes").forEach(v -> volumes.add(v.path("name").asText()));
        int grace = podSpec.path("terminationGracePeriodSeconds").asInt(30);
        JsonNode containers = podSpec.path("containers");
        if (containers.isEmpty()) {
            problems.add(where + ": no containers");
        }
        for (JsonNode container : containers) {
            String c = where + " container " + container.path("name").asText();
            JsonNode sc = container.path("securityContext");
            if (!(sc.path("runAsNonRoot").asBoolean(false) || podSecurity.path("runAsNonRoot").asBoolean(false))) {
                problems.add(c + ": runAsNonRoot is not true");
            }
            if (sc.path("runAsUser").asInt(podSecurity.path("runAsUser").asInt(-1)) == 0) {
                problems.add(c + ": runs as uid 0");
            }
            if (!sc.path("readOnlyRootFilesystem").asBoolean(false)) {
                problems.add(c + ": readOnlyRootFilesystem is not true");
            }
            if (sc.path("allowPrivilegeEscalation").asBoolean(true)) {
                problems.add(c + ": allowPrivilegeEscalation is not false");
            }
            if (sc.path("privileged").asBoolean(false)) {
                problems.add(c + ": privileged");
            }
            boolean dropsAll = false;
            for (JsonNode cap : sc.path("capabilities").path("drop")) {
                dropsAll |= cap.asText().equals("ALL");
            }
            if (!dropsAll || !sc.path("capabilities").path("add").isEmpty()) {
                problems.add(c + ": capabilities must drop ALL and add none");
            }
            String seccomp = sc.path("seccompProfile").path("type").asText(podSecurity.path("seccompProfile").path("type").asText(""));
            if (!seccomp.equals("RuntimeDefault") && !seccomp.equals("Localhost")) {
                problems.add(c + ": seccompProfile is not RuntimeDefault");
            }
            for (String kind : List.of("requests", "limits")) {
                for (String resource : List.of("cpu", "memory")) {
                    if (container.path("resources").path(kind).path(resource).asText("").isEmpty()) {
                        problems.add(c + ": no " + resource + " " + kind);
                    }
                }
            }
            long requested = Quantities.bytes(container.path("resources").path("requests").path("memory").asText("0"));
            long limit = Quantities.bytes(container.path("resources").path("limits").path("memory").asText("0"));
            if (limit > 0 && requested > limit) {
                problems.add(c + ": memory request above its limit");
            }
            PROBE_PATHS.forEach((probe, path) -> {
                JsonNode node = container.path(probe);
                if (node.isMissingNode()) {
                    problems.add(c + ": no " + probe);
                } else if (!node.path("httpGet").path("path").asText().equals(path)) {
                    problems.add(c + ": " + probe + " should ask " + path);
                }
            });
            boolean tmp = false;
            for (JsonNode mount : container.path("volumeMounts")) {
                tmp |= mount.path("mountPath").asText().equals("/tmp") && volumes.contains(mount.path("name").asText());
            }
            if (!tmp) {
                problems.add(c + ": no writable /tmp volume (Quarkus needs one with a read-only root filesystem)");
            }
            JsonNode preStop = container.path("lifecycle").path("preStop");
            int delay = preStop.path("sleep").path("seconds").asInt(0);
            if (preStop.isMissingNode()) {
                problems.add(c + ": no preStop delay: requests still routed to a stopping pod would fail");
            } else if (delay >= grace) {
                problems.add(c + ": preStop sleep " + delay + " s leaves no time to shut down within the grace period " + grace + " s");
            }
            String image = container.path("image").asText();
            String expected = "ghcr.io/restwell/" + container.path("name").asText();
            if (!Kustomize.imageName(image).equals(expected) || image.equals(expected)) {
                problems.add(c + ": image " + image + " is not " + expected + " with a tag or digest");
            }
        }
    }

    private static void references(ObjectNode deployment, List<ObjectNode> objects, List<String> problems) {
        String where = Kustomize.describe(deployment);
        JsonNode podSpec = deployment.path("spec").path("template").path("spec");
        String account = podSpec.path("serviceAccountName").asText("default");
        if (!account.equals("default") && find(objects, "ServiceAccount", account) == null) {
            problems.add(where + ": ServiceAccount " + account + " is not rendered");
        }
        Set<String> configMaps = new TreeSet<>();
        Set<String> secrets = new TreeSet<>();
        collectReferences(podSpec, configMaps, secrets);
        for (String cm : configMaps) {
            if (find(objects, "ConfigMap", cm) == null) {
                problems.add(where + ": reads ConfigMap " + cm + ", which is not rendered");
            }
        }
        for (String secret : secrets) {
            boolean rendered = find(objects, "Secret", secret) != null;
            boolean fromCnpg = secret.endsWith("-app")
                    && find(objects, "Cluster", secret.substring(0, secret.length() - "-app".length())) != null;
            // Strimzi's User Operator makes a KafkaUser's Secret; its Cluster Operator the cluster CA's certificate.
            boolean fromStrimzi = find(objects, "KafkaUser", secret) != null
                    || (secret.endsWith("-cluster-ca-cert")
                            && find(objects, "Kafka", secret.substring(0, secret.length() - "-cluster-ca-cert".length())) != null);
            if (!rendered && !fromCnpg && !fromStrimzi) {
                problems.add(where + ": reads Secret " + secret + ", which neither the manifests nor an operator create");
            }
        }
    }

    /**
     * preStop delay + Quarkus's shutdown timeout (QUARKUS_SHUTDOWN_TIMEOUT from the pod's ConfigMaps)
     * must end before the grace period, or the kubelet kills requests and Kafka consumers mid-way.
     */
    private static void gracefulShutdown(ObjectNode deployment, List<ObjectNode> objects, List<String> problems) {
        JsonNode podSpec = deployment.path("spec").path("template").path("spec");
        int grace = podSpec.path("terminationGracePeriodSeconds").asInt(30);
        for (JsonNode container : podSpec.path("containers")) {
            int delay = container.path("lifecycle").path("preStop").path("sleep").path("seconds").asInt(0);
            String timeout = null;
            for (JsonNode from : container.path("envFrom")) {
                ObjectNode cm = find(objects, "ConfigMap", from.path("configMapRef").path("name").asText());
                if (cm != null && cm.path("data").has("QUARKUS_SHUTDOWN_TIMEOUT")) {
                    timeout = cm.path("data").path("QUARKUS_SHUTDOWN_TIMEOUT").asText();
                }
            }
            String where = Kustomize.describe(deployment) + " container " + container.path("name").asText();
            if (timeout == null) {
                problems.add(where + ": no QUARKUS_SHUTDOWN_TIMEOUT: Quarkus stops without draining in-flight requests");
                continue;
            }
            java.util.regex.Matcher m = Pattern.compile("^(\\d+)(s|m)$").matcher(timeout);
            int seconds = m.matches() ? Integer.parseInt(m.group(1)) * (m.group(2).equals("m") ? 60 : 1) : -1;
            if (seconds < 0) {
                problems.add(where + ": QUARKUS_SHUTDOWN_TIMEOUT " + timeout + " is not like 20s or 1m");
            } else if (delay + seconds >= grace) {
                problems.add(where + ": preStop " + delay + " s + shutdown " + seconds + " s do not fit in the grace period of "
                        + grace + " s");
            }
        }
    }

    private static void collectReferences(JsonNode node, Set<String> configMaps, Set<String> secrets) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if (Set.of("configMapRef", "configMapKeyRef", "configMap").contains(key) && value.has("name")) {
                    if (!value.path("optional").asBoolean(false)) {
                        configMaps.add(value.get("name").asText());
                    }
                } else if (Set.of("secretRef", "secretKeyRef").contains(key) && value.has("name")) {
                    if (!value.path("optional").asBoolean(false)) {
                        secrets.add(value.get("name").asText());
                    }
                } else if (key.equals("secret") && value.has("secretName")) {
                    secrets.add(value.get("secretName").asText());
                } else {
                    collectReferences(value, configMaps, secrets);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, configMaps, secrets));
        }
    }

    private static void serviceSelects(ObjectNode service, List<ObjectNode> objects, List<String> problems) {
        JsonNode selector = service.path("spec").path("selector");
        List<ObjectNode> selected = ofKind(objects, "Deployment").stream()
                .filter(d -> labelsWithin(selector, d.path("spec").path("template").path("metadata").path("labels")))
                .toList();
        if (selected.isEmpty()) {
            problems.add(Kustomize.describe(service) + ": selects no Deployment's pods");
            return;
        }
        for (JsonNode port : service.path("spec").path("ports")) {
            JsonNode target = port.path("targetPort");
            for (ObjectNode d : selected) {
                boolean found = false;
                for (JsonNode c : d.path("spec").path("template").path("spec").path("containers")) {
                    for (JsonNode p : c.path("ports")) {
                        found |= target.isTextual() ? p.path("name").asText().equals(target.asText())
                                : p.path("containerPort").asInt() == target.asInt(port.path("port").asInt());
                    }
                }
                if (!found) {
                    problems.add(Kustomize.describe(service) + ": targetPort " + target + " is not a port of " + Kustomize.describe(d));
                }
            }
        }
    }

    private static void ingressBackends(ObjectNode ingress, List<ObjectNode> objects, List<String> problems) {
        for (JsonNode rule : ingress.path("spec").path("rules")) {
            for (JsonNode path : rule.path("http").path("paths")) {
                JsonNode backend = path.path("backend").path("service");
                ObjectNode service = find(objects, "Service", backend.path("name").asText());
                if (service == null) {
                    problems.add(Kustomize.describe(ingress) + ": backend Service " + backend.path("name").asText() + " is not rendered");
                    continue;
                }
                boolean found = false;
                for (JsonNode port : service.path("spec").path("ports")) {
                    found |= backend.path("port").has("name")
                            ? port.path("name").asText().equals(backend.path("port").path("name").asText())
                            : port.path("port").asInt() == backend.path("port").path("number").asInt();
                }
                if (!found) {
                    problems.add(Kustomize.describe(ingress) + ": backend port " + backend.path("port") + " is not a port of the Service");
                }
            }
        }
    }

    /**
     * The service-to-service connections the NetworkPolicies allow, as "from -&gt; to:port", for every
     * pair of Deployments and every container port of the target. A connection is allowed when the
     * source's egress and the target's ingress both allow it (a pod selected by no policy of a
     * direction is open in that direction, as in Kubernetes). Only same-namespace pod selectors are
     * evaluated: peers with a namespaceSelector or an ipBlock never match a pod here.
     */
    public static Set<String> flows(List<ObjectNode> objects) {
        List<ObjectNode> policies = ofKind(objects, "NetworkPolicy");
        Set<String> flows = new TreeSet<>();
        for (ObjectNode from : ofKind(objects, "Deployment")) {
            JsonNode fromLabels = from.path("spec").path("template").path("metadata").path("labels");
            for (ObjectNode to : ofKind(objects, "Deployment")) {
                if (from == to) {
                    continue;
                }
                JsonNode toLabels = to.path("spec").path("template").path("metadata").path("labels");
                for (JsonNode container : to.path("spec").path("template").path("spec").path("containers")) {
                    for (JsonNode port : container.path("ports")) {
                        int number = port.path("containerPort").asInt();
                        String portName = port.path("name").asText();
                        if (allowed(policies, "Egress", fromLabels, toLabels, number, portName)
                                && allowed(policies, "Ingress", toLabels, fromLabels, number, portName)) {
                            flows.add(Kustomize.name(from) + " -> " + Kustomize.name(to) + ":" + number);
                        }
                    }
                }
            }
        }
        return flows;
    }

    private static boolean allowed(List<ObjectNode> policies, String direction, JsonNode subject, JsonNode peer,
            int port, String portName) {
        boolean isolated = false;
        for (ObjectNode policy : policies) {
            JsonNode spec = policy.path("spec");
            if (!selects(spec.path("podSelector"), subject) || !policyTypes(spec).contains(direction)) {
                continue;
            }
            isolated = true;
            JsonNode rules = spec.path(direction.equals("Egress") ? "egress" : "ingress");
            for (JsonNode rule : rules) {
                JsonNode peers = rule.path(direction.equals("Egress") ? "to" : "from");
                boolean peerOk = peers.isMissingNode() || peers.isEmpty();
                for (JsonNode p : peers) {
                    peerOk |= !p.has("namespaceSelector") && !p.has("ipBlock") && p.has("podSelector")
                            && selects(p.path("podSelector"), peer);
                }
                boolean portOk = rule.path("ports").isMissingNode() || rule.path("ports").isEmpty();
                for (JsonNode p : rule.path("ports")) {
                    JsonNode value = p.path("port");
                    portOk |= value.isMissingNode() || (value.isInt() && value.asInt() == port)
                            || (value.isTextual() && value.asText().equals(portName));
                }
                if (peerOk && portOk) {
                    return true;
                }
            }
        }
        return !isolated;
    }

    private static Set<String> policyTypes(JsonNode spec) {
        Set<String> types = new LinkedHashSet<>();
        spec.path("policyTypes").forEach(t -> types.add(t.asText()));
        if (types.isEmpty()) {
            types.add("Ingress");
            if (spec.has("egress")) {
                types.add("Egress");
            }
        }
        return types;
    }

    /** A LabelSelector (matchLabels and matchExpressions) against a pod's labels. */
    static boolean selects(JsonNode selector, JsonNode labels) {
        if (!labelsWithin(selector.path("matchLabels"), labels)) {
            return false;
        }
        for (JsonNode expression : selector.path("matchExpressions")) {
            String key = expression.path("key").asText();
            Set<String> values = new HashSet<>();
            expression.path("values").forEach(v -> values.add(v.asText()));
            boolean has = labels.has(key);
            String value = labels.path(key).asText();
            boolean ok = switch (expression.path("operator").asText()) {
                case "In" -> has && values.contains(value);
                case "NotIn" -> !has || !values.contains(value);
                case "Exists" -> has;
                case "DoesNotExist" -> !has;
                default -> false;
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    private static boolean matchLabelsWithin(JsonNode selector, JsonNode labels) {
        return !selector.path("matchLabels").isEmpty() && selects(selector, labels);
    }

    private static boolean labelsWithin(JsonNode wanted, JsonNode labels) {
        Map<String, String> map = new TreeMap<>();
        wanted.fields().forEachRemaining(e -> map.put(e.getKey(), e.getValue().asText()));
        for (Map.Entry<String, String> e : map.entrySet()) {
            if (!labels.path(e.getKey()).asText("\u0000").equals(e.getValue())) {
                return false;
            }
        }
        return true;
    }

    private static List<String> deploymentsSelectedBy(JsonNode selector, List<ObjectNode> objects) {
        return ofKind(objects, "Deployment").stream()
                .filter(d -> selects(selector, d.path("spec").path("template").path("metadata").path("labels")))
                .map(Kustomize::name)
                .toList();
    }

    static List<ObjectNode> ofKind(List<ObjectNode> objects, String kind) {
        return objects.stream().filter(o -> o.path("kind").asText().equals(kind)).toList();
    }

    static ObjectNode find(List<ObjectNode> objects, String kind, String name) {
        return objects.stream()
                .filter(o -> o.path("kind").asText().equals(kind) && Kustomize.name(o).equals(name))
                .findFirst().orElse(null);
    }
}
