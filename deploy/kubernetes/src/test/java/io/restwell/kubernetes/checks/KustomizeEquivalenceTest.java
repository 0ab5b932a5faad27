package io.restwell.kubernetes.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The build's renderer ({@link Kustomize}) renders exactly what real kustomize does. Runs where
 * {@code kubectl} (with its built-in kustomize) is on the PATH, and is skipped elsewhere: the build
 * needs only a JDK, so the other checks never depend on it.
 */
class KustomizeEquivalenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"base", "overlays/dev", "overlays/prod"})
    void rendersWhatKubectlKustomizeRenders(String dir) throws Exception {
        Path kubectl = onPath("kubectl");
        assumeTrue(kubectl != null, "kubectl is not installed: nothing to compare with");
        Process process = new ProcessBuilder(kubectl.toString(), "kustomize", Paths.KUBERNETES.resolve(dir).toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assumeTrue(process.waitFor(60, TimeUnit.SECONDS), "kubectl kustomize did not finish");
        assertEquals(0, process.exitValue(), output);

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

    private static Path onPath(String command) throws IOException {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        return null;
    }
}
