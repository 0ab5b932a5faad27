package io.restwell.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.restwell.local.stack.LocalStack;
import io.restwell.local.stack.StackPorts;

/**
 * The real packaged platform on free ports, for one benchmark run; stopped when closed (also on Ctrl-C).
 * Records the cold start: the whole stack's time to healthy and each part's, as LocalStack reports them
 * (the four services are launched together, so theirs include competing with each other for the CPU).
 */
public final class BenchmarkPlatform implements AutoCloseable {

    private static final Pattern STEP = Pattern.compile("\\[\\d+/\\d+\\] (\\S+) \\S+ up in ([0-9.]+) s");

    private final LocalStack stack;
    private final Path root;
    private final Path state;
    private final StackPorts ports;
    private final double coldStartSeconds;
    private final Map<String, Double> startSeconds;
    private final List<ServiceInstance> extraInstances = new ArrayList<>();
    private final Thread stopOnExit = new Thread(this::close, "benchmark-platform-stop");
    private boolean closed;

    private BenchmarkPlatform(LocalStack stack, Path root, Path state, StackPorts ports, double coldStartSeconds,
            Map<String, Double> startSeconds) {
        this.stack = stack;
        this.root = root;
        this.state = state;
        this.ports = ports;
        this.coldStartSeconds = coldStartSeconds;
        this.startSeconds = startSeconds;
        Runtime.getRuntime().addShutdownHook(stopOnExit);
    }

    public static BenchmarkPlatform start(Args args) throws Exception {
        Path root = Path.of(args.text("--root", ".")).toAbsolutePath().normalize();
        Path state = Files.createTempDirectory("restwell-bench-");
        StackPorts ports = StackPorts.free();
        System.out.println("Starting the platform for the benchmark (logs in " + state.resolve("logs") + ")");
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        PrintStream both = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) {
                System.out.write(b);
                progress.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                System.out.write(bytes, offset, length);
                progress.write(bytes, offset, length);
            }
        }, true, StandardCharsets.UTF_8);
        long began = System.nanoTime();
        LocalStack stack;
        try {
            stack = LocalStack.start(new LocalStack.Options(root, state, ports, both));
        } catch (Exception e) {
            delete(state);
            throw e;
        }
        double coldStart = (System.nanoTime() - began) / 1e9;
        Map<String, Double> steps = new LinkedHashMap<>();
        Matcher step = STEP.matcher(progress.toString(StandardCharsets.UTF_8));
        while (step.find()) {
            steps.put(step.group(1), Double.parseDouble(step.group(2)));
        }
        System.out.printf("Platform healthy %.1f s after the start%n", coldStart);
        return new BenchmarkPlatform(stack, root, state, ports, coldStart, steps);
    }

    public LocalStack stack() {
        return stack;
    }

    public URI service(String name) {
        return stack.services().get(name);
    }

    public Path root() {
        return root;
    }

    public Path state() {
        return state;
    }

    public StackPorts ports() {
        return ports;
    }

    /** Seconds from the launch of PostgreSQL to the last service healthy. */
    public double coldStartSeconds() {
        return coldStartSeconds;
    }

    /** Each part's seconds to healthy, as LocalStack printed them (PostgreSQL, Kafka, then each service from its launch). */
    public Map<String, Double> startSeconds() {
        return startSeconds;
    }

    /** Another instance of a service, stopped with the platform at the latest. */
    public synchronized ServiceInstance startInstance(String service, Map<String, String> extraProperties)
            throws IOException, InterruptedException {
        ServiceInstance instance = ServiceInstance.start(this, service, extraProperties);
        extraInstances.add(instance);
        return instance;
    }

    /**
     * Waits until the work a load left behind is done — every outbox relayed to Kafka and every consumer caught
     * up (the metrics {@code restwell_outbox_pending_events} and {@code kafka_consumer_fetch_manager_records_lag}
     * all 0 on two polls in a row) — so the next measurement does not compete with it for the CPU.
     *
     * @return the seconds waited; the limit's when it never settled
     */
    public double awaitSettled(Duration limit) throws InterruptedException {
        long began = System.nanoTime();
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        int quietPolls = 0;
        while (quietPolls < 2 && System.nanoTime() - began < limit.toNanos()) {
            Thread.sleep(500);
            quietPolls = backlog(http) == 0 ? quietPolls + 1 : 0;
        }
        return (System.nanoTime() - began) / 1e9;
    }

    /**
     * The sum of a service's Prometheus samples whose name starts with {@code name} and whose line contains
     * {@code containing} (e.g. one client's request count), read from its management port.
     */
    public double metric(String service, String name, String containing) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        String metrics = http.send(HttpRequest.newBuilder(stack.management().get(service).resolve("/q/metrics"))
                .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString()).body();
        double sum = 0;
        for (String line : metrics.split("\n")) {
            if (line.startsWith(name) && line.contains(containing)) {
                sum += Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
            }
        }
        return sum;
    }

    /** Events not yet relayed plus records not yet consumed, over every service; unreadable metrics count as work. */
    private double backlog(HttpClient http) {
        double backlog = 0;
        for (URI management : stack.management().values()) {
            try {
                String metrics = http.send(HttpRequest.newBuilder(management.resolve("/q/metrics")).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString()).body();
                for (String line : metrics.split("\n")) {
                    if (line.startsWith("restwell_outbox_pending_events") || line.startsWith("kafka_consumer_fetch_manager_records_lag{")) {
                        double value = Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1));
                        backlog += Double.isNaN(value) ? 0 : Math.max(0, value);
                    }
                }
            } catch (IOException | RuntimeException e) {
                backlog += 1;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1;
            }
        }
        return backlog;
    }

    /** The machine, for the record next to the figures. */
    public static String machine() {
        return Runtime.getRuntime().availableProcessors() + " cores, " + memory() + ", Java "
                + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
                + System.getProperty("os.version") + " " + System.getProperty("os.arch");
    }

    private static String memory() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("\\D", ""));
                    return Math.round(kb / 1024.0 / 1024.0) + " GiB RAM";
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave the memory out
        }
        return "RAM unknown";
    }

    /** The machine's load right now, as uptime shows it: what else ran beside the benchmark. */
    public static String load() {
        try {
            String[] loads = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return "load average " + loads[0] + ", " + loads[1] + ", " + loads[2];
        } catch (IOException | RuntimeException e) {
            return "load average unknown";
        }
    }

    /** Stops the extra instances and the platform, and deletes its data (logs too: copy them first if a run looks odd). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            Runtime.getRuntime().removeShutdownHook(stopOnExit);
        } catch (IllegalStateException exiting) {
            // called by the hook itself
        }
        extraInstances.forEach(ServiceInstance::close);
        stack.close();
        delete(state);
    }

    private static void delete(Path dir) {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + dir + ": " + e.getMessage());
        }
    }
}
