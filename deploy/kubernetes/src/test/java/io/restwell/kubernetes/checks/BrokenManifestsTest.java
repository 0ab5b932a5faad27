package io.restwell.kubernetes.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Every check can fail: each test breaks one thing in the rendered production manifests (or in a
 * small kustomization) and asserts that the right check reports it, and only then. Without these, a
 * check that silently passes everything would look the same as one that works.
 */
class BrokenManifestsTest {

    private static List<ObjectNode> prod;
    private final ManifestChecks checks = new ManifestChecks(Paths.KUBERNETES);

    @BeforeAll
    static void render() {
        prod = Kustomize.build(Paths.overlay("prod"));
    }

    /** A deep copy of the production manifests with one object changed. */
    private static List<ObjectNode> broken(String kind, String name, Consumer<ObjectNode> change) {
        List<ObjectNode> copy = new ArrayList<>();
        boolean found = false;
        for (ObjectNode object : prod) {
            ObjectNode clone = object.deepCopy();
            if (clone.path("kind").asText().equals(kind) && Kustomize.name(clone).startsWith(name)) {
                change.accept(clone);
                found = true;
            }
            copy.add(clone);
        }
        assertTrue(found, kind + " " + name + " not rendered");
        return copy;
    }

    private static List<ObjectNode> without(String kind, String name) {
        return prod.stream().filter(o -> !(o.path("kind").asText().equals(kind) && Kustomize.name(o).equals(name)))
                .map(ObjectNode::deepCopy).toList();
    }

    private static ObjectNode container(ObjectNode deployment) {
        return (ObjectNode) deployment.path("spec").path("template").path("spec").path("containers").get(0);
    }

    private static void assertReports(List<String> problems, String... fragments) {
        assertTrue(!problems.isEmpty(), "no problem reported");
        for (String fragment : fragments) {
            assertTrue(problems.stream().anyMatch(p -> p.contains(fragment)), "no problem mentions '" + fragment + "': " + problems);
        }
    }

    @Test
    void theUnbrokenManifestsPass() {
        assertEquals(List.of(), checks.all(prod, true));
    }

    // --- Kubernetes schema (official client models, Kubernetes 1.34) ---

    @Test
    void aMisspeltFieldDeepInAPodSpecIsRejected() {
        List<ObjectNode> objects = broken("Deployment", "journal-service", d -> {
            ObjectNode c = container(d);
            c.set("readinesProbe", c.remove("readinessProbe"));
        });
        assertReports(checks.schemas(objects), "readinesProbe", "V1Container");
    }

    @Test
    void aMissingRequiredFieldIsRejected() {
        List<ObjectNode> objects = broken("Service", "booking-service",
                s -> ((ObjectNode) s.path("spec").path("ports").get(0)).remove("port"));
        assertReports(checks.schemas(objects), "Service", "port");
    }

    @Test
    void aMalformedQuantityIsRejected() {
        List<ObjectNode> objects = broken("Deployment", "booking-service",
                d -> ((ObjectNode) container(d).path("resources").path("limits")).put("memory", "512MB"));
        assertReports(checks.schemas(objects), "booking-service", "QuantityFormatException");
    }

    @Test
    void aValueOfTheWrongTypeIsRejected() {
        List<ObjectNode> objects = broken("Deployment", "api-gateway",
                d -> container(d).put("ports", "8080"));
        assertReports(checks.schemas(objects), "api-gateway");
    }

    @Test
    void anApiVersionTheTargetedKubernetesDoesNotServeIsRejected() {
        List<ObjectNode> objects = broken("PodDisruptionBudget", "api-gateway",
                p -> p.put("apiVersion", "policy/v1beta1"));
        assertReports(checks.schemas(objects), "policy/v1beta1/PodDisruptionBudget");
    }

    @Test
    void anEnumValueTheApiServerWouldRefuseIsRejected() {
        List<ObjectNode> objects = broken("Deployment", "booking-service", d -> ((ObjectNode) d
                .at("/spec/template/spec/topologySpreadConstraints/0")).put("whenUnsatisfiable", "DoNotSchedul"));
        assertReports(checks.schemas(objects), "whenUnsatisfiable = 'DoNotSchedul'");
    }

    // --- Strimzi (io.strimzi:api model) ---

    @Test
    void anUnknownStrimziFieldIsRejected() {
        List<ObjectNode> objects = broken("KafkaTopic", "journal-events-dlq",
                t -> ((ObjectNode) t.path("spec")).set("partitons", ((ObjectNode) t.path("spec")).remove("partitions")));
        assertReports(checks.schemas(objects), "unknown field .spec.partitons");
    }

    @Test
    void aTopicWithoutPartitionsBelowTheModelsMinimumIsRejected() {
        List<ObjectNode> objects = broken("KafkaTopic", "booking-events", t -> ((ObjectNode) t.path("spec")).put("partitions", 0));
        assertReports(checks.schemas(objects), ".spec.partitions = 0 is below the minimum 1");
    }

    @Test
    void aFieldThatApiVersionV1DroppedIsRejected() {
        List<ObjectNode> objects = broken("Kafka", "restwell-kafka",
                k -> ((ObjectNode) k.path("spec").path("kafka")).put("replicas", 3));
        assertReports(checks.schemas(objects), ".spec.kafka.replicas does not exist in API version v1");
    }

    @Test
    void anUnknownStorageTypeIsRejected() {
        List<ObjectNode> objects = broken("KafkaNodePool", "dual-role",
                p -> ((ObjectNode) p.path("spec").path("storage")).put("type", "jbodd"));
        assertReports(checks.schemas(objects), "KafkaNodePool", "does not match Strimzi's model");
    }

    @Test
    void anUnknownFieldInAnEmbeddedKubernetesTypeIsRejected() {
        List<ObjectNode> objects = broken("Kafka", "restwell-kafka",
                k -> ((ObjectNode) k.at("/spec/kafka/template/pod/affinity")).putObject("podAntiAfinity"));
        assertReports(checks.schemas(objects), "podAntiAfinity");
    }

    // --- CloudNativePG (structural schemas) ---

    @Test
    void aMisspeltClusterFieldIsRejected() {
        List<ObjectNode> objects = broken("Cluster", "journal-db",
                c -> ((ObjectNode) c.path("spec")).set("instance", ((ObjectNode) c.path("spec")).remove("instances")));
        assertReports(checks.schemas(objects), "journal-db", "instance");
    }

    @Test
    void anUnknownEnumValueIsRejected() {
        List<ObjectNode> objects = broken("Cluster", "booking-db",
                c -> ((ObjectNode) c.path("spec")).put("primaryUpdateStrategy", "automatic"));
        assertReports(checks.schemas(objects), "booking-db", "primaryUpdateStrategy");
    }

    @Test
    void aFiveFieldBackupScheduleIsRejected() {
        List<ObjectNode> objects = broken("ScheduledBackup", "booking-db-nightly",
                b -> ((ObjectNode) b.path("spec")).put("schedule", "0 2 * * *"));
        assertReports(checks.schemas(objects), "booking-db-nightly", "schedule");
    }

    @Test
    void aMalformedRetentionPolicyIsRejected() {
        List<ObjectNode> objects = broken("ObjectStore", "journal-db-backups",
                b -> ((ObjectNode) b.path("spec")).put("retentionPolicy", "30 days"));
        assertReports(checks.schemas(objects), "journal-db-backups", "retentionPolicy");
    }

    // --- Prometheus Operator (structural schemas) ---

    @Test
    void aMisspeltServiceMonitorFieldIsRejected() {
        List<ObjectNode> objects = broken("ServiceMonitor", "journal-service",
                m -> ((ObjectNode) m.path("spec")).set("endpoint", ((ObjectNode) m.path("spec")).remove("endpoints")));
        assertReports(checks.schemas(objects), "ServiceMonitor restwell/journal-service", "'endpoint' is not defined");
    }

    @Test
    void aScrapeIntervalPrometheusCannotParseIsRejected() {
        List<ObjectNode> objects = broken("ServiceMonitor", "booking-service",
                m -> ((ObjectNode) m.at("/spec/endpoints/0")).put("interval", "30 seconds"));
        assertReports(checks.schemas(objects), "ServiceMonitor restwell/booking-service", "interval");
    }

    @Test
    void aRuleWithoutExpressionIsRejected() {
        List<ObjectNode> objects = broken("PrometheusRule", "restwell-alerts",
                r -> ((ObjectNode) r.at("/spec/groups/0/rules/0")).remove("expr"));
        assertReports(checks.schemas(objects), "PrometheusRule restwell/restwell-alerts", "rules[0]: required property 'expr'");
    }

    @Test
    void aRuleThatIsBothAlertAndRecordingIsRejected() {
        List<ObjectNode> objects = broken("PrometheusRule", "restwell-alerts",
                r -> ((ObjectNode) r.at("/spec/groups/0/rules/0")).put("record", "restwell:up:sum"));
        assertReports(checks.schemas(objects), "PrometheusRule restwell/restwell-alerts", "one and only one");
    }

    @Test
    void aMisspeltPodMonitorEndpointFieldIsRejected() {
        List<ObjectNode> objects = broken("PodMonitor", "restwell-kafka-exporter",
                m -> ((ObjectNode) m.at("/spec/podMetricsEndpoints/0")).put("pathh", "/metrics"));
        assertReports(checks.schemas(objects), "PodMonitor restwell/restwell-kafka-exporter", "'pathh' is not defined");
    }

    // --- monitoring (MonitoringChecks) ---

    @Test
    void anAlertWithoutRunbookIsRejected() {
        List<ObjectNode> objects = broken("PrometheusRule", "restwell-alerts",
                r -> ((ObjectNode) r.at("/spec/groups/1/rules/0/annotations")).remove("runbook_url"));
        assertReports(checks.all(objects, true), "alert RestwellHighErrorRate", "no runbook_url");
    }

    @Test
    void aRunbookLinkToAHeadingThatDoesNotExistIsRejected() {
        List<ObjectNode> objects = broken("PrometheusRule", "restwell-alerts",
                r -> ((ObjectNode) r.at("/spec/groups/2/rules/0/annotations")).put("runbook_url",
                        "https://github.com/restwell/restwell/blob/main/docs/operations.md#outbox-backlog"));
        assertReports(checks.all(objects, true), "alert RestwellOutboxBacklog", "names no heading");
    }

    @Test
    void anAlertWithoutSeverityIsRejected() {
        List<ObjectNode> objects = broken("PrometheusRule", "restwell-alerts",
                r -> ((ObjectNode) r.at("/spec/groups/0/rules/1/labels")).put("severity", "page"));
        assertReports(checks.all(objects, true), "alert RestwellPodNotReady", "severity");
    }

    @Test
    void aServiceWithoutServiceMonitorIsRejected() {
        assertReports(checks.all(without("ServiceMonitor", "recommendation-service"), true),
                "Deployment restwell/recommendation-service: no ServiceMonitor");
    }

    @Test
    void withoutAnyMonitoringProductionIsRejected() {
        List<ObjectNode> objects = prod.stream().filter(o -> !o.path("apiVersion").asText().startsWith("monitoring.coreos.com/"))
                .map(ObjectNode::deepCopy).toList();
        assertReports(checks.all(objects, true), "no ServiceMonitor in production", "no PrometheusRule in production");
    }

    @Test
    void aServiceMonitorOnTheWrongPathOrPortIsRejected() {
        List<ObjectNode> objects = broken("ServiceMonitor", "api-gateway", m -> ((ObjectNode) m.at("/spec/endpoints/0"))
                .put("path", "/metrics").put("port", "metrics"));
        assertReports(checks.all(objects, true), "ServiceMonitor restwell/api-gateway: scrapes /metrics", "port metrics is not a port name");
    }

    @Test
    void withoutItsNetworkPolicyPrometheusCannotScrape() {
        assertReports(checks.all(without("NetworkPolicy", "restwell-allow-prometheus"), true),
                "Deployment restwell/booking-service: its NetworkPolicies let no other namespace (Prometheus)");
    }

    @Test
    void withoutItsNetworkPolicyTracesCannotReachTheCollector() {
        assertReports(checks.all(without("NetworkPolicy", "restwell-allow-otlp"), true),
                "Deployment restwell/journal-service: its NetworkPolicies block the OTLP endpoint");
    }

    @Test
    void aPodWithoutOtlpEndpointWouldExportToLocalhost() {
        List<ObjectNode> objects = broken("ConfigMap", "api-gateway-config",
                cm -> ((ObjectNode) cm.path("data")).remove("OTEL_EXPORTER_OTLP_ENDPOINT"));
        assertReports(checks.all(objects, true), "Deployment restwell/api-gateway: no OTEL_EXPORTER_OTLP_ENDPOINT");
    }

    @Test
    void runbookAnchorsAreTheHeadingsAsGitHubNamesThem() {
        assertEquals(java.util.Set.of("runbook-for-the-usual-alerts", "restwelloutboxbacklog", "metrics-prometheus-qmetrics-on-each-services-http-port", "own"),
                MonitoringChecks.anchors("## Runbook for the usual alerts\n### RestwellOutboxBacklog\n"
                        + "```\n# not a heading\n```\n### Metrics (Prometheus, `/q/metrics` on each service's `http` port)\n<a id=\"own\"></a>\n"));
    }

    @Test
    void aResourceOfAnUnknownApiGroupIsRejected() {
        List<ObjectNode> objects = broken("Cluster", "booking-db", c -> c.put("apiVersion", "postgres-operator.crunchydata.com/v1beta1"));
        assertReports(checks.schemas(objects), "no schema known");
    }

    // --- policies ---

    @Test
    void aContainerWithoutMemoryLimitIsRejected() {
        List<ObjectNode> objects = broken("Deployment", "recommendation-service",
                d -> ((ObjectNode) container(d).path("resources").path("limits")).remove("memory"));
        assertReports(PolicyChecks.common(objects), "recommendation-service", "no memory limits");
    }

    @Test
    void aContainerWithoutReadinessProbeIsRejected() {
        List<ObjectNode> objects = broken("Deployment", "booking-service", d -> container(d).remove("readinessProbe"));
        assertReports(PolicyChecks.common(objects), "booking-service", "no readinessProbe");
    }

    @Test
    void aProbeOnTheWrongHealthEndpointIsRejected() {
        List<ObjectNode> objects = broken("Deployment", "booking-service",
                d -> ((ObjectNode) container(d).at("/livenessProbe/httpGet")).put("path", "/q/health/ready"));
        assertReports(PolicyChecks.common(objects), "livenessProbe should ask /q/health/live");
    }

    @Test
    void aGracePeriodTooShortToDrainIsRejected() {
        List<ObjectNode> objects = broken("Deployment", "journal-service",
                d -> ((ObjectNode) d.at("/spec/template/spec")).put("terminationGracePeriodSeconds", 25));
        assertReports(PolicyChecks.common(objects), "journal-service", "do not fit in the grace period of 25 s");
    }

    @Test
    void aPodThatMayRunAsRootIsRejected() {
        List<ObjectNode> objects = broken("Deployment", "journal-service", d -> {
            ((ObjectNode) d.at("/spec/template/spec/securityContext")).remove("runAsNonRoot");
            ((ObjectNode) container(d).path("securityContext")).remove("runAsNonRoot");
        });
        assertReports(PolicyChecks.common(objects), "journal-service", "runAsNonRoot");
    }

    @Test
    void aWritableRootFilesystemIsRejected() {
        List<ObjectNode> objects = broken("Deployment", "api-gateway",
                d -> ((ObjectNode) container(d).path("securityContext")).put("readOnlyRootFilesystem", false));
        assertReports(PolicyChecks.common(objects), "api-gateway", "readOnlyRootFilesystem");
    }

    @Test
    void aServiceThatSelectsNoPodIsRejected() {
        List<ObjectNode> objects = broken("Service", "journal-service",
                s -> ((ObjectNode) s.path("spec").path("selector")).put("app.kubernetes.io/name", "journal"));
        assertReports(PolicyChecks.common(objects), "Service restwell/journal-service: selects no Deployment's pods");
    }

    @Test
    void aSecretThatNobodyCreatesIsRejected() {
        List<ObjectNode> objects = broken("Deployment", "booking-service",
                d -> ((ObjectNode) container(d).at("/env/0/valueFrom/secretKeyRef")).put("name", "booking-database"));
        assertReports(PolicyChecks.common(objects), "reads Secret booking-database");
    }

    @Test
    void literalSecretDataIsRejectedInProduction() {
        List<ObjectNode> objects = new ArrayList<>(prod);
        ObjectNode secret = Yaml.readAll("""
                apiVersion: v1
                kind: Secret
                metadata: {name: booking-db-app, namespace: restwell}
                stringData: {password: hunter2}
                """, "test").get(0);
        objects.add(secret);
        assertEquals(List.of(), checks.schemas(List.of(secret)));
        assertReports(PolicyChecks.production(objects), "Secret restwell/booking-db-app: literal Secret data");
    }

    @Test
    void aDeploymentWithoutDisruptionBudgetIsRejectedInProduction() {
        assertReports(PolicyChecks.production(without("PodDisruptionBudget", "journal-service")),
                "Deployment restwell/journal-service: needs exactly one PodDisruptionBudget, has 0");
    }

    @Test
    void aDeploymentWithoutAutoscalerIsRejectedInProduction() {
        assertReports(PolicyChecks.production(without("HorizontalPodAutoscaler", "api-gateway")),
                "Deployment restwell/api-gateway: needs exactly one HorizontalPodAutoscaler, has 0");
    }

    @Test
    void aReplicaCountNextToAnAutoscalerIsRejectedInProduction() {
        List<ObjectNode> objects = broken("Deployment", "booking-service", d -> ((ObjectNode) d.path("spec")).put("replicas", 3));
        assertReports(PolicyChecks.production(objects), "booking-service: sets spec.replicas");
    }

    @Test
    void aDatabaseWithoutScheduledBackupIsRejectedInProduction() {
        assertReports(PolicyChecks.production(without("ScheduledBackup", "journal-db-nightly")),
                "Cluster restwell/journal-db: no ScheduledBackup");
    }

    @Test
    void aSingleInstanceDatabaseWithoutArchivingIsRejectedInProduction() {
        List<ObjectNode> objects = broken("Cluster", "booking-db", c -> {
            ((ObjectNode) c.path("spec")).put("instances", 1);
            ((ObjectNode) c.path("spec")).remove("plugins");
        });
        assertReports(PolicyChecks.production(objects), "booking-db: one instance cannot fail over",
                "booking-db: no WAL archiving");
    }

    @Test
    void aMovingImageTagIsRejectedInProduction() {
        List<ObjectNode> objects = broken("Deployment", "journal-service",
                d -> container(d).put("image", "ghcr.io/restwell/journal-service:latest"));
        assertReports(PolicyChecks.production(objects), "moving tag");
    }

    @Test
    void theDevProfileIsRejectedInProduction() {
        List<ObjectNode> objects = broken("ConfigMap", "restwell-config",
                cm -> ((ObjectNode) cm.path("data")).put("QUARKUS_PROFILE", "local"));
        assertReports(PolicyChecks.production(objects), "QUARKUS_PROFILE");
    }

    @Test
    void withoutTheirPoliciesServicesCouldReachEachOther() {
        // Every policy that selects journal-service or booking-service gone (the default deny, the DNS
        // rule, their own): journal-service could call booking-service, which docs/architecture.md does not allow.
        List<ObjectNode> open = prod.stream()
                .filter(o -> !(o.path("kind").asText().equals("NetworkPolicy")
                        && List.of("restwell-default-deny", "restwell-allow-dns",
                                "restwell-allow-prometheus", "restwell-allow-otlp", "journal-service", "booking-service").contains(Kustomize.name(o))))
                .toList();
        assertReports(PolicyChecks.production(open),
                "NetworkPolicies allow journal-service -> booking-service:8081, a flow docs/architecture.md does not have");
    }

    @Test
    void aMissingFlowOfTheDesignIsRejected() {
        List<ObjectNode> objects = broken("NetworkPolicy", "booking-service",
                np -> ((com.fasterxml.jackson.databind.node.ArrayNode) np.at("/spec/ingress/0/from")).remove(1));
        assertReports(PolicyChecks.production(objects),
                "NetworkPolicies block recommendation-service -> booking-service:8081, a flow docs/architecture.md needs");
    }

    // --- the renderer refuses what it does not implement ---

    @Test
    void theRendererRefusesStrategicMergePatches(@TempDir Path dir) throws IOException {
        write(dir, "kustomization.yaml", """
                resources: [cm.yaml]
                patches:
                  - target: {kind: ConfigMap}
                    patch: |-
                      apiVersion: v1
                      kind: ConfigMap
                      metadata: {name: x}
                      data: {a: c}
                """);
        write(dir, "cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b}\n");
        Kustomize.KustomizeException e = assertThrows(Kustomize.KustomizeException.class, () -> Kustomize.build(dir));
        assertTrue(e.getMessage().contains("strategic merge"), e.getMessage());
    }

    @Test
    void theRendererRefusesKustomizationFieldsItDoesNotImplement(@TempDir Path dir) throws IOException {
        write(dir, "kustomization.yaml", "resources: []\nnamePrefix: x-\n");
        Kustomize.KustomizeException e = assertThrows(Kustomize.KustomizeException.class, () -> Kustomize.build(dir));
        assertTrue(e.getMessage().contains("'namePrefix' is not supported"), e.getMessage());
    }

    @Test
    void theRendererRefusesAPatchThatMatchesNothing(@TempDir Path dir) throws IOException {
        write(dir, "kustomization.yaml", """
                resources: [cm.yaml]
                patches:
                  - target: {kind: ConfigMap, name: y}
                    patch: '[{"op": "replace", "path": "/data/a", "value": "c"}]'
                """);
        write(dir, "cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b}\n");
        Kustomize.KustomizeException e = assertThrows(Kustomize.KustomizeException.class, () -> Kustomize.build(dir));
        assertTrue(e.getMessage().contains("matches nothing"), e.getMessage());
    }

    @Test
    void theRendererRefusesDuplicateKeys(@TempDir Path dir) throws IOException {
        write(dir, "kustomization.yaml", "resources: [cm.yaml]\n");
        write(dir, "cm.yaml", "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: x}\ndata: {a: b}\ndata: {a: c}\n");
        assertThrows(RuntimeException.class, () -> Kustomize.build(dir));
    }

    // --- Security boundaries (SecurityChecks) ---

    @Test
    void aGatewayWithoutTheTokenSettingsIsRejected() {
        // Today's mistake: the gateway loaded only its own ConfigMap.
        List<ObjectNode> objects = broken("Deployment", "api-gateway", d -> ((com.fasterxml.jackson.databind.node.ArrayNode)
                container(d).path("envFrom")).remove(1));
        assertReports(SecurityChecks.common(objects), "api-gateway container api-gateway: no token issuer",
                "api-gateway container api-gateway: no token key", "api-gateway container api-gateway: no expected token audience");
    }

    @Test
    void aServiceWithoutTheExpectedAudienceIsRejected() {
        List<ObjectNode> objects = broken("ConfigMap", "restwell-jwt",
                cm -> ((ObjectNode) cm.path("data")).put("RESTWELL_JWT_AUDIENCE", ""));
        assertReports(SecurityChecks.common(objects), "journal-service container journal-service: no expected token audience");
    }

    @Test
    void aGatewayThatCannotReachTheIdentityProviderIsRejected() {
        // Today's other mistake: its NetworkPolicy allowed only the three services.
        List<ObjectNode> objects = broken("NetworkPolicy", "api-gateway", policy -> {
            com.fasterxml.jackson.databind.node.ArrayNode egress = (com.fasterxml.jackson.databind.node.ArrayNode)
                    policy.path("spec").path("egress");
            for (int i = egress.size() - 1; i >= 0; i--) {
                if (egress.get(i).path("to").get(0).has("ipBlock")) {
                    egress.remove(i);
                }
            }
        });
        assertReports(SecurityChecks.common(objects),
                "api-gateway container api-gateway: its NetworkPolicies block the identity provider's key endpoint");
    }

    @Test
    void healthProbesOnThePublicPortAreRejected() {
        List<ObjectNode> objects = broken("Deployment", "booking-service",
                d -> ((ObjectNode) container(d).at("/readinessProbe/httpGet")).put("port", "http"));
        assertReports(SecurityChecks.common(objects), "booking-service", "readinessProbe asks port http");
    }

    @Test
    void anIngressToTheManagementPortIsRejected() {
        List<ObjectNode> objects = broken("Ingress", "api-gateway",
                i -> ((ObjectNode) i.at("/spec/rules/0/http/paths/0/backend/service/port")).put("name", "management"));
        assertReports(SecurityChecks.common(objects), "routes / to the management port of Service api-gateway");
    }

    @Test
    void theIngressControllerReachingTheManagementPortIsRejected() {
        List<ObjectNode> objects = broken("NetworkPolicy", "api-gateway",
                p -> ((ObjectNode) p.at("/spec/ingress/0/ports/0")).put("port", 9080));
        assertReports(SecurityChecks.common(objects), "lets the ingress controller's namespace reach api-gateway's management port");
    }

    @Test
    void aGatewayWithoutExplicitTrustedProxiesOrTrustingEveryoneIsRejected() {
        List<ObjectNode> unset = broken("ConfigMap", "api-gateway-config",
                cm -> ((ObjectNode) cm.path("data")).remove("RESTWELL_GATEWAY_TRUSTED_PROXIES"));
        assertReports(SecurityChecks.common(unset), "RESTWELL_GATEWAY_TRUSTED_PROXIES is not set");
        List<ObjectNode> everyone = broken("ConfigMap", "api-gateway-config",
                cm -> ((ObjectNode) cm.path("data")).put("RESTWELL_GATEWAY_TRUSTED_PROXIES", "10.244.0.0/16,0.0.0.0/0"));
        assertReports(SecurityChecks.common(everyone), "trusts 0.0.0.0/0");
    }

    @Test
    void aPlaintextKafkaConnectionInProductionIsRejected() {
        List<ObjectNode> objects = broken("ConfigMap", "restwell-config", cm -> {
            ((ObjectNode) cm.path("data")).put("KAFKA_SECURITY_PROTOCOL", "PLAINTEXT");
            ((ObjectNode) cm.path("data")).put("KAFKA_BOOTSTRAP_SERVERS", "restwell-kafka-kafka-bootstrap:9092");
        });
        assertReports(SecurityChecks.production(objects), "journal-service container journal-service: Kafka security protocol PLAINTEXT",
                "restwell-kafka-kafka-bootstrap:9092 is not a TLS listener with SCRAM authentication");
    }

    @Test
    void aServiceUsingAnotherServicesKafkaUserIsRejected() {
        List<ObjectNode> objects = broken("Deployment", "journal-service", d -> {
            for (com.fasterxml.jackson.databind.JsonNode variable : container(d).path("env")) {
                if (variable.path("name").asText().equals("KAFKA_SASL_JAAS_CONFIG")) {
                    ((ObjectNode) variable.at("/valueFrom/secretKeyRef")).put("name", "recommendation-service");
                }
            }
        });
        assertReports(SecurityChecks.production(objects), "journal-service", "must come from its own KafkaUser's Secret");
    }

    @Test
    void anUnauthenticatedKafkaListenerOrNoAclsAreRejected() {
        List<ObjectNode> objects = broken("Kafka", "restwell-kafka", k -> {
            ((ObjectNode) k.at("/spec/kafka/listeners/0")).remove("authentication");
            ((ObjectNode) k.at("/spec/kafka")).remove("authorization");
        });
        assertReports(SecurityChecks.production(objects), "listener tls lets clients in without authentication",
                "no authorization (type simple)");
    }

    @Test
    void aKafkaUserWithAnUnknownAclFieldIsRejectedByStrimzisModel() {
        List<ObjectNode> objects = broken("KafkaUser", "journal-service",
                u -> ((ObjectNode) u.at("/spec/authorization/acls/0")).put("operationz", "Write"));
        assertReports(checks.schemas(objects), "journal-service", "operationz");
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text);
    }
}
