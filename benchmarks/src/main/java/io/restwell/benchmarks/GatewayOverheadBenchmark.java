package io.restwell.benchmarks;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
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
 * Rate limits stay on with quotas too large to reach, so their cost is counted. nginx ({@link NginxPeer}) is measured
 * in the same alternating rounds as the peer a team would otherwise put there ({@code --nginx off} leaves it out).
 */
public final class GatewayOverheadBenchmark {

    public static void main(String[] args) throws Exception {
        Bench.standalone(args, "GatewayOverhead", GatewayOverheadBenchmark::run);
    }

    public static void run(Bench bench) throws Exception {
        int seconds = bench.args.integer("--gateway-seconds", 5);
        int rounds = bench.args.integer("--gateway-rounds", 3);
        int connections = bench.args.integer("--connections", 16);
        // per case and target, at --connections: long enough and the JVMs' JIT has compiled the path before the rounds
        int warmUp = bench.args.integer("--gateway-warm-up-seconds", 3);
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
        Path nginxBinary = bench.args.text("--nginx", "on").equals("off") ? null : NginxPeer.binary();
        try (NginxPeer nginx = nginxBinary == null ? null
                : NginxPeer.start(nginxBinary, bench.platform.state().resolve("nginx"), booking, journal)) {
            for (Case c : cases) {
                wrk(c.service.resolve(c.path), c.token, connections, warmUp); // warm-up: JIT, connection pools
                wrk(gateway.resolve(c.path), c.token, connections, warmUp);
                if (nginx != null) {
                    wrk(nginx.uri().resolve(c.path), c.token, connections, warmUp);
                }
            }
            Report.Section section = bench.report.section("Gateway overhead")
                    .note(Stats.format("wrk, %d s of warm-up per request and target, then %d rounds of %d s per measurement, "
                            + "alternating direct, through the gateway%s; "
                            + "figures are the medians of the rounds. Added = through the proxy − direct.%s", warmUp, rounds, seconds,
                            nginx == null ? "" : " and through nginx", nginx == null
                            ? " nginx was not found (benchmarks/run installs Debian's package), so it has no column."
                            : " nginx: Debian's package, 2 workers, keep-alive upstreams, a buffered access log, no "
                            + "authentication, rate limits or metrics (NginxPeer)."))
                    .row("request", "load", "direct req/s", "gateway req/s", "nginx req/s", "gateway/direct", "nginx/direct",
                            "gateway/nginx", "direct p50 / p99", "gateway p50 / p99", "nginx p50 / p99",
                            "added p50: gateway / nginx", "errors");
            for (int load : new int[] { 1, connections }) {
                for (Case c : cases) {
                    List<Wrk.Result> direct = new ArrayList<>();
                    List<Wrk.Result> through = new ArrayList<>();
                    List<Wrk.Result> peer = new ArrayList<>();
                    for (int round = 0; round < rounds; round++) {
                        direct.add(wrk(c.service.resolve(c.path), c.token, load, seconds));
                        through.add(wrk(gateway.resolve(c.path), c.token, load, seconds));
                        if (nginx != null) {
                            peer.add(wrk(nginx.uri().resolve(c.path), c.token, load, seconds));
                        }
                    }
                    double directRps = medianRps(direct);
                    double gatewayRps = medianRps(through);
                    Distribution d = Distribution.median(direct.stream().map(Wrk.Result::latency).toList());
                    Distribution g = Distribution.median(through.stream().map(Wrk.Result::latency).toList());
                    long errors = errors(direct) + errors(through) + errors(peer);
                    String nginxRps = "–";
                    String nginxShare = "–";
                    String gatewayToNginx = "–";
                    String nginxLatency = "–";
                    String nginxAdded = "–";
                    if (nginx != null) {
                        double peerRps = medianRps(peer);
                        Distribution n = Distribution.median(peer.stream().map(Wrk.Result::latency).toList());
                        nginxRps = Stats.number(peerRps);
                        nginxShare = Stats.format("%.0f %%", 100 * peerRps / directRps);
                        gatewayToNginx = Stats.format("%.2f×", gatewayRps / peerRps);
                        nginxLatency = Stats.ms(n.p50()) + " / " + Stats.ms(n.p99());
                        nginxAdded = Stats.format("%+.2f ms", n.p50() - d.p50());
                        bench.report.distribution(panel(load), c.shortName + " via nginx", n);
                    }
                    section.row(c.name, load + " conn.", Stats.number(directRps), Stats.number(gatewayRps), nginxRps,
                            Stats.format("%.0f %%", 100 * gatewayRps / directRps), nginxShare, gatewayToNginx,
                            Stats.ms(d.p50()) + " / " + Stats.ms(d.p99()), Stats.ms(g.p50()) + " / " + Stats.ms(g.p99()), nginxLatency,
                            Stats.format("%+.2f ms", g.p50() - d.p50()) + " / " + nginxAdded, String.valueOf(errors));
                    bench.report.distribution(panel(load), c.shortName + " direct", d);
                    bench.report.distribution(panel(load), c.shortName + " via gateway", g);
                }
            }
            section.end();
        }
        bench.phase(null);
    }

    private static String panel(int load) {
        return "Gateway overhead, " + load + (load == 1 ? " connection" : " connections") + " (wrk)";
    }

    private static double medianRps(List<Wrk.Result> results) {
        return Stats.median(results.stream().mapToDouble(Wrk.Result::requestsPerSecond).toArray());
    }

    private static long errors(List<Wrk.Result> results) {
        return results.stream().mapToLong(r -> r.non2xx() + r.socketErrors()).sum();
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
