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
    private static final int STEPS = 2 + SERVICES.size();
    private static final Duration SERVICE_TIMEOUT = Duration.ofSeconds(120);

    /**
     * @param repoRoot the project's root folder (where the services' {@code target/quarkus-app} are)
     * @param stateDir where data and logs go ({@code logs/}, {@code postgres/}, {@code kafka/})
     * @param ports    the ports to use
     * @param out      where progress goes
     */
    public record Options(Path repoRoot, Path stateDir, StackPorts ports, PrintStream out) {
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
    private LocalPostgres postgres;
    private LocalKafka kafka;
    private final List<RunningService> services = new ArrayList<>();
    private final List<ProcessRecord> started = new ArrayList<>();

    private LocalStack(Options options) {
        this.options = options;
    }

    /** Starts everything and waits until every health check is UP; stops what it started if anything fails. */
    public static LocalStack start(Options options) throws IOException, InterruptedException {
        for (ServiceDefinition service : SERVICES) {
            if (!Files.isRegularFile(service.runnerJar(options.repoRoot()))) {
                throw new IOException(service.runnerJar(options.repoRoot()) + " is missing: build first (./mvnw package -DskipTests)");
            }
        }
        Files.createDirectories(options.logs());
        LocalStack stack = new LocalStack(options);
        try {
            stack.startInfrastructure();
            stack.startServices();
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
            options.out().printf("[%d/%d] %s … up in %.1f s (%s)%n", step++, STEPS, service.definition.name(),
                    seconds, service.baseUri());
        }
    }

    private RunningService launch(ServiceDefinition service) throws IOException {
        int port = options.ports().of(service);
        List<String> command = new ArrayList<>(List.of(javaExecutable(),
                "-Xms64m", "-Xmx256m", "-XX:+UseSerialGC",
                "-Dquarkus.profile=local",
                "-Dquarkus.http.port=" + port,
                "-Dkafka.bootstrap.servers=" + kafka.bootstrapServers(),
                "-Dmp.jwt.verify.publickey.location=" + devPublicKey(),
                "-Dmp.jwt.verify.issuer=" + DevTokens.ISSUER));
        if (service.database() != null) {
            command.add("-Dquarkus.datasource.jdbc.url=" + postgres.jdbcUrl(service.database()));
            command.add("-Dquarkus.datasource.username=" + service.database());
            command.add("-Dquarkus.datasource.password=" + service.database());
        }
        if (service == ServiceDefinition.RECOMMENDATION) {
            command.add("-Dquarkus.rest-client.booking.url=http://127.0.0.1:" + options.ports().booking());
        }
        if (service == ServiceDefinition.GATEWAY) {
            for (RunningService upstream : services) {
                command.add("-Drestwell.gateway.upstreams." + upstream.definition.area() + ".url=" + upstream.baseUri());
            }
        }
        command.add("-jar");
        command.add(copyOfApp(service).resolve("quarkus-run.jar").toString());
        Path logFile = options.logs().resolve(service.name() + ".log");
        Process process = new ProcessBuilder(command)
                .directory(options.stateDir().toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.to(logFile.toFile()))
                .start();
        started.add(new ProcessRecord(service.name(), process.pid()));
        return new RunningService(service, process, port, logFile);
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

    public URI gateway() {
        return URI.create("http://localhost:" + options.ports().gateway());
    }

    /** Each service's base URL, by name, in start-up order. */
    public Map<String, URI> services() {
        Map<String, URI> uris = new LinkedHashMap<>();
        services.forEach(service -> uris.put(service.definition.name(), service.baseUri()));
        return uris;
    }

    /** The processes this stack started (Kafka and the services), for a crash clean-up by a later run. */
    public List<ProcessRecord> processes() {
        return List.copyOf(started);
    }

    /** A process without a running stack around it; what a killed launcher leaves behind. */
    public record ProcessRecord(String name, long pid) {
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
        for (RunningService service : services) {
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
        options.out().printf("[%d/%d] %s … up in %.1f s (%s)%n", step, STEPS, what,
                (System.nanoTime() - beganNanos) / 1e9, where);
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
