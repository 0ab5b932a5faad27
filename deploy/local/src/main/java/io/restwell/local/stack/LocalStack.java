package io.restwell.local.stack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import io.restwell.events.Topics;
import io.restwell.local.DevTokens;
import io.restwell.local.infra.ChildProcesses;
import io.restwell.local.infra.LocalKafka;
import io.restwell.local.infra.LocalPostgres;

/**
 * The whole platform on one machine, without Docker: a real PostgreSQL, a real Kafka broker, and the
 * four packaged Quarkus services, each in its own process. Used by {@code deploy/local/run} and by
 * the system tests, so both start the platform the same way.
 */
public final class LocalStack implements AutoCloseable {

    /** Order of start-up; the gateway last, once what it routes to is up. */
    static final List<ServiceDefinition> SERVICES = List.of(
            ServiceDefinition.BOOKING, ServiceDefinition.JOURNAL, ServiceDefinition.RECOMMENDATION,
            ServiceDefinition.GATEWAY);
    private static final int INFRASTRUCTURE_STEPS = 2;
    /**
     * A healthy start takes 3-6 s; a shared, busy machine (a build beside it) has needed over 120 s for
     * booking-service's migrations. {@code -Drestwell.local.service-timeout=<seconds>} changes it.
     */
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(Long.getLong("restwell.local.service-timeout", 300));

    /**
     * @param repoRoot the project's root folder (where the services' {@code target/quarkus-app} are)
     * @param stateDir where data and logs go ({@code logs/}, {@code postgres/}, {@code kafka/})
     * @param ports    the ports to use
     * @param out      where progress goes
     * @param systemProperties extra {@code -D} settings for every service (say, the gateway's rate limits)
     */
    public record Options(Path repoRoot, Path stateDir, StackPorts ports, PrintStream out,
            Map<String, String> systemProperties) {

        public Options {
            systemProperties = Map.copyOf(systemProperties);
        }

        public Options(Path repoRoot, Path stateDir, StackPorts ports, PrintStream out) {
            this(repoRoot, stateDir, ports, out, Map.of());
        }

        Path logs() {
            return stateDir.resolve("logs");
        }
    }

    static {
        // Load what stopping needs now: a rebuild while the stack runs replaces this launcher's jar.
        ChildProcesses.class.getName();
        RunningService.class.getName();
    }

    private final Options options;
    /** Steps of start-up reported as [n/steps]: the infrastructure, and the services unless infrastructure only. */
    private final int steps;
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private final List<RunningService> services = new ArrayList<>();
    /** Instances beyond the first of a service ({@link #startExtraInstance}), newest last. */
    private final List<RunningService> extraInstances = new ArrayList<>();
    private final List<ProcessRecord> started = new ArrayList<>();

    private LocalStack(Options options, int steps) {
        this.options = options;
        this.steps = steps;
    }

    /** Starts everything and waits until every health check is UP; stops what it started if anything fails. */
    public static LocalStack start(Options options) throws IOException, InterruptedException {
        for (ServiceDefinition service : SERVICES) {
            if (!Files.isRegularFile(service.runnerJar(options.repoRoot()))) {
                throw new IOException(service.runnerJar(options.repoRoot()) + " is missing: build first (./mvnw package -DskipTests)");
            }
        }
        Files.createDirectories(options.logs());
        LocalStack stack = new LocalStack(options, INFRASTRUCTURE_STEPS + SERVICES.size());
        try {
            stack.startInfrastructure();
            stack.startServices();
            return stack;
        } catch (IOException | RuntimeException | InterruptedException e) {
            stack.close();
            throw e;
        }
    }

    /**
     * Starts only what the services need, {@code deploy/local/run infra}: PostgreSQL with each service's database
     * and role, and Kafka with the platform's topics, exactly as {@link #start} does; no service. The services then
     * run elsewhere, typically in Quarkus dev mode ({@code ./mvnw -pl journal-service -am quarkus:dev}), whose
     * {@code %dev} profiles point at these ports.
     */
    public static LocalStack startInfrastructure(Options options) throws IOException, InterruptedException {
        Files.createDirectories(options.logs());
        LocalStack stack = new LocalStack(options, INFRASTRUCTURE_STEPS);
        try {
            stack.startInfrastructure();
            return stack;
        } catch (IOException | RuntimeException | InterruptedException e) {
            stack.close();
            throw e;
        }
    }

    private void startInfrastructure() throws IOException, InterruptedException {
        StackPorts ports = options.ports();
        long began = System.nanoTime();
        postgres = LocalPostgres.start(ports.postgres(), options.stateDir().resolve("postgres"));
        try {
            for (ServiceDefinition service : SERVICES) {
                if (service.database() != null) {
                    postgres.ensureDatabase(service.database());
                }
            }
        } catch (SQLException e) {
            throw new IOException("could not create the services' databases: " + e.getMessage(), e);
        }
        progress(1, "PostgreSQL", began, "127.0.0.1:" + postgres.port());

        began = System.nanoTime();
        kafka = LocalKafka.start(ports.kafka(), ports.kafkaController(), options.stateDir().resolve("kafka"),
                options.logs().resolve("kafka.log"), Duration.ofSeconds(90));
        started.add(new ProcessRecord("kafka", kafka.pid()));
        kafka.ensureTopics(Topics.all(), 3);
        progress(2, "Kafka", began, kafka.bootstrapServers() + ", topics " + String.join(", ", Topics.all()));
    }

    /** Launches all four at once (they start faster together on two cores than one after another). */
    private void startServices() throws IOException, InterruptedException {
        for (ServiceDefinition service : SERVICES) {
            services.add(launch(service));
        }
        int step = 3;
        for (RunningService service : services) {
            double seconds = service.awaitHealthy(SERVICE_TIMEOUT);
            options.out().printf("[%d/%d] %s … up in %.1f s (%s)%n", step++, steps, service.definition.name(),
                    seconds, service.baseUri());
        }
    }

    private RunningService launch(ServiceDefinition service) throws IOException {
        return launch(service, options.ports().of(service), options.ports().managementOf(service), service.name(), true);
    }

    /**
     * @param instance its name in logs and process records ({@code journal-service-2} for a second one)
     * @param freshCopy copy the packaged app anew; a restart or another instance reuses the copy
     */
    private RunningService launch(ServiceDefinition service, int port, int managementPort, String instance,
            boolean freshCopy) throws IOException {
        List<String> command = new ArrayList<>(List.of(javaExecutable()));
        command.addAll(ServiceJvm.options());
        command.addAll(List.of(
                "-Dquarkus.profile=local",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.management.port=" + managementPort,
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dmp.jwt.verify.publickey.location=" + devPublicKey(),
                "-Dmp.jwt.verify.issuer=" + DevTokens.ISSUER));
        if (service.database() != null) {
            command.add("-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(service.database()));
            command.add("-Dquarkus.datasource.username=" + service.database());
            command.add("-Dquarkus.datasource.password=" + service.database());
        }
        if (service == ServiceDefinition.RECOMMENDATION) {
            command.add("-Dquarkus.rest-client.booking.url=" + newestInstance(ServiceDefinition.BOOKING)
                    .map(RunningService::baseUri).orElse(URI.create("http://127.0.0.1:" + options.ports().booking())));
        }
        if (service == ServiceDefinition.GATEWAY) {
            for (RunningService upstream : services) {
                if (upstream.definition.area() != null) {
                    RunningService newest = newestInstance(upstream.definition).orElse(upstream);
                    command.add("-Drestwell.gateway.upstreams." + upstream.definition.area() + ".url=" + newest.baseUri());
                    command.add("-Drestwell.gateway.upstreams." + upstream.definition.area() + ".management-url="
                            + newest.managementUri());
                }
            }
        }
        options.systemProperties().forEach((name, value) -> command.add("-D" + name + "=" + value));
        command.add("-jar");
        Path app = freshCopy ? copyOfApp(service) : options.stateDir().resolve("apps").resolve(service.name());
        command.add(app.resolve("quarkus-run.jar").toString());
        Path logFile = options.logs().resolve(instance + ".log");
        Process process = new ProcessBuilder(command)
                .directory(options.stateDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(freshCopy ? ProcessBuilder.Redirect.to(logFile.toFile())
                        : ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        started.removeIf(record -> record.name().equals(instance));
        started.add(new ProcessRecord(instance, process.pid()));
        return new RunningService(service, process, port, managementPort, logFile);
    }

    /** The newest extra instance of a service, if any. */
    private java.util.Optional<RunningService> newestInstance(ServiceDefinition service) {
        for (int i = extraInstances.size() - 1; i >= 0; i--) {
            if (extraInstances.get(i).definition == service) {
                return java.util.Optional.of(extraInstances.get(i));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * The stack runs each service from its own copy of {@code target/quarkus-app}, so a build while it
     * runs (say, {@code ./mvnw verify}) cannot pull the jars from under a running service.
     */
    private Path copyOfApp(ServiceDefinition service) throws IOException {
        Path source = service.runnerJar(options.repoRoot()).getParent();
        Path copy = options.stateDir().resolve("apps").resolve(service.name());
        if (Files.exists(copy)) {
            try (Stream<Path> old = Files.walk(copy)) {
                old.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            }
        }
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = copy.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
        return copy;
    }

    /** The dev public key as a file for the services' {@code mp.jwt.verify.publickey.location}. */
    private Path devPublicKey() throws IOException {
        Path key = options.stateDir().resolve("dev-public.pem");
        Files.writeString(key, DevTokens.publicKeyPem());
        return key;
    }

    public String kafkaBootstrapServers() {
        return kafka.bootstrapServers();
    }

    /** Each service's database by service name, as JDBC URLs (the role's name and password are the database's). */
    public Map<String, String> databases() {
        Map<String, String> databases = new LinkedHashMap<>();
        for (ServiceDefinition service : SERVICES) {
            if (service.database() != null) {
                databases.put(service.name(), postgres.jdbcUrl(service.database()));
            }
        }
        return databases;
    }

    public URI gateway() {
        return URI.create("http://localhost:" + options.ports().gateway());
    }

    /** Each service's base URL (its public port), by name, in start-up order. */
    public Map<String, URI> services() {
        Map<String, URI> uris = new LinkedHashMap<>();
        services.forEach(service -> uris.put(service.definition.name(), service.baseUri()));
        return uris;
    }

    /** Each service's management interface ({@code /q/health}, {@code /q/metrics}), by name, in start-up order. */
    public Map<String, URI> management() {
        Map<String, URI> uris = new LinkedHashMap<>();
        services.forEach(service -> uris.put(service.definition.name(), service.managementUri()));
        return uris;
    }

    /** The processes this stack started (Kafka and the services), for a crash clean-up by a later run. */
    public List<ProcessRecord> processes() {
        return List.copyOf(started);
    }

    /** A process without a running stack around it; what a killed launcher leaves behind. */
    public record ProcessRecord(String name, long pid) {
    }

    // Faults, for the system tests' fault suite (docs/reliability.md): each acts on a running stack.

    /** Kills the (first) instance of a service outright (SIGKILL, no shutdown hooks) and waits until it is gone. */
    public void kill(String service) throws InterruptedException {
        RunningService running = running(service);
        running.process.destroyForcibly();
        running.process.waitFor();
    }

    /** Stops the (first) instance of a service politely (SIGTERM) and waits until it is gone. */
    public void stop(String service) {
        running(service).stop();
    }

    /**
     * Starts a stopped or killed service again on its port, with the same settings, and waits until every health
     * check is UP; returns the seconds from launch to healthy.
     */
    public double restart(String service) throws IOException, InterruptedException {
        RunningService old = running(service);
        if (old.process.isAlive()) {
            throw new IllegalStateException(service + " is still running (pid " + old.process.pid() + ")");
        }
        RunningService again = launch(old.definition, old.port, old.managementPort, service, false);
        services.set(services.indexOf(old), again);
        return again.awaitHealthy(SERVICE_TIMEOUT);
    }

    /**
     * Starts one more instance of a service on a free port, sharing the first one's database and Kafka consumer
     * groups, and waits until it is healthy. Another gateway routes to the newest extra instance of each service,
     * and another recommendation-service asks the newest extra booking-service.
     */
    public URI startExtraInstance(String service) throws IOException, InterruptedException {
        RunningService first = running(service);
        long same = extraInstances.stream().filter(extra -> extra.definition == first.definition).count();
        RunningService extra = launch(first.definition, io.restwell.local.infra.FreePorts.pick(),
                io.restwell.local.infra.FreePorts.pick(), service + "-" + (same + 2), false);
        extraInstances.add(extra);
        extra.awaitHealthy(SERVICE_TIMEOUT);
        return extra.baseUri();
    }

    /** Stops every extra instance (SIGTERM), newest first. */
    public void stopExtraInstances() {
        for (int i = extraInstances.size() - 1; i >= 0; i--) {
            RunningService extra = extraInstances.remove(i);
            extra.stop();
            started.removeIf(record -> record.pid() == extra.process.pid());
        }
    }

    /** Stops the Kafka broker (SIGTERM, a clean shutdown) and waits until it is gone. */
    public void stopKafka() {
        kafka.close();
    }

    /** Starts the broker again on its ports and data; returns the seconds until it answers. */
    public double startKafka() throws IOException, InterruptedException {
        long began = System.nanoTime();
        kafka = LocalKafka.start(options.ports().kafka(), options.ports().kafkaController(),
                options.stateDir().resolve("kafka"), options.logs().resolve("kafka.log"), Duration.ofSeconds(90));
        started.removeIf(record -> record.name().equals("kafka"));
        started.add(0, new ProcessRecord("kafka", kafka.pid()));
        return (System.nanoTime() - began) / 1e9;
    }

    /** Stops PostgreSQL (a fast shutdown: open connections are cut) and keeps its data. */
    public void stopPostgres() throws IOException {
        postgres.close();
    }

    /** Starts PostgreSQL again on its port and data folder; returns the seconds until it accepts connections. */
    public double startPostgres() throws IOException {
        long began = System.nanoTime();
        postgres = LocalPostgres.start(options.ports().postgres(), options.stateDir().resolve("postgres"));
        return (System.nanoTime() - began) / 1e9;
    }

    private RunningService running(String service) {
        return services.stream().filter(candidate -> candidate.definition.name().equals(service)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no service named " + service + "; the stack runs "
                        + services.stream().map(candidate -> candidate.definition.name()).toList()));
    }

    /** A service that died after start-up, if any: the launcher reports it. */
    public List<String> exitedServices() {
        return services.stream().filter(service -> !service.process.isAlive())
                .map(service -> service.definition.name() + " (exit code " + service.process.exitValue()
                        + ", log " + service.logFile + ")")
                .toList();
    }

    /** Stops the services (in parallel, so shutdown is quick), then Kafka, then PostgreSQL. */
    @Override
    public void close() {
        List<Thread> stopping = new ArrayList<>();
        for (RunningService service : Stream.concat(services.stream(), extraInstances.stream()).toList()) {
            Thread thread = new Thread(service::stop, "stop-" + service.definition.name());
            thread.start();
            stopping.add(thread);
        }
        for (Thread thread : stopping) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                options.out().println("PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
    }

    private void progress(int step, String what, long beganNanos, String where) {
        options.out().printf("[%d/%d] %s … up in %.1f s (%s)%n", step, steps, what,
                (System.nanoTime() - beganNanos) / 1e9, where);
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
