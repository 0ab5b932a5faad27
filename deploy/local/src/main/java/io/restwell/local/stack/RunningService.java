package io.restwell.local.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.restwell.local.infra.ChildProcesses;

/** A service process the stack started, with where it listens and logs. */
final class RunningService {

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    final ServiceDefinition definition;
    final Process process;
    final int port;
    /** Its management interface: health and metrics, which the public port does not serve. */
    final int managementPort;
    final Path logFile;
    final long startedNanos = System.nanoTime();

    RunningService(ServiceDefinition definition, Process process, int port, int managementPort, Path logFile) {
        this.definition = definition;
        this.process = process;
        this.port = port;
        this.managementPort = managementPort;
        this.logFile = logFile;
    }

    URI baseUri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    URI managementUri() {
        return URI.create("http://127.0.0.1:" + managementPort);
    }

    /** Waits until every health check of the service is UP; returns the seconds it took since launch. */
    double awaitHealthy(Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        String lastAnswer = "no answer yet";
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(definition.name() + " exited with code " + process.exitValue()
                        + " before it was healthy; its log is " + logFile + ":\n" + tail(logFile, 25));
            }
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(managementUri().resolve("/q/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200) {
                    return (System.nanoTime() - startedNanos) / 1e9;
                }
                lastAnswer = "HTTP " + health.statusCode() + " " + health.body();
            } catch (IOException notListeningYet) {
                lastAnswer = notListeningYet.toString();
            }
            Thread.sleep(200);
        }
        throw new IOException(definition.name() + " was not healthy within " + timeout + " (last answer: "
                + lastAnswer + "); its log is " + logFile);
    }

    void stop() {
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }

    static String tail(Path file, int lines) {
        try {
            List<String> all = Files.readAllLines(file);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
