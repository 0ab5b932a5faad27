package io.restwell.system.faults;

import io.restwell.system.SharedPlatform;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.restassured.path.json.JsonPath;

/**
 * A stream of poor nights, one fresh person each (so "one suggestion per qualifying night" is exact:
 * recommendation-service keeps one open suggestion per person), posted at a steady rate on a thread of
 * its own while a test breaks something.
 */
final class NightStream {

    private final List<URI> gateways;
    private final int nights;
    private final Duration over;
    /** person → entry id, for the writes the platform acknowledged (201). */
    final Map<String, String> entries = Collections.synchronizedMap(new LinkedHashMap<>());
    /** writes the platform refused: "person: status body". */
    final List<String> refused = Collections.synchronizedList(new ArrayList<>());
    final Map<String, Long> latencyMillis = new ConcurrentHashMap<>();
    private Thread thread;
    private volatile Throwable crashed;

    /** @param gateways the writes go round-robin to these (two gateways: half each) */
    NightStream(List<URI> gateways, int nights, Duration over) {
        this.gateways = gateways;
        this.nights = nights;
        this.over = over;
    }

    NightStream start() {
        thread = new Thread(this::run, "night-stream");
        thread.start();
        return this;
    }

    private void run() {
        long gap = over.toNanos() / Math.max(1, nights);
        long began = System.nanoTime();
        LocalDate night = LocalDate.now().minusDays(1);
        try {
            for (int i = 0; i < nights; i++) {
                long due = began + i * gap;
                long wait = due - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                String person = "fault-" + UUID.randomUUID();
                long sent = System.nanoTime();
                HttpResponse<String> answer;
                try {
                    answer = SharedPlatform.postPoorNight(gateways.get(i % gateways.size()), person, night);
                } catch (java.io.IOException e) {
                    refused.add(person + ": " + e);
                    continue;
                }
                latencyMillis.put(person, (System.nanoTime() - sent) / 1_000_000);
                if (answer.statusCode() == 201) {
                    entries.put(person, JsonPath.from(answer.body()).getString("id"));
                } else {
                    refused.add(person + ": " + answer.statusCode() + " " + answer.body());
                }
            }
        } catch (Throwable e) {
            crashed = e;
        }
    }

    /** Waits until every night is posted. */
    NightStream await() throws InterruptedException {
        thread.join(over.toMillis() + 120_000);
        assertTrue(!thread.isAlive(), "the night stream did not finish");
        if (crashed != null) {
            throw new AssertionError("the night stream failed", crashed);
        }
        return this;
    }

    /** The people whose night's event recommendation-service dead-lettered (journal.events.dlq). */
    Set<String> deadLettered() {
        return SharedPlatform.eventsOf("journal.events.dlq", Set.copyOf(entries.keySet())).stream()
                .map(SharedPlatform.Event::key).collect(Collectors.toSet());
    }

    /** For a failure message: each person still without a suggestion, with their records on each topic. */
    private static String whereAreTheEvents(Map<String, String> written) throws Exception {
        List<String> missing = new ArrayList<>();
        for (String person : written.keySet()) {
            if (SharedPlatform.suggestions(person).isEmpty()) {
                missing.add(person);
            }
        }
        Set<String> keys = Set.copyOf(missing);
        Map<String, List<String>> where = new HashMap<>();
        for (String topic : List.of("journal.events", "journal.events.dlq", "recommendation.events")) {
            SharedPlatform.eventsOf(topic, keys).forEach(event -> where.computeIfAbsent(event.key(), key -> new ArrayList<>())
                    .add(topic + "@" + event.partition() + "/" + event.offset() + " " + event.type() + " " + event.id()));
        }
        return missing.stream().map(person -> person + " (entry " + written.get(person) + "): "
                + where.getOrDefault(person, List.of("on no topic"))).collect(Collectors.joining("; "));
    }

    long maxLatencyMillis() {
        return latencyMillis.values().stream().mapToLong(Long::longValue).max().orElse(0);
    }

    /**
     * Nothing lost, nothing duplicated: each acknowledged night has exactly one suggestion, triggered by it;
     * on Kafka, each entry has one event id (journal.events) and each person one suggested event
     * (recommendation.events). Returns the suggestions by person.
     */
    Map<String, Map<String, Object>> assertExactlyOneSuggestionPerNight(Duration timeout) throws Exception {
        Map<String, String> written = Map.copyOf(entries);
        Map<String, List<Map<String, Object>>> seen;
        try {
            seen = SharedPlatform.awaitSuggestions(written.keySet(), Set.of("PENDING", "FILLED", "NONE"), timeout);
        } catch (AssertionError lost) {
            throw new AssertionError(lost.getMessage() + "; where their events are: " + whereAreTheEvents(written), lost);
        }
        Map<String, Map<String, Object>> suggestion = new HashMap<>();
        written.forEach((person, entry) -> {
            List<Map<String, Object>> items = seen.get(person);
            assertEquals(1, items.size(), person + " has " + items.size() + " suggestions: " + items);
            assertEquals(entry, items.get(0).get("triggeringEntryId"), person + "'s suggestion: " + items.get(0));
            suggestion.put(person, items.get(0));
        });

        List<SharedPlatform.Event> journal = SharedPlatform.eventsOf("journal.events", written.keySet());
        Map<String, Set<String>> eventIds = journal.stream()
                .filter(event -> event.type().equals("restwell.journal.sleep-entry.recorded.v1"))
                .collect(Collectors.groupingBy(SharedPlatform.Event::key,
                        Collectors.mapping(SharedPlatform.Event::id, Collectors.toSet())));
        written.forEach((person, entry) -> assertEquals(1, eventIds.getOrDefault(person, Set.of()).size(),
                person + "'s night " + entry + " has event ids " + eventIds.get(person) + " on journal.events"));
        long redelivered = journal.size() - eventIds.values().stream().mapToLong(Set::size).sum();

        // The suggested event leaves through recommendation-service's outbox, shortly after the suggestion.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, Set<String>> suggested;
        while (true) {
            suggested = SharedPlatform.eventsOf("recommendation.events", written.keySet()).stream()
                    .filter(event -> event.type().equals("restwell.recommendation.suggested.v1"))
                    .collect(Collectors.groupingBy(SharedPlatform.Event::key,
                            Collectors.mapping(SharedPlatform.Event::id, Collectors.toSet())));
            if (suggested.keySet().containsAll(written.keySet()) || System.nanoTime() > deadline) {
                break;
            }
            Thread.sleep(500);
        }
        for (String person : written.keySet()) {
            assertEquals(1, suggested.getOrDefault(person, Set.of()).size(),
                    person + " has suggested events " + suggested.get(person));
        }
        SharedPlatform.log(written.size() + " nights, " + written.size() + " suggestions, " + journal.size()
                + " journal.events records for them (" + redelivered + " redelivered copies of an event id)");
        return suggestion;
    }
}
