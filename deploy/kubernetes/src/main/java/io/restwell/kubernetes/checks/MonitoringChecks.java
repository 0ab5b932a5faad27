package io.restwell.kubernetes.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Rules for metrics, alerts and traces in rendered manifests.
 *
 * <p>Every overlay: each alert has a severity, a summary and a {@code runbook_url} whose anchor is a
 * heading of docs/operations.md; alert names are unique; every ServiceMonitor selects a Service and
 * scrapes {@code /q/metrics} on one of its ports, and once there are ServiceMonitors every service
 * has one; pods isolated by NetworkPolicies can still be scraped from another namespace and reach
 * the OTLP endpoint they export to; every pod either names an OTLP endpoint or turns the SDK off
 * (otherwise it would export to localhost).
 *
 * <p>Production in addition: every service has a ServiceMonitor and there are alerting rules.
 */
public final class MonitoringChecks {

    static final Set<String> SEVERITIES = Set.of("critical", "warning", "info");
    private static final String RUNBOOK = "docs/operations.md#";
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+?)\\s*#*\\s*$");
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");

    private MonitoringChecks() {
    }

    /** The anchors GitHub gives the headings of a Markdown file (and explicit {@code <a id>} anchors). */
    public static Set<String> anchors(Path markdown) {
        try {
            return anchors(Files.readString(markdown));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> anchors(String markdown) {
        Set<String> anchors = new TreeSet<>();
        boolean fenced = false;
        for (String line : markdown.split("\n")) {
            if (line.startsWith("```")) {
                fenced = !fenced;
                continue;
            }
            Matcher explicit = HTML_ANCHOR.matcher(line);
            while (explicit.find()) {
                anchors.add(explicit.group(1));
            }
            Matcher heading = HEADING.matcher(line);
            if (!fenced && heading.matches()) {
                anchors.add(slug(heading.group(1)));
            }
        }
        return anchors;
    }

    /** GitHub's rule: lower case, drop what is not a letter, digit, space, hyphen or underscore, spaces to hyphens. */
    static String slug(String heading) {
        String text = heading.replaceAll("`", "").toLowerCase(Locale.ROOT);
        return text.replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    public static List<String> common(List<ObjectNode> objects, Set<String> runbookAnchors) {
        List<String> problems = new ArrayList<>();
        alerts(objects, runbookAnchors, problems);
        List<ObjectNode> monitors = PolicyChecks.ofKind(objects, "ServiceMonitor");
        for (ObjectNode monitor : monitors) {
            scrapesAService(monitor, objects, problems);
        }
        if (!monitors.isEmpty()) {
            for (ObjectNode deployment : PolicyChecks.ofKind(objects, "Deployment")) {
                if (monitorsOf(deployment, objects).isEmpty()) {
                    problems.add(Kustomize.describe(deployment) + ": no ServiceMonitor scrapes its /q/metrics");
                }
                scrapeAllowed(deployment, objects, problems);
            }
        }
        for (ObjectNode deployment : PolicyChecks.ofKind(objects, "Deployment")) {
            tracesLeave(deployment, objects, problems);
        }
        return problems;
    }

    public static List<String> production(List<ObjectNode> objects) {
        List<String> problems = new ArrayList<>();
        for (ObjectNode deployment : PolicyChecks.ofKind(objects, "Deployment")) {
            if (monitorsOf(deployment, objects).isEmpty() && PolicyChecks.ofKind(objects, "ServiceMonitor").isEmpty()) {
                problems.add(Kustomize.describe(deployment) + ": no ServiceMonitor in production (components/monitoring)");
            }
        }
        if (PolicyChecks.ofKind(objects, "PrometheusRule").isEmpty()) {
            problems.add("no PrometheusRule in production: nobody is alerted (components/monitoring)");
        }
        return problems;
    }

    private static void alerts(List<ObjectNode> objects, Set<String> runbookAnchors, List<String> problems) {
        Set<String> names = new HashSet<>();
        for (ObjectNode rule : PolicyChecks.ofKind(objects, "PrometheusRule")) {
            for (JsonNode group : rule.path("spec").path("groups")) {
                for (JsonNode r : group.path("rules")) {
                    if (!r.has("alert")) {
                        continue;
                    }
                    String alert = r.path("alert").asText();
                    String where = Kustomize.describe(rule) + " alert " + alert;
                    if (!names.add(alert)) {
                        problems.add(where + ": defined twice");
                    }
                    if (!SEVERITIES.contains(r.path("labels").path("severity").asText())) {
                        problems.add(where + ": severity is not one of " + new TreeSet<>(SEVERITIES));
                    }
                    if (r.path("annotations").path("summary").asText().isBlank()) {
                        problems.add(where + ": no summary");
                    }
                    String runbook = r.path("annotations").path("runbook_url").asText();
                    int at = runbook.indexOf(RUNBOOK);
                    if (at < 0) {
                        problems.add(where + ": no runbook_url into " + RUNBOOK + "...");
                    } else if (!runbookAnchors.contains(runbook.substring(at + RUNBOOK.length()))) {
                        problems.add(where + ": runbook_url " + runbook + " names no heading of docs/operations.md");
                    }
                }
            }
        }
    }

    private static void scrapesAService(ObjectNode monitor, List<ObjectNode> objects, List<String> problems) {
        List<ObjectNode> services = PolicyChecks.ofKind(objects, "Service").stream()
                .filter(s -> PolicyChecks.selects(monitor.path("spec").path("selector"), s.path("metadata").path("labels")))
                .toList();
        if (services.isEmpty()) {
            problems.add(Kustomize.describe(monitor) + ": selects no Service");
        }
        for (JsonNode endpoint : monitor.path("spec").path("endpoints")) {
            if (!endpoint.path("path").asText("/metrics").equals("/q/metrics")) {
                problems.add(Kustomize.describe(monitor) + ": scrapes " + endpoint.path("path").asText("/metrics")
                        + ", the services serve /q/metrics");
            }
            for (ObjectNode service : services) {
                boolean named = false;
                for (JsonNode port : service.path("spec").path("ports")) {
                    named |= port.path("name").asText().equals(endpoint.path("port").asText());
                }
                if (!named) {
                    problems.add(Kustomize.describe(monitor) + ": port " + endpoint.path("port").asText()
                            + " is not a port name of " + Kustomize.describe(service));
                }
            }
        }
    }

    /** The ServiceMonitors that select a Service of the Deployment's pods and scrape /q/metrics. */
    private static List<ObjectNode> monitorsOf(ObjectNode deployment, List<ObjectNode> objects) {
        JsonNode podLabels = deployment.path("spec").path("template").path("metadata").path("labels");
        List<ObjectNode> services = PolicyChecks.ofKind(objects, "Service").stream()
                .filter(s -> !s.path("spec").path("selector").isEmpty())
                .filter(s -> PolicyChecks.selects(selectorOf(s.path("spec").path("selector")), podLabels))
                .toList();
        return PolicyChecks.ofKind(objects, "ServiceMonitor").stream()
                .filter(m -> services.stream().anyMatch(s ->
                        PolicyChecks.selects(m.path("spec").path("selector"), s.path("metadata").path("labels"))))
                .filter(m -> {
                    boolean metrics = false;
                    for (JsonNode endpoint : m.path("spec").path("endpoints")) {
                        metrics |= endpoint.path("path").asText().equals("/q/metrics");
                    }
                    return metrics;
                })
                .toList();
    }

    private static JsonNode selectorOf(JsonNode serviceSelector) {
        ObjectNode selector = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
        selector.set("matchLabels", serviceSelector);
        return selector;
    }

    /** Prometheus runs in its own namespace: an ingress-isolated pod needs a rule for a namespace peer on its metrics port. */
    private static void scrapeAllowed(ObjectNode deployment, List<ObjectNode> objects, List<String> problems) {
        JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
        Set<String> ports = new HashSet<>();
        for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode port : container.path("ports")) {
                ports.add(port.path("name").asText());
                ports.add(port.path("containerPort").asText());
            }
        }
        if (!isolated(objects, "Ingress", labels)) {
            return;
        }
        if (!allowsOtherNamespace(objects, "Ingress", labels, ports)) {
            problems.add(Kustomize.describe(deployment) + ": its NetworkPolicies let no other namespace (Prometheus) reach its metrics port");
        }
    }

    /** An egress-isolated pod that exports traces needs a rule for the collector's port. */
    private static void tracesLeave(ObjectNode deployment, List<ObjectNode> objects, List<String> problems) {
        String endpoint = null;
        boolean disabled = false;
        for (JsonNode container : deployment.path("spec").path("template").path("spec").path("containers")) {
            for (JsonNode from : container.path("envFrom")) {
                ObjectNode cm = PolicyChecks.find(objects, "ConfigMap", from.path("configMapRef").path("name").asText());
                if (cm != null) {
                    endpoint = cm.path("data").has("OTEL_EXPORTER_OTLP_ENDPOINT")
                            ? cm.path("data").path("OTEL_EXPORTER_OTLP_ENDPOINT").asText() : endpoint;
                    disabled |= cm.path("data").path("QUARKUS_OTEL_SDK_DISABLED").asText().equals("true");
                }
            }
        }
        if (disabled) {
            return;
        }
        String where = Kustomize.describe(deployment);
        if (endpoint == null || endpoint.isBlank()) {
            problems.add(where + ": no OTEL_EXPORTER_OTLP_ENDPOINT (and tracing not disabled): it would export to localhost");
            return;
        }
        int port;
        try {
            URI uri = URI.create(endpoint);
            port = uri.getPort() > 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        } catch (IllegalArgumentException e) {
            problems.add(where + ": OTEL_EXPORTER_OTLP_ENDPOINT " + endpoint + " is not a URL");
            return;
        }
        JsonNode labels = deployment.path("spec").path("template").path("metadata").path("labels");
        if (isolated(objects, "Egress", labels) && !allowsOtherNamespace(objects, "Egress", labels, Set.of(Integer.toString(port)))) {
            problems.add(where + ": its NetworkPolicies block the OTLP endpoint " + endpoint);
        }
    }

    private static boolean isolated(List<ObjectNode> objects, String direction, JsonNode labels) {
        return PolicyChecks.ofKind(objects, "NetworkPolicy").stream().anyMatch(p ->
                PolicyChecks.selects(p.path("spec").path("podSelector"), labels) && types(p.path("spec")).contains(direction));
    }

    private static boolean allowsOtherNamespace(List<ObjectNode> objects, String direction, JsonNode labels, Set<String> ports) {
        for (ObjectNode policy : PolicyChecks.ofKind(objects, "NetworkPolicy")) {
            JsonNode spec = policy.path("spec");
            if (!PolicyChecks.selects(spec.path("podSelector"), labels) || !types(spec).contains(direction)) {
                continue;
            }
            for (JsonNode rule : spec.path(direction.equals("Egress") ? "egress" : "ingress")) {
                boolean peer = false;
                for (JsonNode p : rule.path(direction.equals("Egress") ? "to" : "from")) {
                    peer |= p.has("namespaceSelector");
                }
                boolean port = rule.path("ports").isEmpty();
                for (JsonNode p : rule.path("ports")) {
                    port |= ports.contains(p.path("port").asText());
                }
                if (peer && port) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> types(JsonNode spec) {
        Set<String> types = new HashSet<>();
        spec.path("policyTypes").forEach(t -> types.add(t.asText()));
        if (types.isEmpty()) {
            types.add("Ingress");
        }
        return types;
    }
}
