package io.restwell.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import io.restassured.path.json.JsonPath;
import io.restwell.local.DevTokens;
import io.restwell.system.contract.ContractCheck;
import io.restwell.local.stack.LocalStack;
import io.restwell.local.stack.StackPorts;

/**
 * One packaged platform shared by the fault and security classes (a start costs 15-20 s on 2 cores), stopped once
 * every test has run, failed or not (JUnit closes the root store's resources at the end). Rate limits
 * are on, with quotas no test reaches: the faults are about losing and duplicating, not about quotas.
 */
public final class SharedPlatform implements BeforeAllCallback, ExtensionContext.Store.CloseableResource {

    public static final String BOOKING = "booking-service";
    public static final String JOURNAL = "journal-service";
    public static final String RECOMMENDATION = "recommendation-service";

    private static LocalStack stack;
    private static Path state;

    public static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        synchronized (SharedPlatform.class) {
            if (stack == null) {
                state = Files.createTempDirectory("restwell-faults-");
                Path root = Path.of(System.getProperty("restwell.root", "..")).toAbsolutePath().normalize();
                Map<String, String> quotas = new HashMap<>();
                for (String who : List.of("person", "partner", "anonymous", "auth-failures")) {
                    quotas.put("restwell.gateway.rate-limits." + who + ".burst", "1000000");
                    quotas.put("restwell.gateway.rate-limits." + who + ".per-second", "1000000");
                }
                // Still unreachable, but slow to refill: the anonymous RateLimit field then shows which
                // bucket a request took from (security/EdgeSecurityIT, forwarded addresses).
                quotas.put("restwell.gateway.rate-limits.anonymous.per-second", "0.01");
                stack = LocalStack.start(new LocalStack.Options(root, state, StackPorts.free(), System.out, quotas));
                ContractCheck.watch(stack.gateway());
                context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(SharedPlatform.class.getName(), this);
            }
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (SharedPlatform.class) {
            if (stack != null) {
                java.net.URI gateway = stack.gateway();
                try {
                    stack.close();
                    stack = null;
                    try (Stream<Path> files = Files.walk(state)) {
                        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
                    }
                } finally {
                    // after the stop: a contract verdict must never leave the platform running
                    ContractCheck.release(gateway);
                }
            }
        }
    }

    public static LocalStack stack() {
        return stack;
    }

    /** Where the running services write their logs ({@code <service>.log}). */
    public static Path logs() {
        return state.resolve("logs");
    }

    /** A setting of the suite: {@code -Drestwell.faults.<name>=…} (the faults-full profile raises them). */
    public static int setting(String name, int ciDefault) {
        return Integer.getInteger("restwell.faults." + name, ciDefault);
    }

    public static String token(String user) {
        return DevTokens.issue(user, List.of("user"));
    }

    /** Sends a request; an answer from the gateway is checked against its published document ({@link ContractCheck}). */
    public static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpRequest built = request.timeout(Duration.ofSeconds(30)).build();
        HttpResponse<String> answer = HTTP.send(built, HttpResponse.BodyHandlers.ofString());
        ContractCheck.check(built.method(), built.uri(), answer.statusCode(), answer.headers().map(), answer.body());
        return answer;
    }

    public static HttpRequest.Builder gateway(String pathAndQuery) {
        return request(stack.gateway(), pathAndQuery);
    }

    /** A request to a service's management interface ({@code /q/health}, {@code /q/metrics}), e.g. {@code api-gateway}'s. */
    public static HttpRequest.Builder management(String service, String pathAndQuery) {
        return request(stack.management().get(service), pathAndQuery);
    }

    public static HttpRequest.Builder request(URI base, String pathAndQuery) {
        return HttpRequest.newBuilder(URI.create(base.toString() + pathAndQuery));
    }

    /**
     * Posts a poor night (quality 1, long latency: efficiency well under 85 %) for a person; returns the
     * answer, whose body holds the entry.
     */
    public static HttpResponse<String> postPoorNight(URI base, String user, LocalDate night)
            throws IOException, InterruptedException {
        String body = """
                {"night":"%s","bedtime":"%sT23:00:00+01:00","wakeTime":"%sT07:00:00+01:00","sleepLatencyMinutes":70,
                 "awakenings":4,"wakeAfterSleepOnsetMinutes":60,"quality":1,"notes":"fault suite"}"""
                .formatted(night, night, night.plusDays(1));
        return send(request(base, "/api/v1/journal/sleep-entries").header("Authorization", "Bearer " + token(user))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** The person's suggestions through the gateway (the items of the first page). */
    public static List<Map<String, Object>> suggestions(String user) throws IOException, InterruptedException {
        HttpResponse<String> answer = send(gateway("/api/v1/recommendations?size=50")
                .header("Authorization", "Bearer " + token(user)).GET());
        if (answer.statusCode() != 200) {
            throw new IOException("GET /api/v1/recommendations answered " + answer.statusCode() + ": " + answer.body());
        }
        return JsonPath.from(answer.body()).getList("items");
    }

    /**
     * Waits until each person has a suggestion whose slots status is one of {@code statuses}; returns, per
     * person, their suggestions as last read. Fails with the people still waiting when the deadline passes.
     */
    public static Map<String, List<Map<String, Object>>> awaitSuggestions(Set<String> people, Set<String> statuses,
            Duration timeout) throws IOException, InterruptedException {
        Map<String, List<Map<String, Object>>> seen = new HashMap<>();
        List<String> waiting = new ArrayList<>(people);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!waiting.isEmpty()) {
            for (var it = waiting.iterator(); it.hasNext();) {
                String user = it.next();
                List<Map<String, Object>> items;
                try {
                    items = suggestions(user);
                } catch (IOException notNow) {
                    continue; // a service is still recovering; the deadline bounds the wait
                }
                seen.put(user, items);
                if (!items.isEmpty() && items.stream().allMatch(item -> statuses.contains(item.get("slotsStatus")))) {
                    it.remove();
                }
            }
            if (waiting.isEmpty()) {
                break;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError(waiting.size() + " of " + people.size() + " people have no suggestion "
                        + statuses + " after " + timeout + ", e.g. " + waiting.get(0) + ": " + seen.get(waiting.get(0)));
            }
            Thread.sleep(500);
        }
        return seen;
    }

    /** A CloudEvent as read back from a topic. */
    public record Event(String key, String id, String type, String subject, long partition, long offset) {
    }

    /** Every record of a topic whose key is one of {@code keys}, read from the beginning to the current end. */
    public static List<Event> eventsOf(String topic, Set<String> keys) {
        List<Event> events = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.kafkaBootstrapServers(),
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(10)).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new AssertionError("could not read " + topic + " to its end within 30 s");
                }
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    if (keys.contains(record.key())) {
                        events.add(new Event(record.key(), header(record, "ce_id"), header(record, "ce_type"),
                                header(record, "ce_subject"), record.partition(), record.offset()));
                    }
                }
            }
        }
        return events;
    }

    private static String header(ConsumerRecord<String, String> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), java.nio.charset.StandardCharsets.UTF_8);
    }

    /** A service's own {@code /q/health} status code (200 UP, 503 DOWN; -1 no answer), at its management URI. */
    public static int healthOf(URI management) {
        try {
            return send(request(management, "/q/health").GET()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public static void log(String line) {
        System.out.println("[faults] " + line);
    }
}
