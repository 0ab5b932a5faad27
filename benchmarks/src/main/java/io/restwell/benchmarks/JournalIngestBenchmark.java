package io.restwell.benchmarks;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;

import io.restwell.events.Topics;
import io.restwell.local.DevTokens;

/**
 * Journal ingest with the transactional outbox on: sleep entries written per second straight to
 * journal-service, their latency, and the lag from the writing transaction to Kafka.
 *
 * <p>{@code benchmarks/run JournalIngest [--journal-seconds 20] [--journal-connections 8]}. wrk posts the
 * entries (a Lua script builds each body: 200 people with their own dev tokens, a new night each time, one
 * night in five poor, which also sets the recommendation path to work as it would in production); one
 * connection shows what one write costs, {@code --journal-connections} the throughput at saturation. A
 * Kafka consumer of {@code journal.events} measures, per event, its arrival minus its {@code ce_time}
 * (set in the writing transaction), into an HdrHistogram.
 */
public final class JournalIngestBenchmark {

    private static final int PEOPLE = 200;

    public static void main(String[] args) throws Exception {
        Bench.standalone(args, "JournalIngest", JournalIngestBenchmark::run);
    }

    public static void run(Bench bench) throws Exception {
        int seconds = bench.args.integer("--journal-seconds", 20);
        int connections = bench.args.integer("--journal-connections", 8);
        bench.phase("journal ingest");
        URI journal = bench.platform.service("journal-service");
        AtomicReference<Measuring> lagInto = new AtomicReference<>();
        AtomicBoolean consuming = new AtomicBoolean(true);
        AtomicBoolean assigned = new AtomicBoolean();
        Thread consumer = new Thread(() -> consume(bench.platform.stack().kafkaBootstrapServers(), lagInto, consuming, assigned),
                "journal-events-consumer");
        consumer.start();
        try {
            while (!assigned.get() && consumer.isAlive()) {
                Thread.sleep(100);
            }
            Wrk.run(journal, script(Wrk.threads(connections), LocalDate.of(2021, 1, 1), "bench-journal-warm-up-"), List.of(),
                    connections, 5); // warm-up

            Report.Section section = bench.report.section("Journal ingest (outbox on)")
                    .note(Stats.format("wrk with a Lua script, %d s per load, POST /api/v1/journal/sleep-entries straight to "
                            + "journal-service (%d people, one night in five poor). Commit → Kafka: a consumer's arrival time minus "
                            + "the event's ce_time, HdrHistogram, for this load's people only. wrk counts the answers before its deadline; the "
                            + "few requests still in flight then are written too, so Kafka may see a few more events.", seconds, PEOPLE))
                    .row("load", "entries/s", "write p50 / p90 / p99", "commit → Kafka p50 / p90 / p99", "events on Kafka / entries written",
                            "errors");
            int run = 0;
            for (int load : new int[] { 1, connections }) {
                Histogram lag = new ConcurrentHistogram(3);
                String people = "bench-journal-" + load + "-";
                lagInto.set(new Measuring(people, lag));
                Wrk.Result result = Wrk.run(journal, script(Wrk.threads(load), LocalDate.of(2022 + run++, 1, 1), people), List.of(),
                        load, seconds);
                Thread.sleep(3000); // the last events reach the consumer
                lagInto.set(null);
                Distribution write = result.latency();
                Distribution toKafka = Distribution.ofMicros(lag);
                long written = result.requests() - result.non2xx();
                section.row(load + " conn.", Stats.number(result.requestsPerSecond()),
                        Stats.ms(write.p50()) + " / " + Stats.ms(write.at(90)) + " / " + Stats.ms(write.p99()),
                        Stats.ms(toKafka.p50()) + " / " + Stats.ms(toKafka.at(90)) + " / " + Stats.ms(toKafka.p99()),
                        toKafka.count() + " / " + written, String.valueOf(result.non2xx() + result.socketErrors()));
                bench.report.distribution("Journal ingest (wrk; lag: HdrHistogram)", "write, " + load + " conn.", write);
                bench.report.distribution("Journal ingest (wrk; lag: HdrHistogram)", "commit → Kafka, " + load + " conn.", toKafka);
            }
            section.end();
        } finally {
            consuming.set(false);
            consumer.join();
            bench.phase(null);
        }
    }

    /** Whose events count, into which histogram. */
    private record Measuring(String people, Histogram lag) {
    }

    /**
     * wrk's Lua: each request a new night of one of PEOPLE people (each wrk thread its own share of them),
     * whose user ids start with {@code people}.
     */
    static String script(int threads, LocalDate firstNight, String people) {
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PEOPLE; i++) {
            tokens.add(Wrk.lua(DevTokens.issue(people + UUID.randomUUID(), List.of("user"))));
        }
        return """
                local tokens = { %s }
                local threads = %d
                local base = %d
                local counter = 0
                local started = 0
                id = 0
                function setup(thread)
                  thread:set("id", started)
                  started = started + 1
                end
                function request()
                  local per = math.floor(#tokens / threads)
                  local person = (counter %% per) * threads + id + 1
                  local night = base + math.floor(counter / per) * 86400
                  counter = counter + 1
                  local d = os.date("!%%Y-%%m-%%d", night)
                  local n = os.date("!%%Y-%%m-%%d", night + 86400)
                  local poor = counter %% 5 == 0
                  local body = string.format('{"night":"%%s","bedtime":"%%sT23:00:00+01:00","wakeTime":"%%sT07:00:00+01:00",'
                    .. '"sleepLatencyMinutes":%%d,"awakenings":%%d,"wakeAfterSleepOnsetMinutes":%%d,"quality":%%d}',
                    d, d, n, poor and 50 or 15, poor and 3 or 1, poor and 45 or 10, poor and 2 or 4)
                  return wrk.format("POST", "/api/v1/journal/sleep-entries",
                    { ["Authorization"] = "Bearer " .. tokens[person], ["Content-Type"] = "application/json" }, body)
                end
                """.formatted(String.join(",\n", tokens), threads, firstNight.atStartOfDay(ZoneOffset.UTC).toEpochSecond());
    }

    private static void consume(String bootstrap, AtomicReference<Measuring> lagInto, AtomicBoolean consuming,
            AtomicBoolean assigned) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                ConsumerConfig.GROUP_ID_CONFIG, "bench-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest"),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.JOURNAL_EVENTS));
            while (consuming.get()) {
                var records = consumer.poll(Duration.ofMillis(100));
                if (!consumer.assignment().isEmpty()) {
                    assigned.set(true);
                }
                Measuring measuring = lagInto.get();
                for (ConsumerRecord<String, String> record : records) {
                    var time = record.headers().lastHeader("ce_time");
                    if (measuring != null && time != null && record.key() != null && record.key().startsWith(measuring.people())) {
                        Instant created = OffsetDateTime.parse(new String(time.value(), StandardCharsets.UTF_8)).toInstant();
                        measuring.lag().recordValue(Math.max(0, created.until(Instant.now(), ChronoUnit.MICROS)));
                    }
                }
            }
        }
    }
}
