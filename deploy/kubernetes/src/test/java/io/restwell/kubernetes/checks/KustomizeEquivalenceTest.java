package io.restwell.kubernetes.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The build's renderer ({@link Kustomize}) renders exactly what real kustomize does: its output is
 * compared, object by object, with what {@code kubectl kustomize} (kustomize v5.5.0) rendered for the
 * same folders, kept in {@code src/test/resources/kubectl-kustomize/}. The build needs only a JDK, so
 * the reference renderings are files; after changing a manifest, render them again with
 * {@code for d in base overlays/dev overlays/prod; do kubectl kustomize deploy/kubernetes/$d >
 * deploy/kubernetes/src/test/resources/kubectl-kustomize/$(basename $d).yaml; done} and review the diff.
 */
class KustomizeEquivalenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void rendersWhatKubectlKustomizeRenders(String dir) throws Exception {
        String reference = Path.of(dir).getFileName() + ".yaml";
        String output;
        try (var in = KustomizeEquivalenceTest.class.getResourceAsStream("/kubectl-kustomize/" + reference)) {
            assertNotNull(in, "no reference rendering " + reference);
            output = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, ObjectNode> expected = byId(Yaml.readAll(output, "kubectl kustomize " + dir));
        Map<String, ObjectNode> actual = byId(Kustomize.build(Paths.KUBERNETES.resolve(dir)));
        assertEquals(expected.keySet(), actual.keySet());
        for (String id : expected.keySet()) {
            assertEquals(canonical(expected.get(id)), canonical(actual.get(id)), id);
        }
    }

    /** YAML with every mapping's keys sorted, as kubectl prints it, so only content differences show. */
    private static String canonical(ObjectNode object) throws IOException {
        return SORTED.writeValueAsString(SORTED.convertValue(object, Object.class));
    }

    private static final ObjectMapper SORTED = new ObjectMapper(new YAMLFactory())
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private static Map<String, ObjectNode> byId(List<ObjectNode> objects) {
        Map<String, ObjectNode> map = new TreeMap<>();
        for (ObjectNode o : objects) {
            map.put(o.path("apiVersion").asText() + " " + Kustomize.describe(o), o);
        }
        return map;
    }

}
