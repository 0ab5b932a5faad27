package io.restwell.local.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import io.restwell.events.Topics;
import io.restwell.local.infra.FreePorts;
import io.restwell.local.infra.LocalKafka;

/**
 * A Kafka broker for one test application, which a test may stop ({@link #stop(long)}) and start
 * again on the same ports and data ({@link #restart(Map)}), to prove that nothing is lost while the
 * broker is down.
 */
public final class OwnKafkaBroker implements AutoCloseable {

    public static final String PID = "restwell.test.kafka.pid";
    public static final String PORT = "restwell.test.kafka.port";
    public static final String CONTROLLER_PORT = "restwell.test.kafka.controller-port";
    public static final String DIR = "restwell.test.kafka.dir";

    private final LocalKafka broker;
    private final int port;
    private final int controllerPort;
    private final Path dir;

    private OwnKafkaBroker(LocalKafka broker, int port, int controllerPort, Path dir) {
        this.broker = broker;
        this.port = port;
        this.controllerPort = controllerPort;
        this.dir = dir;
    }

    static OwnKafkaBroker start() {
        try {
            Path dir = Files.createTempDirectory("restwell-own-kafka-");
            int port = FreePorts.pick();
            int controllerPort = FreePorts.pick();
            LocalKafka broker = LocalKafka.start(port, controllerPort, dir, dir.resolve("broker.log"), Duration.ofSeconds(90));
            broker.ensureTopics(Topics.all(), 3);
            return new OwnKafkaBroker(broker, port, controllerPort, dir);
        } catch (IOException e) {
            throw new IllegalStateException("could not start a Kafka broker: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Map<String, String> config() {
        return Map.of("kafka.bootstrap.servers", broker.bootstrapServers(),
                PID, Long.toString(broker.pid()),
                PORT, Integer.toString(port),
                CONTROLLER_PORT, Integer.toString(controllerPort),
                DIR, dir.toString());
    }

    /** Stops the broker process (as a crash or an outage would) and waits until it is gone. */
    public static void stop(long pid) {
        ProcessHandle.of(pid).ifPresent(process -> {
            process.destroyForcibly();
            process.onExit().join();
        });
    }

    /** Starts the broker again on the ports and data of the test application's properties. */
    public static LocalKafka restart(Map<String, String> properties) throws IOException, InterruptedException {
        Path dir = Path.of(properties.get(DIR));
        return LocalKafka.start(Integer.parseInt(properties.get(PORT)), Integer.parseInt(properties.get(CONTROLLER_PORT)),
                dir, dir.resolve("broker.log"), Duration.ofSeconds(90));
    }

    @Override
    public void close() {
        broker.close();
    }
}
