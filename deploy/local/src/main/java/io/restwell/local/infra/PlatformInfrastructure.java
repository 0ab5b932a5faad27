package io.restwell.local.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
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
     */
    public static PlatformInfrastructure start(Map<String, String> environment) {
        LocalPostgres postgres = null;
        LocalKafka kafka = null;
        Path kafkaDir = null;
        try {
            if (environment.get("RESTWELL_DB_URL") == null) {
                long started = System.nanoTime();
                postgres = LocalPostgres.start(0, null);
                report("PostgreSQL", "127.0.0.1:" + postgres.port(), started);
            }
            String bootstrap = environment.get("KAFKA_BOOTSTRAP_SERVERS");
            if (bootstrap == null) {
                long started = System.nanoTime();
                kafkaDir = Files.createTempDirectory("restwell-kafka-");
                kafka = LocalKafka.start(0, 0, kafkaDir, kafkaDir.resolve("broker.log"), Duration.ofSeconds(90));
                kafka.ensureTopics(Topics.all(), 3);
                bootstrap = kafka.bootstrapServers();
                report("Kafka", bootstrap, started);
            }
            return new PlatformInfrastructure(environment, postgres, kafka, kafkaDir, bootstrap);
        } catch (IOException | RuntimeException e) {
            new PlatformInfrastructure(environment, postgres, kafka, kafkaDir, null).stop();
            throw new IllegalStateException("could not start the test infrastructure: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            new PlatformInfrastructure(environment, postgres, kafka, kafkaDir, null).stop();
            throw new IllegalStateException("interrupted while starting the test infrastructure", e);
        }
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
