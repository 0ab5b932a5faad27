package io.restwell.kubernetes.checks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.fabric8.zjsonpatch.JsonPatch;

/**
 * A small kustomize renderer for exactly the kustomize features deploy/kubernetes uses, so the build
 * can render the overlays without kubectl. Real deployments use {@code kubectl apply -k}; this class
 * exists only to check what that renders, and {@code KustomizeEquivalenceTest} compares the two
 * whenever kubectl is installed.
 *
 * <p>Supported, with kustomize's semantics and order (resources, then components, then generators,
 * then transformers: patches, namespace, labels, images; name hashes and references last):
 * <ul>
 * <li>{@code resources}: YAML files (several documents each) and directories with a kustomization;</li>
 * <li>{@code components}: directories whose kustomization is a {@code Component};</li>
 * <li>{@code configMapGenerator} with {@code literals} and {@code files}, {@code behavior}
 * create/merge/replace, and kustomize's content hash appended to the name, references in pod specs
 * updated;</li>
 * <li>{@code patches}: JSON 6902 patches only (inline {@code patch} or {@code path}), with a
 * {@code target} of group, version, kind, name, namespace;</li>
 * <li>{@code namespace}, {@code labels} ({@code pairs}, {@code includeTemplates}; not
 * {@code includeSelectors}), {@code images} ({@code newName}, {@code newTag}, {@code digest}).</li>
 * </ul>
 * Anything else in a kustomization (strategic merge patches, secretGenerator, replacements, ...) is
 * refused with an error instead of being silently ignored, and so is a patch whose target matches
 * nothing.
 */
public final class Kustomize {

    private static final Set<String> KUSTOMIZATION_FIELDS = Set.of("apiVersion", "kind", "resources", "components",
            "namespace", "labels", "images", "patches", "configMapGenerator");
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace", "ClusterRole", "ClusterRoleBinding",
            "CustomResourceDefinition", "PersistentVolume", "StorageClass", "PriorityClass", "IngressClass",
            "ValidatingWebhookConfiguration", "MutatingWebhookConfiguration", "ClusterIssuer");
    private static final Set<String> POD_TEMPLATE_KINDS = Set.of("Deployment", "StatefulSet", "DaemonSet",
            "ReplicaSet", "Job", "ReplicationController");

    /** A rendered object, and whether kustomize appends a content hash to its name. */
    private record Res(ObjectNode object, boolean hashed) {
    }

    private Kustomize() {
    }

    /** Renders the kustomization in {@code dir} the way {@code kubectl kustomize dir} does. */
    public static List<ObjectNode> build(Path dir) {
        List<Res> resources = accumulate(dir.toAbsolutePath().normalize(), "Kustomization", new ArrayList<>());
        return finish(resources);
    }

    private static List<Res> accumulate(Path dir, String expectedKind, List<Res> resources) {
        ObjectNode k = readKustomization(dir);
        String kind = k.path("kind").asText("Kustomization");
        if (!kind.equals(expectedKind)) {
            throw new KustomizeException(dir + ": is a " + kind + " where a " + expectedKind + " was expected");
        }
        for (Iterator<String> it = k.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!KUSTOMIZATION_FIELDS.contains(field)) {
                throw new KustomizeException(dir + ": kustomization field '" + field + "' is not supported by this renderer");
            }
        }
        for (JsonNode entry : k.path("resources")) {
            Path path = dir.resolve(entry.asText()).normalize();
            if (Files.isDirectory(path)) {
                resources.addAll(accumulate(path, "Kustomization", new ArrayList<>()));
            } else if (Files.isRegularFile(path)) {
                for (ObjectNode object : Yaml.readAll(path)) {
                    resources.add(new Res(object, false));
                }
            } else {
                throw new KustomizeException(dir + ": resource " + entry.asText() + " does not exist");
            }
        }
        for (JsonNode entry : k.path("components")) {
            // A component works on everything accumulated so far, like kustomize's.
            accumulate(dir.resolve(entry.asText()).normalize(), "Component", resources);
        }
        for (JsonNode generator : k.path("configMapGenerator")) {
            generateConfigMap(dir, generator, resources);
        }
        for (JsonNode patch : k.path("patches")) {
            applyPatch(dir, patch, resources);
        }
        if (k.hasNonNull("namespace")) {
            String namespace = k.get("namespace").asText();
            for (Res res : resources) {
                if (!CLUSTER_SCOPED.contains(res.object().path("kind").asText())) {
                    metadata(res.object()).put("namespace", namespace);
                }
            }
        }
        for (JsonNode labels : k.path("labels")) {
            applyLabels(dir, labels, resources);
        }
        for (JsonNode image : k.path("images")) {
            applyImage(image, resources);
        }
        return resources;
    }

    private static ObjectNode readKustomization(Path dir) {
        for (String name : List.of("kustomization.yaml", "kustomization.yml", "Kustomization")) {
            Path file = dir.resolve(name);
            if (Files.isRegularFile(file)) {
                List<ObjectNode> docs = Yaml.readAll(file);
                if (docs.size() != 1) {
                    throw new KustomizeException(file + ": expected one document");
                }
                return docs.get(0);
            }
        }
        throw new KustomizeException(dir + ": no kustomization.yaml");
    }

    private static void generateConfigMap(Path dir, JsonNode generator, List<Res> resources) {
        for (Iterator<String> it = generator.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!Set.of("name", "behavior", "literals", "files").contains(field)) {
                throw new KustomizeException(dir + ": configMapGenerator field '" + field + "' is not supported");
            }
        }
        String name = generator.path("name").asText();
        String behavior = generator.path("behavior").asText("create");
        Map<String, String> data = new LinkedHashMap<>();
        for (JsonNode literal : generator.path("literals")) {
            String text = literal.asText();
            int eq = text.indexOf('=');
            if (eq <= 0) {
                throw new KustomizeException(dir + ": literal '" + text + "' is not KEY=VALUE");
            }
            data.put(text.substring(0, eq), text.substring(eq + 1));
        }
        for (JsonNode file : generator.path("files")) {
            String text = file.asText();
            int eq = text.indexOf('=');
            String key = eq > 0 ? text.substring(0, eq) : Path.of(text).getFileName().toString();
            Path source = dir.resolve(eq > 0 ? text.substring(eq + 1) : text).normalize();
            if (!source.startsWith(dir)) {
                throw new KustomizeException(dir + ": file " + text + " is outside the kustomization's directory");
            }
            try {
                data.put(key, Files.readString(source, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Res existing = resources.stream()
                .filter(r -> r.object().path("kind").asText().equals("ConfigMap") && name(r.object()).equals(name))
                .findFirst().orElse(null);
        switch (behavior) {
            case "create" -> {
                if (existing != null) {
                    throw new KustomizeException(dir + ": ConfigMap " + name + " already exists (use behavior: merge)");
                }
                ObjectNode cm = Yaml.MAPPER.createObjectNode();
                cm.put("apiVersion", "v1");
                cm.put("kind", "ConfigMap");
                cm.putObject("metadata").put("name", name);
                ObjectNode dataNode = cm.putObject("data");
                data.forEach(dataNode::put);
                resources.add(new Res(cm, true));
            }
            case "merge", "replace" -> {
                if (existing == null) {
                    throw new KustomizeException(dir + ": no ConfigMap " + name + " to " + behavior);
                }
                ObjectNode dataNode = behavior.equals("replace") ? existing.object().putObject("data")
                        : existing.object().with("data");
                data.forEach(dataNode::put);
            }
            default -> throw new KustomizeException(dir + ": unknown generator behavior " + behavior);
        }
    }

    private static void applyPatch(Path dir, JsonNode patch, List<Res> resources) {
        JsonNode target = patch.path("target");
        for (Iterator<String> it = target.fieldNames(); it.hasNext();) {
            String field = it.next();
            if (!Set.of("group", "version", "kind", "name", "namespace").contains(field)) {
                throw new KustomizeException(dir + ": patch target field '" + field + "' is not supported");
            }
        }
        String text;
        if (patch.hasNonNull("patch")) {
            text = patch.get("patch").asText();
        } else if (patch.hasNonNull("path")) {
            try {
                text = Files.readString(dir.resolve(patch.get("path").asText()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        } else {
            throw new KustomizeException(dir + ": a patch needs 'patch' or 'path'");
        }
        JsonNode operations = Yaml.readTree(text);
        if (!operations.isArray()) {
            throw new KustomizeException(dir + ": only JSON 6902 patches (a list of operations) are supported, "
                    + "not strategic merge patches");
        }
        int matched = 0;
        for (Res res : resources) {
            if (matches(target, res.object())) {
                JsonNode patched;
                try {
                    patched = JsonPatch.apply(operations, res.object());
                } catch (RuntimeException e) {
                    throw new KustomizeException(dir + ": patch does not apply to " + describe(res.object()) + ": "
                            + e.getMessage());
                }
                res.object().removeAll();
                res.object().setAll((ObjectNode) patched);
                matched++;
            }
        }
        if (matched == 0) {
            throw new KustomizeException(dir + ": patch target " + target + " matches nothing");
        }
    }

    private static boolean matches(JsonNode target, ObjectNode object) {
        String apiVersion = object.path("apiVersion").asText();
        int slash = apiVersion.indexOf('/');
        String group = slash < 0 ? "" : apiVersion.substring(0, slash);
        String version = apiVersion.substring(slash + 1);
        return matchesField(target, "group", group)
                && matchesField(target, "version", version)
                && matchesField(target, "kind", object.path("kind").asText())
                && matchesField(target, "name", name(object))
                && matchesField(target, "namespace", object.path("metadata").path("namespace").asText(""));
    }

    private static boolean matchesField(JsonNode target, String field, String value) {
        // kustomize matches names and namespaces as anchored regular expressions.
        return !target.hasNonNull(field) || Pattern.matches(target.get(field).asText(), value);
    }

    private static void applyLabels(Path dir, JsonNode labels, List<Res> resources) {
        if (labels.path("includeSelectors").asBoolean(false)) {
            throw new KustomizeException(dir + ": labels with includeSelectors are not supported by this renderer");
        }
        boolean templates = labels.path("includeTemplates").asBoolean(false);
        for (Res res : resources) {
            ObjectNode object = res.object();
            labels.path("pairs").fields().forEachRemaining(pair -> {
                metadata(object).with("labels").set(pair.getKey(), pair.getValue());
                if (templates && POD_TEMPLATE_KINDS.contains(object.path("kind").asText())) {
                    object.with("spec").with("template").with("metadata").with("labels")
                            .set(pair.getKey(), pair.getValue());
                }
            });
        }
    }

    private static void applyImage(JsonNode image, List<Res> resources) {
        String name = image.path("name").asText();
        for (Res res : resources) {
            forEachContainer(res.object(), container -> {
                String current = container.path("image").asText();
                String base = imageName(current);
                if (!base.equals(name)) {
                    return;
                }
                String newName = image.path("newName").asText(base);
                String updated;
                if (image.hasNonNull("digest")) {
                    updated = newName + "@" + image.get("digest").asText();
                } else if (image.hasNonNull("newTag")) {
                    updated = newName + ":" + image.get("newTag").asText();
                } else {
                    updated = newName + current.substring(base.length());
                }
                container.put("image", updated);
            });
        }
    }

    /** The image reference without tag or digest. */
    static String imageName(String image) {
        int at = image.indexOf('@');
        String withoutDigest = at < 0 ? image : image.substring(0, at);
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    /** Every element of a {@code containers} or {@code initContainers} list anywhere in the object. */
    static void forEachContainer(JsonNode node, java.util.function.Consumer<ObjectNode> action) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                if ((field.getKey().equals("containers") || field.getKey().equals("initContainers"))
                        && field.getValue().isArray()) {
                    field.getValue().forEach(c -> {
                        if (c.isObject()) {
                            action.accept((ObjectNode) c);
                        }
                    });
                } else {
                    forEachContainer(field.getValue(), action);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> forEachContainer(child, action));
        }
    }

    private static List<ObjectNode> finish(List<Res> resources) {
        Map<String, String> renamed = new TreeMap<>();
        for (Res res : resources) {
            if (res.hashed()) {
                String original = name(res.object());
                String hashed = original + "-" + configMapHash(res.object());
                metadata(res.object()).put("name", hashed);
                renamed.put(original, hashed);
            }
        }
        List<ObjectNode> out = new ArrayList<>();
        for (Res res : resources) {
            if (!renamed.isEmpty()) {
                renameConfigMapReferences(res.object(), renamed);
            }
            out.add(res.object());
        }
        return out;
    }

    /** Updates {@code configMapRef}, {@code configMapKeyRef} and {@code configMap} volume references. */
    private static void renameConfigMapReferences(JsonNode node, Map<String, String> renamed) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                String key = field.getKey();
                JsonNode value = field.getValue();
                if ((key.equals("configMapRef") || key.equals("configMapKeyRef") || key.equals("configMap"))
                        && value.isObject() && renamed.containsKey(value.path("name").asText())) {
                    ((ObjectNode) value).put("name", renamed.get(value.path("name").asText()));
                } else {
                    renameConfigMapReferences(value, renamed);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> renameConfigMapReferences(child, renamed));
        }
    }

    /**
     * kustomize's name suffix for a generated ConfigMap: SHA-256 of the JSON (Go's encoding, keys
     * sorted) of kind, name (empty, see below) and data, the first 10 hex digits with 0,1,3,a,e
     * replaced by g,h,k,m,t.
     */
    static String configMapHash(ObjectNode configMap) {
        Map<String, Object> encoded = new TreeMap<>();
        encoded.put("kind", "ConfigMap");
        // kustomize (kyaml hasher) looks the name up as yaml.Lookup("metadata/name"), a single field
        // that never exists, so it always hashes an empty name; so must we to render the same names.
        encoded.put("name", "");
        Map<String, Object> data = new TreeMap<>();
        configMap.path("data").fields().forEachRemaining(e -> data.put(e.getKey(), e.getValue().asText()));
        encoded.put("data", data);
        if (configMap.has("binaryData")) {
            throw new KustomizeException("binaryData in generated ConfigMaps is not supported");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(goJson(encoded).getBytes(StandardCharsets.UTF_8));
            char[] chars = HexFormat.of().formatHex(digest).substring(0, 10).toCharArray();
            for (int i = 0; i < chars.length; i++) {
                chars[i] = switch (chars[i]) {
                    case '0' -> 'g';
                    case '1' -> 'h';
                    case '3' -> 'k';
                    case 'a' -> 'm';
                    case 'e' -> 't';
                    default -> chars[i];
                };
            }
            return new String(chars);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** JSON as Go's encoding/json writes it: maps with sorted keys, HTML characters escaped. */
    private static String goJson(Object value) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                out.append(first ? "" : ",").append(goJson(e.getKey())).append(':').append(goJson(e.getValue()));
                first = false;
            }
            return out.append('}').toString();
        }
        String s = (String) value;
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '<', '>', '&', '\u2028', '\u2029' -> out.append(String.format("\\u%04x", (int) c));
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    static ObjectNode metadata(ObjectNode object) {
        return object.with("metadata");
    }

    static String name(JsonNode object) {
        return object.path("metadata").path("name").asText();
    }

    static String describe(JsonNode object) {
        String namespace = object.path("metadata").path("namespace").asText("");
        return object.path("kind").asText() + " " + (namespace.isEmpty() ? "" : namespace + "/") + name(object);
    }

    /** A kustomization this renderer cannot or will not render. */
    public static final class KustomizeException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        KustomizeException(String message) {
            super(message);
        }
    }
}
