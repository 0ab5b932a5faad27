package io.restwell.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.restwell.local.DevTokens;

/**
 * What the gateway adds: the same request straight to the owning service and through the gateway,
 * measured by wrk (Debian's package) in alternating rounds within one run.
 *
 * <p>{@code benchmarks/run GatewayOverhead [--gateway-seconds 5] [--gateway-rounds 3] [--connections 16]}.
 * Three requests: the public catalog ({@code GET /api/v1/session-types}, next to no work behind it), a
 * 7-day availability search (queries and slot arithmetic behind it), and a person's journal page
 * ({@code GET /api/v1/journal/sleep-entries?size=5}, a bearer token verified by the gateway and again by
 * the service). Each is measured two ways: one connection (latency: what one request pays) and
 * {@code --connections} connections (throughput at saturation). Figures are the medians of the rounds.
 * Rate limits stay on with quotas too large to reach, so their cost is counted.
 */
public final class GatewayOverheadBenchmark {

    public static void main(String[] args) throws Exception {
        Bench.standalone(args, "GatewayOverhead", GatewayOverheadBenchmark::run);
    }

    public static void run(Bench bench) throws Exception {
        int seconds = bench.args.integer("--gateway-seconds", 5);
        int rounds = bench.args.integer("--gateway-rounds", 3);
        int connections = bench.args.integer("--connections", 16);
        bench.phase("gateway overhead");
        URI gateway = bench.platform.stack().gateway();
        URI booking = bench.platform.service("booking-service");
        URI journal = bench.platform.service("journal-service");
        String token = DevTokens.issue("bench-gateway-" + UUID.randomUUID(), List.of("user"));
        seedNights(gateway, token);

        LocalDate from = LocalDate.now(ZoneOffset.UTC).plusDays(2);
        List<Case> cases = List.of(
                new Case("catalog", "catalog (no token)", "/api/v1/session-types", null, booking),
                new Case("availability", "availability, 7 days (no token)", "/api/v1/availability?sessionType=SWEDISH&from="
                        + from + "&to=" + from.plusDays(6), null, booking),
                new Case("journal page", "journal page (JWT)", "/api/v1/journal/sleep-entries?size=5", token, journal));
        for (Case c : cases) {
            wrk(c.service.resolve(c.path), c.token, 1, 3); // warm-up: JIT, connection pools
            wrk(gateway.resolve(c.path), c.token, 1, 3);
        }
        Report.Section section = bench.report.section("Gateway overhead")
                .note(Stats.format("wrk, %d rounds of %d s per measurement, alternating direct and through the gateway; "
                        + "figures are the medians of the rounds. Added = gateway − direct.", rounds, seconds))
                .row("request", "load", "direct req/s", "gateway req/s", "gateway/direct", "direct p50 / p99",
                        "gateway p50 / p99", "added p50 / p99", "errors");
        for (int load : new int[] { 1, connections }) {
            for (Case c : cases) {
                List<Wrk.Result> direct = new ArrayList<>();
                List<Wrk.Result> through = new ArrayList<>();
                for (int round = 0; round < rounds; round++) {
                    direct.add(wrk(c.service.resolve(c.path), c.token, load, seconds));
                    through.add(wrk(gateway.resolve(c.path), c.token, load, seconds));
                }
                double directRps = Stats.median(direct.stream().mapToDouble(Wrk.Result::requestsPerSecond).toArray());
                double gatewayRps = Stats.median(through.stream().mapToDouble(Wrk.Result::requestsPerSecond).toArray());
                Distribution d = Distribution.median(direct.stream().map(Wrk.Result::latency).toList());
                Distribution g = Distribution.median(through.stream().map(Wrk.Result::latency).toList());
                long errors = direct.stream().mapToLong(r -> r.non2xx() + r.socketErrors()).sum()
                        + through.stream().mapToLong(r -> r.non2xx() + r.socketErrors()).sum();
                section.row(c.name, load + " conn.", Stats.number(directRps), Stats.number(gatewayRps),
                        Stats.format("%.0f %%", 100 * gatewayRps / directRps),
                        Stats.ms(d.p50()) + " / " + Stats.ms(d.p99()), Stats.ms(g.p50()) + " / " + Stats.ms(g.p99()),
                        Stats.format("%+.2f / %+.2f ms", g.p50() - d.p50(), g.p99() - d.p99()), String.valueOf(errors));
                String panel = "Gateway overhead, " + load + (load == 1 ? " connection" : " connections") + " (wrk)";
                bench.report.distribution(panel, c.shortName + " direct", d);
                bench.report.distribution(panel, c.shortName + " via gateway", g);
            }
        }
        section.end();
        bench.phase(null);
    }

    private record Case(String shortName, String name, String path, String token, URI service) {
    }

    private static Wrk.Result wrk(URI url, String token, int connections, int seconds) throws IOException, InterruptedException {
        return Wrk.run(url, "", token == null ? List.of() : List.of("Authorization: Bearer " + token), connections, seconds);
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
}
