package io.restwell.local.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Apache Kafka broker (KRaft: broker and controller in one process), run in a
 * JVM of its own so its Scala and logging jars never meet a service's classpath.
 */
public final class LocalKafka implements AutoCloseable {

    private static final String BROKER_MAIN = "io.restwell.kafka.BrokerMain";
    private static final String BROKER_CLASSPATH_RESOURCE = "io/restwell/kafka/broker.classpath";

    private final Process process;
    private final int port;
    private final Path logFile;

    private LocalKafka(Process process, int port, Path logFile) {
        this.process = process;
        this.port = port;
        this.logFile = logFile;
    }

    /**
     * Starts the broker and waits until it answers.
     *
     * @param port           client port (0 picks a free one)
     * @param controllerPort KRaft controller port (0 picks a free one)
     * @param dataDir        the broker's own folder (config and log segments)
     * @param logFile        where the broker's output goes
     */
    public static LocalKafka start(int port, int controllerPort, Path dataDir, Path logFile, Duration timeout)
            throws IOException, InterruptedException {
        int clientPort = port > 0 ? port : FreePorts.pick();
        int quorumPort = controllerPort > 0 ? controllerPort : FreePorts.pick();
        Files.createDirectories(dataDir);
        Path config = writeServerProperties(dataDir, clientPort, quorumPort);
        Files.createDirectories(logFile.getParent());

        List<String> command = new ArrayList<>(List.of(javaExecutable(),
                "-Xms128m", "-Xmx512m", "-XX:+UseSerialGC",
                "-Djava.awt.headless=true",
                "-cp", brokerClasspath(),
                BROKER_MAIN, config.toString(), clusterId(dataDir)));
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        LocalKafka kafka = new LocalKafka(process, clientPort, logFile);
        try {
            kafka.awaitReady(timeout);
        } catch (IOException | RuntimeException | InterruptedException e) {
            kafka.close();
            throw e;
        }
        return kafka;
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    public long pid() {
        return process.pid();
    }

    /** Creates the topics that do not exist yet. */
    public void ensureTopics(Collection<String> topics, int partitions) throws InterruptedException {
        try (Admin admin = admin()) {
            Set<String> existing = admin.listTopics().names().get(30, TimeUnit.SECONDS);
            List<NewTopic> missing = topics.stream()
                    .filter(topic -> !existing.contains(topic))
                    .map(topic -> new NewTopic(topic, partitions, (short) 1))
                    .collect(Collectors.toList());
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(30, TimeUnit.SECONDS);
            }
        } catch (ExecutionException | java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("could not create Kafka topics " + topics + ": " + e.getMessage(), e);
        }
    }

    private void awaitReady(Duration timeout) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IOException("the Kafka broker exited with code " + process.exitValue()
                        + "; its log is " + logFile + ":\n" + tail(logFile));
            }
            try (Admin admin = admin()) {
                admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                return;
            } catch (ExecutionException | java.util.concurrent.TimeoutException notYet) {
                Thread.sleep(100);
            }
        }
        throw new IOException("the Kafka broker did not answer within " + timeout + "; its log is " + logFile
                + ":\n" + tail(logFile));
    }

    private Admin admin() {
        return Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 4000,
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, 200));
    }

    @Override
    public void close() {
        ChildProcesses.stop(process, Duration.ofSeconds(20));
    }

    private static Path writeServerProperties(Path dataDir, int clientPort, int controllerPort) throws IOException {
        Properties properties = new Properties();
        properties.setProperty("process.roles", "broker,controller");
        properties.setProperty("node.id", "1");
        properties.setProperty("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
        properties.setProperty("listeners",
                "PLAINTEXT://127.0.0.1:" + clientPort + ",CONTROLLER://127.0.0.1:" + controllerPort);
        properties.setProperty("advertised.listeners", "PLAINTEXT://127.0.0.1:" + clientPort);
        properties.setProperty("controller.listener.names", "CONTROLLER");
        properties.setProperty("inter.broker.listener.name", "PLAINTEXT");
        properties.setProperty("listener.security.protocol.map", "CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT");
        properties.setProperty("log.dirs", dataDir.resolve("logs").toString());
        properties.setProperty("num.partitions", "3");
        properties.setProperty("auto.create.topics.enable", "true");
        properties.setProperty("offsets.topic.replication.factor", "1");
        properties.setProperty("offsets.topic.num.partitions", "5");
        properties.setProperty("transaction.state.log.replication.factor", "1");
        properties.setProperty("transaction.state.log.min.isr", "1");
        properties.setProperty("group.initial.rebalance.delay.ms", "0");
        properties.setProperty("share.coordinator.state.topic.replication.factor", "1");
        properties.setProperty("share.coordinator.state.topic.min.isr", "1");
        Path config = dataDir.resolve("server.properties");
        try (var out = Files.newBufferedWriter(config, StandardCharsets.UTF_8)) {
            properties.store(out, "Restwell local single-node KRaft broker");
        }
        return config;
    }

    /** Stable per data folder, so a persistent local broker keeps its identity across restarts. */
    private static String clusterId(Path dataDir) throws IOException {
        Path file = dataDir.resolve("cluster.id");
        if (Files.exists(file)) {
            return Files.readString(file).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id);
        return id;
    }

    private static String brokerClasspath() {
        URL resource = LocalKafka.class.getClassLoader().getResource(BROKER_CLASSPATH_RESOURCE);
        if (resource == null) {
            throw new IllegalStateException(BROKER_CLASSPATH_RESOURCE + " is missing: build deploy/local/kafka-broker first");
        }
        try (var in = resource.openStream()) {
            String dependencies = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            return brokerJar(resource) + java.io.File.pathSeparator + dependencies;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The jar (or classes folder) that holds BrokerMain, found from where the classpath file was read. */
    private static String brokerJar(URL classpathFile) {
        try {
            String url = classpathFile.toString();
            if (url.startsWith("jar:")) {
                return Path.of(new URL(url.substring(4, url.indexOf("!/"))).toURI()).toString();
            }
            Path file = Path.of(classpathFile.toURI());
            return file.getParent().getParent().getParent().getParent().toString();
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("cannot locate the Kafka broker jar from " + classpathFile, e);
        }
    }

    static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
