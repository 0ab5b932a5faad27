package io.restwell.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restwell.local.DevTokens;

/**
 * What the gateway adds: the same request straight to the owning service and through the gateway,
 * measured by wrk (Debian's package) in alternating rounds within one run.
 *
 * <p>{@code benchmarks/run GatewayOverhead [--seconds 10] [--rounds 3] [--connections 16]}. Three
 * requests: the public catalog ({@code GET /api/v1/session-types}, next to no work behind it), a
 * 7-day availability search (queries and slot arithmetic behind it), and a person's journal page
 * ({@code GET /api/v1/journal/sleep-entries?size=5}, a bearer token verified by the gateway and
 * again by the service). Each is measured two ways: one connection (latency: what one request pays)
 * and {@code --connections} connections (throughput at saturation). Rate limits stay on with quotas
 * too large to reach, so their cost is counted.
 */
public final class GatewayOverheadBenchmark {

    private static final Pattern REQUESTS_PER_SECOND = Pattern.compile("Requests/sec:\\s+([0-9.]+)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s+(50|75|90|99)%\\s+([0-9.]+)(us|ms|s)\\s*$",
            Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");

    public static void main(String[] args) throws Exception {
        int seconds = option(args, "--seconds", 10);
        int rounds = option(args, "--rounds", 3);
        int connections = option(args, "--connections", 16);
        try (BenchmarkPlatform platform = BenchmarkPlatform.start(args)) {
            URI gateway = platform.stack().gateway();
            URI booking = platform.stack().services().get("booking-service");
            URI journal = platform.stack().services().get("journal-service");
            String token = DevTokens.issue("bench-gateway-" + UUID.randomUUID(), List.of("user"));
            seedNights(gateway, token);

            LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(2);
            List<Case> cases = List.of(
                    new Case("catalog (no token)", "/api/v1/session-types", null, booking),
                    new Case("availability, 7 days (no token)", "/api/v1/availability?sessionType=SWEDISH&from=" + from
                            + "&to=" + from.plusDays(6), null, booking),
                    new Case("journal page (JWT)", "/api/v1/journal/sleep-entries?size=5", token, journal));
            System.out.printf("wrk: %d rounds of %d s per measurement, alternating direct and gateway; machine: %s%n",
                    rounds, seconds, BenchmarkPlatform.machine());
            for (Case c : cases) {
                wrk(c.direct(), c.token, 1, 5); // warm-up: JIT, connection pools
                wrk(c.viaGateway(gateway), c.token, 1, 5);
            }
            System.out.println();
            System.out.println("| request | load | direct req/s | gateway req/s | ratio | direct p50 / p99 | gateway p50 / p99 | added p50 / p99 |");
            System.out.println("| --- | --- | --- | --- | --- | --- | --- | --- |");
            for (Case c : cases) {
                for (int load : new int[] { 1, connections }) {
                    List<Wrk> direct = new ArrayList<>();
                    List<Wrk> through = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        direct.add(wrk(c.direct(), c.token, load, seconds));
                        through.add(wrk(c.viaGateway(gateway), c.token, load, seconds));
                    }
                    print(c.name, load, direct, through);
                }
            }
        }
    }

    private record Case(String name, String path, String token, URI service) {
        URI direct() {
            return service.resolve(path);
        }

        URI viaGateway(URI gateway) {
            return gateway.resolve(path);
        }
    }

    /** One wrk run's figures; latencies in milliseconds. */
    record Wrk(double requestsPerSecond, double p50, double p99, long errors) {
    }

    static Wrk wrk(URI url, String token, int connections, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("wrk", "--latency", "-t", String.valueOf(Math.min(2, connections)),
                "-c", String.valueOf(connections), "-d", seconds + "s", "--timeout", "5s"));
        if (token != null) {
            command.addAll(List.of("-H", "Authorization: Bearer " + token));
        }
        command.add(url.toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(seconds + 30L, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IOException("wrk failed: " + output);
        }
        return parse(output);
    }

    static Wrk parse(String output) {
        Matcher rps = REQUESTS_PER_SECOND.matcher(output);
        if (!rps.find()) {
            throw new IllegalStateException("no Requests/sec in wrk's output: " + output);
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double value = Double.parseDouble(percentile.group(2)) * switch (percentile.group(3)) {
                case "us" -> 0.001;
                case "s" -> 1000;
                default -> 1;
            };
            if (percentile.group(1).equals("50")) {
                p50 = value;
            } else if (percentile.group(1).equals("99")) {
                p99 = value;
            }
        }
        Matcher errors = NON_2XX.matcher(output);
        return new Wrk(Double.parseDouble(rps.group(1)), p50, p99, errors.find() ? Long.parseLong(errors.group(1)) : 0);
    }

    private static void print(String name, int load, List<Wrk> direct, List<Wrk> through) {
        double directRps = median(direct.stream().mapToDouble(Wrk::requestsPerSecond).toArray());
        double gatewayRps = median(through.stream().mapToDouble(Wrk::requestsPerSecond).toArray());
        double directP50 = median(direct.stream().mapToDouble(Wrk::p50).toArray());
        double directP99 = median(direct.stream().mapToDouble(Wrk::p99).toArray());
        double gatewayP50 = median(through.stream().mapToDouble(Wrk::p50).toArray());
        double gatewayP99 = median(through.stream().mapToDouble(Wrk::p99).toArray());
        long errors = direct.stream().mapToLong(Wrk::errors).sum() + through.stream().mapToLong(Wrk::errors).sum();
        System.out.println(String.format(Locale.ROOT,
                "| %s | %d conn. | %.0f | %.0f | %.0f %% | %.2f / %.2f ms | %.2f / %.2f ms | %+.2f / %+.2f ms |%s", name,
                load, directRps, gatewayRps, 100 * gatewayRps / directRps, directP50, directP99, gatewayP50, gatewayP99,
                gatewayP50 - directP50, gatewayP99 - directP99, errors > 0 ? " (" + errors + " non-2xx!)" : ""));
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** A journal with a few nights, so the page read is a real query. */
    private static void seedNights(URI gateway, String token) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        for (int day = 1; day <= 10; day++) {
            String night = String.format("2026-10-%02d", day);
            String next = String.format("2026-10-%02d", day + 1);
            String body = """
                    {"night":"%s","bedtime":"%sT23:00:00+01:00","wakeTime":"%sT07:00:00+01:00","sleepLatencyMinutes":20,
                     "awakenings":1,"wakeAfterSleepOnsetMinutes":15,"quality":4}""".formatted(night, night, next);
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(gateway.resolve("/api/v1/journal/sleep-entries"))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (answer.statusCode() != 201) {
                throw new IOException("seeding failed: " + answer.statusCode() + " " + answer.body());
            }
        }
    }

    private static int option(String[] args, String name, int fallback) {
        List<String> words = Arrays.asList(args);
        int at = words.indexOf(name);
        return at >= 0 ? Integer.parseInt(words.get(at + 1)) : fallback;
    }
}
