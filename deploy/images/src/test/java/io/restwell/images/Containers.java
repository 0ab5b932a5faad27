package io.restwell.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What every container of the platform must show, whether podman ran it or kube-played it. */
final class Containers {

    static final List<String> SERVICES = List.of("api-gateway", "booking-service", "journal-service", "recommendation-service");

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private static final Pattern HEAP_MAX = Pattern.compile("(?m)^jvm_memory_max_bytes\\{area=\"heap\",[^}]*} ([0-9.E+]+)$");

    private Containers() {
    }

    /** The status of a GET, or -1 while nothing answers. */
    static int status(URI uri) {
        try {
            return HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(3)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String body(URI uri) throws IOException, InterruptedException {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), uri + ": " + response.body());
        return response.body();
    }

    /**
     * Waits until the URI answers 200, failing early with the container's log when the container has
     * exited (an image that does not start) and after the timeout. Returns the seconds it took.
     */
    static double awaitOk(String container, URI uri, Duration timeout, long startedNanos) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (status(uri) == 200) {
                return (System.nanoTime() - startedNanos) / 1e9;
            }
            String state = Podman.run("inspect", "--format", "{{.State.Status}}", container).output();
            if (state.contains("exited") || state.contains("stopped") || state.contains("no such")) {
                throw new AssertionError(container + " is " + state + " before " + uri + " answered 200; its log:\n"
                        + tail(Podman.run("logs", container).output()));
            }
            Thread.sleep(250);
        }
        throw new AssertionError(uri + " did not answer 200 within " + timeout + "; " + container + "'s log:\n"
                + tail(Podman.run("logs", container).output()));
    }

    /** Non-root (uid and gid 185), no capabilities at all, no privilege escalation, a read-only root, a writable /tmp. */
    static void assertLockedDown(String container) {
        String status = Podman.processStatus(container);
        assertEquals("185", Podman.statusField(status, "Uid").split("\\s+")[1], container + ": effective uid");
        assertEquals("185", Podman.statusField(status, "Gid").split("\\s+")[1], container + ": effective gid");
        for (String set : List.of("CapEff", "CapPrm", "CapBnd")) {
            assertEquals(0L, Long.parseLong(Podman.statusField(status, set), 16), container + ": " + set);
        }
        assertEquals("1", Podman.statusField(status, "NoNewPrivs"), container + ": no_new_privs");
        Podman.Result write = Podman.run("exec", container, "sh", "-c", "echo x > /deployments/probe");
        assertNotEquals(0, write.exitCode(), container + ": the root filesystem took a write");
        assertTrue(write.output().contains("Read-only file system"), container + ": " + write.output());
        Podman.run("exec", container, "sh", "-c", "echo x > /tmp/probe && rm /tmp/probe").orFail(container + ": writing /tmp");
    }

    /** The heap follows the container's memory limit: JAVA_MAX_MEM_RATIO (50) percent of it, not the JVM's default 25. */
    static void assertHeapFollowsTheMemoryLimit(String container, URI management, long limitBytes)
            throws IOException, InterruptedException {
        String metrics = body(management.resolve("/q/metrics"));
        Matcher matcher = HEAP_MAX.matcher(metrics);
        double heap = 0;
        while (matcher.find()) {
            heap += Math.max(0, Double.parseDouble(matcher.group(1)));
        }
        double share = heap / limitBytes;
        assertTrue(share > 0.40 && share <= 0.51, container + ": heap " + (long) heap + " bytes of a " + limitBytes
                + "-byte limit (" + Math.round(share * 100) + " %)");
    }

    interface Check {
        void run() throws Exception;
    }

    /** Runs a check; when it fails, the failure carries the tail of each container's log. */
    static void withLogs(java.util.Collection<String> containers, Check check) throws Exception {
        try {
            check.run();
        } catch (AssertionError | RuntimeException e) {
            StringBuilder logs = new StringBuilder(String.valueOf(e.getMessage()));
            for (String container : containers) {
                logs.append("\n--- ").append(container).append(" ---\n").append(tail(Podman.run("logs", container).output()));
            }
            throw new AssertionError(logs.toString(), e);
        }
    }

    static String tail(String log) {
        List<String> lines = log.lines().toList();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
    }
}
