package io.restwell.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicInteger;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.restwell.local.DevTokens;

/**
 * Journal sync (docs/journal-sync.md), straight to journal-service. Ingest: {@code --sync-people} people
 * each upload {@code --sync-nights} nights, half of them one {@code POST /sleep-entries} per night, the other
 * half in batches of {@code --batch-size} ({@code POST /sleep-entries/batch}), both with
 * {@code --sync-connections} requests in flight, in the same run: entries per second and latency per
 * request. Sync: one person with {@code --history-nights} nights; a full sync ({@code GET /changes}
 * without a token, pages of 500 until {@code hasMore} is false) and an incremental sync from yesterday's
 * token (one change), {@code --sync-rounds} full syncs then {@code --incremental-rounds} incremental ones, one at
 * a time: p50 / p99.
 *
 * <p>{@code benchmarks/run JournalSync [--sync-people 40] [--sync-nights 365] [--batch-size 100]
 * [--sync-connections 8] [--history-nights 1095] [--sync-rounds 200] [--incremental-rounds 2000]}. The issue's full size is
 * {@code --sync-people 1000}: 365 000 entries, most of an hour of single writes on 2 cores.
 */
public final class JournalSyncBenchmark {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate FIRST_NIGHT = LocalDate.of(2020, 1, 1);

    public static void main(String[] args) throws Exception {
        Bench.standalone(args, "JournalSync", JournalSyncBenchmark::run);
    }

    public static void run(Bench bench) throws Exception {
        int people = bench.args.integer("--sync-people", 40);
        int nights = bench.args.integer("--sync-nights", 365);
        int batchSize = bench.args.integer("--batch-size", 100);
        int connections = bench.args.integer("--sync-connections", 8);
        int history = bench.args.integer("--history-nights", 1095);
        int rounds = bench.args.integer("--sync-rounds", 200);
        int incrementalRounds = bench.args.integer("--incremental-rounds", 2000);
        URI journal = bench.platform.service("journal-service");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(10)).build();

        // A short warm-up of both paths (JIT, connection pools), not measured.
        ingest(http, journal, 2, 20, 10, connections, false);
        ingest(http, journal, 2, 20, 10, connections, true);

        bench.platform.awaitSettled(Duration.ofMinutes(5));
        bench.phase("journal sync: single writes");
        Ingest single = ingest(http, journal, people / 2, nights, 1, connections, false);
        bench.platform.awaitSettled(Duration.ofMinutes(5)); // the single writes' events, relayed and consumed
        bench.phase("journal sync: batches");
        Ingest batched = ingest(http, journal, people - people / 2, nights, batchSize, connections, true);
        Report.Section ingest = bench.report.section("Journal sync: batch upload next to single writes")
                .note(Stats.format("%d people, %d nights each (one a day from %s), straight to journal-service with %d requests "
                        + "in flight, interleaved over the people; half the people one POST per night, half in batches of %d, each half on a "
                        + "settled platform (the earlier events relayed and consumed). Each entry is validated, "
                        + "assessed, stored with its change number and its event in the outbox, in both cases. Java (JDK "
                        + "HttpClient, async), HdrHistogram per request.", people, nights, FIRST_NIGHT, connections, batchSize))
                .row("path", "entries", "requests", "entries not written", "entries/s", "p50 / p99 per request");
        for (Ingest result : List.of(single, batched)) {
            ingest.row(result.label, "" + result.entries, "" + result.requests, result.failures + "",
                    Stats.number(result.entries / result.seconds),
                    Stats.ms(result.latency.getValueAtPercentile(50) / 1e3) + " / " + Stats.ms(result.latency.getValueAtPercentile(99) / 1e3));
        }
        ingest.conclusion(Stats.format("Batch ingest: %.1f× the entries per second of single writes in this run.",
                (batched.entries / batched.seconds) / (single.entries / single.seconds))).end();
        bench.report.distribution("journal sync: per request", "single write", Distribution.ofMicros(single.latency));
        bench.report.distribution("journal sync: per request", "batch of " + batchSize, Distribution.ofMicros(batched.latency));

        // The ingest's events are still being relayed and consumed (a poor night makes a suggestion with slots):
        // the sync figures are of a quiet platform, not of one catching up.
        double settled = bench.platform.awaitSettled(Duration.ofMinutes(5));
        bench.phase("journal sync: full and incremental sync");
        String person = "bench-sync-" + UUID.randomUUID();
        String token = DevTokens.issue(person, List.of("user"));
        for (int from = 0; from < history - 1; from += batchSize) {
            check(http.send(batch(journal, token, from, Math.min(batchSize, history - 1 - from)), HttpResponse.BodyHandlers.ofString()));
        }
        String yesterday = null;
        String next = null;
        boolean more = true;
        while (more) { // catch up to the end: the token as of yesterday
            JsonNode page = JSON.readTree(check(http.send(changes(journal, token, next), HttpResponse.BodyHandlers.ofString())).body());
            next = page.get("nextToken").asText();
            more = page.get("hasMore").asBoolean();
        }
        yesterday = next;
        check(http.send(batch(journal, token, history - 1, 1), HttpResponse.BodyHandlers.ofString())); // last night
        // Full syncs first, then the incremental ones: a small request timed right after a 1,000-entry answer would
        // measure that answer's garbage collection, not itself.
        Histogram full = new Histogram(3);
        int fullEntries = 0;
        for (int round = 0; round < rounds; round++) {
            long began = System.nanoTime();
            String cursor = null;
            more = true;
            fullEntries = 0;
            while (more) {
                JsonNode page = JSON.readTree(check(http.send(changes(journal, token, cursor), HttpResponse.BodyHandlers.ofString())).body());
                fullEntries += page.get("changes").size();
                cursor = page.get("nextToken").asText();
                more = page.get("hasMore").asBoolean();
            }
            full.recordValue((System.nanoTime() - began) / 1000);
        }
        Histogram incremental = new Histogram(3);
        for (int round = 0; round < incrementalRounds; round++) {
            long began = System.nanoTime();
            JsonNode since = JSON.readTree(check(http.send(changes(journal, token, yesterday), HttpResponse.BodyHandlers.ofString())).body());
            incremental.recordValue((System.nanoTime() - began) / 1000);
            if (since.get("changes").size() != 1) {
                throw new IllegalStateException("an incremental sync from yesterday should see one night: " + since);
            }
        }
        bench.report.section("Journal sync: full and incremental sync")
                .note(Stats.format("One person with %d nights (%d found by each full sync), straight to journal-service, one "
                        + "request at a time. Full sync, %d rounds: GET /api/v1/journal/changes without a token, pages of 500 "
                        + "until hasMore is false (time for all pages). Then incremental, %d rounds: GET "
                        + "…/changes?since=<yesterday's token>, one change. Started once the ingest's events were relayed and "
                        + "consumed (%.0f s after it).", history, fullEntries, rounds, incrementalRounds, settled))
                .row("sync", "p50", "p99", "max")
                .row("full (" + ((fullEntries + 499) / 500) + " pages)", Stats.ms(full.getValueAtPercentile(50) / 1e3),
                        Stats.ms(full.getValueAtPercentile(99) / 1e3), Stats.ms(full.getMaxValue() / 1e3))
                .row("incremental from yesterday", Stats.ms(incremental.getValueAtPercentile(50) / 1e3),
                        Stats.ms(incremental.getValueAtPercentile(99) / 1e3), Stats.ms(incremental.getMaxValue() / 1e3))
                .end();
        bench.report.distribution("journal sync: one sync", "incremental from yesterday", Distribution.ofMicros(incremental));
    }

    record Ingest(String label, int entries, int requests, int failures, double seconds, Histogram latency) {
    }

    /** Every person's nights, {@code per} to a request, {@code connections} requests in flight. */
    static Ingest ingest(HttpClient http, URI journal, int people, int nights, int per, int connections, boolean batches)
            throws Exception {
        List<String> tokens = new ArrayList<>();
        for (int p = 0; p < people; p++) {
            tokens.add(DevTokens.issue("bench-sync-" + UUID.randomUUID(), List.of("user")));
        }
        // Interleaved over the people, as many phones would send: a person's own writes queue behind each other
        // (one lock per person keeps their change numbers in order), so person by person would measure that queue.
        List<HttpRequest> requests = new ArrayList<>();
        for (int from = 0; from < nights; from += per) {
            for (String token : tokens) {
                requests.add(batches ? batch(journal, token, from, Math.min(per, nights - from)) : single(journal, token, from));
            }
        }
        Histogram latency = new ConcurrentHistogram(3);
        AtomicInteger failures = new AtomicInteger();
        Semaphore inFlight = new Semaphore(connections);
        List<CompletableFuture<?>> answers = new ArrayList<>();
        long began = System.nanoTime();
        for (HttpRequest request : requests) {
            inFlight.acquire();
            long sent = System.nanoTime();
            answers.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((answer, error) -> {
                latency.recordValue((System.nanoTime() - sent) / 1000);
                if (error != null || answer.statusCode() / 100 != 2) {
                    failures.addAndGet(batches ? per : 1);
                } else if (batches) {
                    // every item has a "problem" member (null when it was written): count the refused ones
                    failures.addAndGet(occurrences(answer.body(), "\"status\":\"CONFLICT\"")
                            + occurrences(answer.body(), "\"status\":\"INVALID\""));
                }
                inFlight.release();
            }));
        }
        CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new)).join();
        double seconds = (System.nanoTime() - began) / 1e9;
        return new Ingest(batches ? "batches of " + per : "single writes", people * nights, requests.size(), failures.get(),
                seconds, latency);
    }

    private static int occurrences(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + part.length())) {
            count++;
        }
        return count;
    }

    private static String night(int index) {
        LocalDate night = FIRST_NIGHT.plusDays(index);
        boolean poor = index % 5 == 0;
        return Stats.format("{\"night\":\"%s\",\"bedtime\":\"%sT23:00:00+01:00\",\"wakeTime\":\"%sT07:00:00+01:00\","
                + "\"sleepLatencyMinutes\":%d,\"awakenings\":%d,\"wakeAfterSleepOnsetMinutes\":%d,\"quality\":%d,"
                + "\"clientRecordId\":\"bench-%d\"}", night, night, night.plusDays(1), poor ? 50 : 15, poor ? 3 : 1,
                poor ? 45 : 10, poor ? 2 : 4, index);
    }

    private static HttpRequest single(URI journal, String token, int index) {
        return post(journal.resolve("/api/v1/journal/sleep-entries"), token, night(index));
    }

    private static HttpRequest batch(URI journal, String token, int from, int count) {
        List<String> entries = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            entries.add(night(i));
        }
        return post(journal.resolve("/api/v1/journal/sleep-entries/batch"), token, "{\"entries\":[" + String.join(",", entries) + "]}");
    }

    private static HttpRequest changes(URI journal, String token, String since) {
        return HttpRequest.newBuilder(journal.resolve("/api/v1/journal/changes?limit=500" + (since == null ? "" : "&since=" + since)))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(60)).GET().build();
    }

    private static HttpRequest post(URI uri, String token, String body) {
        return HttpRequest.newBuilder(uri).header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private static HttpResponse<String> check(HttpResponse<String> answer) {
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(answer.uri() + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer;
    }
}
