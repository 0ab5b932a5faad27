package io.restwell.local.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;

import io.restwell.events.Topics;

/**
 * The PostgreSQL server and Kafka broker the tests run against: real ones started here on free
 * ports, or the existing servers that {@code RESTWELL_DB_URL} and {@code KAFKA_BOOTSTRAP_SERVERS} name.
 *
 * <p>One instance per JVM ({@link #shared()}), kept until the JVM exits, so every Quarkus test
 * application of a module (profiles restart the application) reuses the same servers.
 */
public final class PlatformInfrastructure {

    /** Connection settings of one service's database. */
    public record Database(String jdbcUrl, String username, String password) {
    }

    private static PlatformInfrastructure shared;

    private final Map<String, String> environment;
    private final LocalPostgres postgres;
    private final LocalKafka kafka;
    private final Path kafkaDir;
    private final String kafkaBootstrapServers;

    private PlatformInfrastructure(Map<String, String> environment, LocalPostgres postgres, LocalKafka kafka,
            Path kafkaDir, String kafkaBootstrapServers) {
        this.environment = environment;
        this.postgres = postgres;
        this.kafka = kafka;
        this.kafkaDir = kafkaDir;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
    }

    /** The servers of this JVM, started on first use and stopped when the JVM exits. */
    public static synchronized PlatformInfrastructure shared() {
        if (shared == null) {
            shared = start(System.getenv());
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "restwell-infrastructure-stop"));
        }
        return shared;
    }

    /**
     * Starts what the environment does not name: PostgreSQL unless {@code RESTWELL_DB_URL} is set,
     * Kafka unless {@code KAFKA_BOOTSTRAP_SERVERS} is. The caller stops it ({@link #stop()}).
     *
     * <p>Both start at once (the broker in a thread of its own): each mostly waits for its own process,
     * and every test JVM of the build pays this start.
     */
    public static PlatformInfrastructure start(Map<String, String> environment) {
        LocalPostgres postgres = null;
        String bootstrap = environment.get("KAFKA_BOOTSTRAP_SERVERS");
        CompletableFuture<StartedKafka> kafka = bootstrap != null ? CompletableFuture.completedFuture(null)
                : CompletableFuture.supplyAsync(PlatformInfrastructure::startKafka, PlatformInfrastructure::inOwnThread);
        try {
            if (environment.get("RESTWELL_DB_URL") == null) {
                long started = System.nanoTime();
                postgres = LocalPostgres.start(0, null);
                report("PostgreSQL", "127.0.0.1:" + postgres.port(), started);
            }
            StartedKafka broker = kafka.get();
            return broker == null ? new PlatformInfrastructure(environment, postgres, null, null, bootstrap)
                    : new PlatformInfrastructure(environment, postgres, broker.kafka(), broker.dir(),
                            broker.kafka().bootstrapServers());
        } catch (IOException | RuntimeException | ExecutionException e) {
            stopAfterFailedStart(environment, postgres, kafka);
            Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
            throw new IllegalStateException("could not start the test infrastructure: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopAfterFailedStart(environment, postgres, kafka);
            throw new IllegalStateException("interrupted while starting the test infrastructure", e);
        }
    }

    /** A broker this class started, with the folder it lives in. */
    private record StartedKafka(LocalKafka kafka, Path dir) {
    }

    private static StartedKafka startKafka() {
        Path dir = null;
        LocalKafka kafka = null;
        try {
            long started = System.nanoTime();
            dir = Files.createTempDirectory("restwell-kafka-");
            kafka = LocalKafka.start(0, 0, dir, dir.resolve("broker.log"), Duration.ofSeconds(90));
            kafka.ensureTopics(Topics.all(), 3);
            report("Kafka", kafka.bootstrapServers(), started);
            return new StartedKafka(kafka, dir);
        } catch (IOException | RuntimeException | InterruptedException e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            new PlatformInfrastructure(Map.of(), null, kafka, dir, null).stop();
            throw new CompletionException(e);
        }
    }

    private static void inOwnThread(Runnable task) {
        Thread thread = new Thread(task, "restwell-infrastructure-kafka");
        thread.setDaemon(true);
        thread.start();
    }

    /** Stops what did start: PostgreSQL, and the broker once its start has ended either way. */
    private static void stopAfterFailedStart(Map<String, String> environment, LocalPostgres postgres,
            CompletableFuture<StartedKafka> kafka) {
        StartedKafka broker = null;
        try {
            broker = kafka.join();
        } catch (RuntimeException failedToo) {
            // its own start cleaned up after itself
        }
        new PlatformInfrastructure(environment, postgres, broker == null ? null : broker.kafka(),
                broker == null ? null : broker.dir(), null).stop();
    }

    /**
     * The database for a service: a fresh database and role of that name on the embedded server,
     * or the one {@code RESTWELL_DB_URL} names (with {@code RESTWELL_DB_USER} / {@code RESTWELL_DB_PASSWORD}).
     */
    public Database database(String name) {
        if (postgres == null) {
            return new Database(environment.get("RESTWELL_DB_URL"),
                    environment.getOrDefault("RESTWELL_DB_USER", name),
                    environment.getOrDefault("RESTWELL_DB_PASSWORD", ""));
        }
        try {
            postgres.ensureDatabase(name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create database " + name + ": " + e.getMessage(), e);
        }
        return new Database(postgres.jdbcUrl(name), name, name);
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    /** Stops the servers this instance started; existing servers named by the environment are left alone. */
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                System.err.println("[restwell-infra] PostgreSQL did not stop cleanly: " + e.getMessage());
            }
        }
        if (kafkaDir != null) {
            deleteTree(kafkaDir);
        }
    }

    private static void report(String what, String where, long startedNanos) {
        System.out.printf("[restwell-infra] %s up on %s in %.1f s%n", what, where,
                (System.nanoTime() - startedNanos) / 1e9);
    }

    static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
