package io.restwell.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs wrk (Debian's package, 4.1.0): a closed-loop HTTP load of {@code connections} connections for a
 * duration. A Lua script can build each request (POST bodies, a different person per request); every run
 * gets a {@code done()} hook that prints the latency percentiles and the error counts, which this parses.
 */
public final class Wrk {

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^PCT ([0-9.]+) ([0-9]+)$", Pattern.MULTILINE);
    private static final Pattern STATS = Pattern.compile(
            "^STATS requests=(\\d+) status=(\\d+) connect=(\\d+) read=(\\d+) write=(\\d+) timeout=(\\d+)$", Pattern.MULTILINE);

    /** Appended to every script: wrk's own histogram (microseconds) at the report's percentiles. */
    private static final String DONE = """

            function done(summary, latency, requests)
              for _, p in ipairs({50, 75, 90, 95, 99, 99.9, 99.99}) do
                io.write(string.format("PCT %g %d\\n", p, latency:percentile(p)))
              end
              io.write(string.format("PCT 100 %d\\n", latency.max))
              local e = summary.errors
              io.write(string.format("STATS requests=%d status=%d connect=%d read=%d write=%d timeout=%d\\n",
                summary.requests, e.status, e.connect, e.read, e.write, e.timeout))
            end
            """;

    /** One wrk run's figures. {@code non2xx}: answers outside 2xx/3xx; {@code socketErrors}: connect, read, write, timeout. */
    public record Result(double requestsPerSecond, long requests, long non2xx, long socketErrors, Distribution latency) {
    }

    private Wrk() {
    }

    /**
     * @param script Lua defining {@code request()} (and anything it needs), or empty for a plain GET of {@code url}
     * @param headers extra headers ({@code -H}) for a plain request
     */
    public static Result run(URI url, String script, List<String> headers, int connections, int seconds)
            throws IOException, InterruptedException {
        Path file = Files.createTempFile("restwell-wrk-", ".lua");
        try {
            Files.writeString(file, script + DONE);
            List<String> command = new ArrayList<>(List.of("wrk", "--latency", "-t", String.valueOf(threads(connections)),
                    "-c", String.valueOf(connections), "-d", seconds + "s", "--timeout", "10s", "-s", file.toString()));
            for (String header : headers) {
                command.addAll(List.of("-H", header));
            }
            command.add(url.toString());
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(seconds + 60L, TimeUnit.SECONDS) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IOException("wrk failed: " + output);
            }
            return parse(output);
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /** wrk's threads: two (the machine's cores) at most, never more than the connections. */
    public static int threads(int connections) {
        return Math.min(2, connections);
    }

    static Result parse(String output) {
        Matcher rps = REQUESTS_PER_SECOND.matcher(output);
        Matcher stats = STATS.matcher(output);
        if (!rps.find() || !stats.find()) {
            throw new IllegalStateException("unexpected wrk output: " + output);
        }
        Map<Double, Double> points = new LinkedHashMap<>();
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            points.put(Double.parseDouble(percentile.group(1)), Long.parseLong(percentile.group(2)) / 1000.0);
        }
        long requests = Long.parseLong(stats.group(1));
        long socketErrors = 0;
        for (int group = 3; group <= 6; group++) {
            socketErrors += Long.parseLong(stats.group(group));
        }
        return new Result(Double.parseDouble(rps.group(1)), requests, Long.parseLong(stats.group(2)), socketErrors,
                new Distribution(points, requests));
    }

    /** A Lua string literal. */
    public static String lua(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }
}
