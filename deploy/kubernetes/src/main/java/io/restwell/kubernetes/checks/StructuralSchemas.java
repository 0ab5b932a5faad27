package io.restwell.kubernetes.checks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/**
 * Validates the custom resources that have no Java model on a registry this build reaches against
 * the JSON Schemas in {@code deploy/kubernetes/schemas}: CloudNativePG's (postgresql.cnpg.io Cluster
 * and ScheduledBackup, the Barman Cloud Plugin's barmancloud.cnpg.io ObjectStore) and the Prometheus
 * Operator's (monitoring.coreos.com ServiceMonitor, PodMonitor, PrometheusRule). The schemas are
 * structural subsets written by hand from the API references: every field name of each spec (a typo
 * or a removed field fails), with types, enums, patterns and required fields in depth for the parts
 * Restwell uses. They are not the CRDs.
 */
public final class StructuralSchemas {

    /** Targeted versions: the schemas were written from these API references. */
    public static final String CLOUDNATIVEPG_VERSION = "1.29";
    public static final String BARMAN_CLOUD_PLUGIN_VERSION = "0.14";
    public static final String PROMETHEUS_OPERATOR_VERSION = "0.86";

    private static final Map<String, String> SCHEMAS = Map.of(
            "postgresql.cnpg.io/v1/Cluster", "cnpg-cluster-v1.schema.json",
            "postgresql.cnpg.io/v1/ScheduledBackup", "cnpg-scheduledbackup-v1.schema.json",
            "barmancloud.cnpg.io/v1/ObjectStore", "barmancloud-objectstore-v1.schema.json",
            "monitoring.coreos.com/v1/ServiceMonitor", "monitoring-servicemonitor-v1.schema.json",
            "monitoring.coreos.com/v1/PodMonitor", "monitoring-podmonitor-v1.schema.json",
            "monitoring.coreos.com/v1/PrometheusRule", "monitoring-prometheusrule-v1.schema.json");

    private final Path schemaDir;
    private final Map<String, JsonSchema> loaded = new ConcurrentHashMap<>();

    public StructuralSchemas(Path schemaDir) {
        this.schemaDir = schemaDir;
    }

    public static boolean handles(ObjectNode object) {
        String apiVersion = object.path("apiVersion").asText();
        return apiVersion.startsWith("postgresql.cnpg.io/") || apiVersion.startsWith("barmancloud.cnpg.io/")
                || apiVersion.startsWith("monitoring.coreos.com/");
    }

    public List<String> validate(ObjectNode object) {
        List<String> problems = new ArrayList<>();
        String key = object.path("apiVersion").asText() + "/" + object.path("kind").asText();
        String file = SCHEMAS.get(key);
        if (file == null) {
            problems.add(Kustomize.describe(object) + ": no schema for " + key);
            return problems;
        }
        JsonSchema schema = loaded.computeIfAbsent(file, this::load);
        for (ValidationMessage message : schema.validate(object)) {
            problems.add(Kustomize.describe(object) + ": " + message.getMessage());
        }
        return problems;
    }

    private JsonSchema load(String file) {
        try (InputStream in = Files.newInputStream(schemaDir.resolve(file))) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
